import type { FileResult } from "./lint-result.js";

/** `[{file, messages: [{ruleId, severity, line, column, message}]}]`, one entry per file. */
export function formatJson(results: FileResult[]): string {
  return JSON.stringify(results, null, 2) + "\n";
}
