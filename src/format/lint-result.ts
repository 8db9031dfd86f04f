import type { LintMessage } from "../lint/types.js";
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

/** Findings in words, grouped by file (every linted file listed, even without findings). */
export function toFileResults(messages: LintMessage[], files: string[], text: (m: LintMessage) => string, shown: (file: string) => string): FileResult[] {
  const byFile = new Map<string, FileResult>(files.map((f) => [f, { file: shown(f), messages: [] }]));
  for (const m of messages) {
    const r = byFile.get(m.source.file) ?? byFile.set(m.source.file, { file: shown(m.source.file), messages: [] }).get(m.source.file)!;
    r.messages.push({ ruleId: m.ruleId, severity: m.severity, line: m.source.line, column: m.source.column, message: text(m) });
  }
  return [...byFile.values()];
}
