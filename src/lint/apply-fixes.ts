import type { Finding } from "./types.js";

/** The text with the safe fixes applied, each on its line, each once. Pure. */
export function applyFixes(text: string, findings: Finding[]): { text: string; applied: number } {
  const lines = text.split("\n");
  let applied = 0;
  for (const f of findings) {
    if (!f.fix) continue;
    const line = lines[f.fix.line - 1];
    if (!line?.includes(f.fix.from)) continue;
    lines[f.fix.line - 1] = line.replace(f.fix.from, f.fix.to);
    applied++;
  }
  return { text: lines.join("\n"), applied };
}
