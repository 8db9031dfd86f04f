/**
 * Tables in pasted text. Word pastes a table as one line per row with its
 * cells separated by tabs; a person who knows Markdown writes `| a | b |`.
 * Both become a Markdown table, so the Markdown reader reads an activity
 * table ("Aktivitet | Ansvarig | När") as activities — never as prose, and
 * never with its pipes escaped into text. Pure.
 */
export interface TableRun {
  /** the first and one past the last source line (0-based) */
  start: number;
  end: number;
  /** the Markdown lines, and the 0-based source line of each */
  markdown: string[];
  sources: number[];
}

const DELIMITER = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$/;

const cellsOf = (line: string) => line.split("\t").map((c) => c.trim());
/** a row of a pasted Word table: at least two cells, at least two of them filled */
const isTabRow = (line: string) => line.includes("\t") && cellsOf(line).filter(Boolean).length >= 2;

/** The tables of a pasted text, by the line they start on. */
export function findTables(lines: readonly string[]): Map<number, TableRun> {
  const found = new Map<number, TableRun>();
  for (let i = 0; i < lines.length; i++) {
    const run = markdownTable(lines, i) ?? tabTable(lines, i);
    if (!run) continue;
    found.set(i, run);
    i = run.end - 1;
  }
  return found;
}

/** `| Aktivitet | Ansvarig |` + `|---|---|` + rows: kept as written. */
function markdownTable(lines: readonly string[], i: number): TableRun | undefined {
  if (!lines[i]!.trim().startsWith("|") || !DELIMITER.test(lines[i + 1]?.trim() ?? "")) return undefined;
  let end = i + 2;
  while (end < lines.length && lines[end]!.trim().startsWith("|")) end++;
  const sources = Array.from({ length: end - i }, (_, k) => i + k);
  return { start: i, end, markdown: sources.map((k) => lines[k]!.trim()), sources };
}

/** Rows with tab-separated cells, as many as the first row has: a header row, then its rows. */
function tabTable(lines: readonly string[], i: number): TableRun | undefined {
  if (!isTabRow(lines[i]!)) return undefined;
  const width = cellsOf(lines[i]!).length;
  let end = i + 1;
  while (end < lines.length && isTabRow(lines[end]!) && cellsOf(lines[end]!).length <= width) end++;
  if (end - i < 2) return undefined;
  const row = (line: string) => {
    const cells = cellsOf(line);
    while (cells.length < width) cells.push("");
    return `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`;
  };
  const markdown = [row(lines[i]!), `|${" --- |".repeat(width)}`];
  const sources = [i, i];
  for (let k = i + 1; k < end; k++) {
    markdown.push(row(lines[k]!));
    sources.push(k);
  }
  return { start: i, end, markdown, sources };
}
