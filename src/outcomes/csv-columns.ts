/**
 * The outcomes spreadsheet's column headers, by language. The template is
 * written in the workspace's language; a file is read with its headers in any
 * of them. Data, keyed by language, so it can move into a language pack.
 */
import type { Language } from "../model/plan.js";

export type CsvColumn = "id" | "title" | "target" | "status" | "actual" | "planned" | "light" | "comment";

export const CSV_COLUMN_ORDER: readonly CsvColumn[] = ["id", "title", "target", "status", "actual", "planned", "light", "comment"];

/** The first word of each list is the one written; the others are read too. */
export const CSV_HEADERS: Record<Language, Record<CsvColumn, readonly string[]>> = {
  sv: {
    id: ["id"],
    title: ["aktivitet", "rubrik", "titel"],
    target: ["mål", "måltal"],
    status: ["status"],
    actual: ["utfall", "resultat", "faktiskt"],
    planned: ["planerat", "planerad", "prognos"],
    light: ["ljus", "trafikljus"],
    comment: ["kommentar", "kommentarer"],
  },
  nb: {
    id: ["id"],
    title: ["aktivitet", "tittel"],
    target: ["mål"],
    status: ["status"],
    actual: ["resultat", "faktisk", "oppnådd"],
    planned: ["planlagt", "prognose"],
    light: ["lys", "trafikklys"],
    comment: ["kommentar", "kommentarer"],
  },
  en: {
    id: ["id"],
    title: ["title", "activity"],
    target: ["target"],
    status: ["status"],
    actual: ["actual", "result"],
    planned: ["planned", "forecast"],
    light: ["light", "traffic light"],
    comment: ["comment", "comments"],
  },
};

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
