import type { Severity } from "../model/diagnostic.js";

/** One file's findings, in words: what every formatter receives. */
export interface FileResult {
  file: string;
  messages: Array<{ ruleId: string; severity: Severity; line: number; column: number; message: string }>;
}

export function countBySeverity(results: FileResult[]): { errors: number; warnings: number; infos: number } {
  const all = results.flatMap((r) => r.messages);
  return {
    errors: all.filter((m) => m.severity === "error").length,
    warnings: all.filter((m) => m.severity === "warning").length,
    infos: all.filter((m) => m.severity === "info").length,
  };
}
