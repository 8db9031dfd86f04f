import { parse } from "csv-parse/sync";
import { InputError } from "../errors.js";
import { Outcomes } from "../model/outcomes.js";
import { schemaErrors } from "../yaml/schema-errors.js";
import type { Path, Position, YamlValue } from "../yaml/yaml-value.js";
import { CSV_HEADERS, columnFromHeader } from "./csv-columns.js";

/** The separator the header line uses most: semicolon (Nordic Excel), tab (Excel's "Unicode text") or comma. */
function delimiterOf(header: string): string {
  const counts = [";", "\t", ","].map((d) => [d, header.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}

/** "4137", "12,5", "4 137 | 215" (by order), "elever: 4137 | klassrumsbesök: 215" (by unit). */
function figures(cell: string): unknown {
  const parts = cell.split("|").map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  if (parts.every((p) => /^[^:=]+[:=]/.test(p))) {
    return Object.fromEntries(parts.map((p) => { const m = /^([^:=]+)[:=]\s*(.*)$/.exec(p)!; return [m[1]!.trim(), m[2]!.trim()]; }));
  }
  return parts.length === 1 ? parts[0] : parts;
}

/**
 * Outcomes kept in a spreadsheet: `id,status,actual,planned,light,comment`
 * (headers in sv, nb or en), comma, semicolon or tab separated, with or without BOM, decimal commas, quoted
 * cells with line breaks (as Excel writes them). Errors name row and column.
 */
export function checkOutcomesCsv(text: string, file: string, year: number): { outcomes?: Outcomes; doc: YamlValue; errors: InputError[] } {
  const body = text.replace(/^\uFEFF/, "");
  const header = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = delimiterOf(header);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    throw new InputError("csv.syntax", { detail: (e as Error).message.split(":").slice(-1)[0]!.trim() }, { file, line }, { messageId: "hint.csvQuotes" });
  }
  const [head, ...rows] = records;
  if (!head) throw new InputError("file.empty", {}, { file });
  const names: string[] = head.record.map((h) => columnFromHeader(h) ?? "");
  const errors: InputError[] = [];
  names.forEach((n, i) => {
    if (!n) {
      const allowed = [...new Set(Object.values(CSV_HEADERS).flatMap((t) => Object.values(t).map((w) => w[0]!)))].join(", ");
      errors.push(new InputError("csv.unknownColumn", { column: head.record[i]!, allowed }, { file, line: 1, column: i + 1 }));
    }
  });
  if (!names.includes("id")) errors.push(new InputError("csv.noId", {}, { file, line: 1, column: 1 }));
  const positions = new Map<string, Position>();
  const activities: Record<string, Record<string, unknown>> = {};
  const rowOf = new Map<string, number>();
  for (const { record, info } of rows) {
    // a ' before = + - @ is what plan (and OWASP) put there against formula injection
    const cell = (name: string) => (record[names.indexOf(name)]?.trim() ?? "").replace(/^'(?=[=+\-@\t\r])/, "");
    const id = cell("id");
    if (!id) continue;
    const line = info.lines;
    const first = rowOf.get(id);
    if (first !== undefined) {
      errors.push(new InputError("csv.duplicateId", { id, first, line }, { file, line, column: 1 }, { messageId: "hint.duplicateRow" }));
      continue;
    }
    rowOf.set(id, line);
    positions.set(["activities", id].join("\u0000"), { line, column: 1 });
    const entry: Record<string, unknown> = {};
    for (const name of ["status", "actual", "planned", "light", "comment"]) {
      const v = cell(name);
      if (!v) continue;
      positions.set(["activities", id, name].join("\u0000"), { line, column: names.indexOf(name) + 1 });
      entry[name] = name === "actual" || name === "planned" ? figures(v) : v;
    }
    activities[id] = entry;
  }
  const value = { year, activities };
  const doc: YamlValue = {
    value,
    locate(path: Path) {
      for (let n = path.length; n >= 0; n--) {
        const p = positions.get(path.slice(0, n).join("\u0000"));
        if (p) return p;
      }
      return { line: 1, column: 1 };
    },
  };
  if (errors.length) return { doc, errors };
  const parsed = Outcomes.safeParse(value);
  if (!parsed.success) return { doc, errors: schemaErrors(parsed.error.issues, Outcomes, doc, file) };
  return { outcomes: parsed.data, doc, errors: [] };
}
