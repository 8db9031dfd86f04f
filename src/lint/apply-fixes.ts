import type { Finding } from "./types.js";

/**
 * The text with the safe fixes applied, each on its line, each once, each
 * exactly where it was found (its column); a fix whose text is no longer
 * there is skipped. Fixes on one line are applied right to left so the
 * columns stay true. Pure.
 */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const lines = text.split("\n");
  const fixes = findings
    .map((f) => f.fix)
    .filter((f): f is NonNullable<Finding["fix"]> => f !== undefined)
    .sort((a, b) => a.line - b.line || (b.column ?? 0) - (a.column ?? 0));
  let applied = 0;
  for (const fix of fixes) {
    const line = lines[fix.line - 1];
    if (line === undefined) continue;
    const at = fix.column !== undefined ? fix.column - 1 : line.indexOf(fix.from);
    if (at < 0 || line.slice(at, at + fix.from.length) !== fix.from) continue;
    lines[fix.line - 1] = line.slice(0, at) + fix.to + line.slice(at + fix.from.length);
    applied++;
  }
  return { text: lines.join("\n"), applied };
}
