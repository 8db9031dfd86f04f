/**
 * The outcomes spreadsheet's column headers, by language. The template is
 * written in the workspace's language; a file is read with its headers in any
 * of them. Data, keyed by language, from the language packs.
 */
import { byLanguage, type Language } from "../i18n/lang/index.js";

export type CsvColumn = "id" | "title" | "target" | "status" | "actual" | "planned" | "light" | "comment";

export const CSV_COLUMN_ORDER: readonly CsvColumn[] = ["id", "title", "target", "status", "actual", "planned", "light", "comment"];

/** The first word of each list is the one written; the others are read too. */
export const CSV_HEADERS: Record<Language, Record<CsvColumn, readonly string[]>> = byLanguage((p) => p.outcomes.csvHeaders);

const LOOKUP = new Map<string, CsvColumn>(
  Object.values(CSV_HEADERS).flatMap((table) =>
    Object.entries(table).flatMap(([column, words]) => words.map((w) => [w.toLowerCase(), column as CsvColumn] as const)),
  ),
);

/** A header cell in any language → its column, or undefined. */
export function columnFromHeader(header: string): CsvColumn | undefined {
  return LOOKUP.get(header.trim().toLowerCase().replace(/\s+/g, " "));
}

/** The headers the template writes in `lang`. */
export function headersFor(lang: Language): string[] {
  const table = CSV_HEADERS[lang];
  return CSV_COLUMN_ORDER.map((c) => table[c][0]!);
}
