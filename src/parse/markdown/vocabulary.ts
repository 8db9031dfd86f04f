import { byLanguage, type Language } from "../../i18n/lang/index.js";

/** The role of a column in an activity table. */
export type ColumnRole = "activity" | "target" | "owner" | "when";

/**
 * Header words that name a column's role, per language (from the language
 * packs). Order matters within a language: the first role that matches wins.
 */
export const TABLE_COLUMNS: Record<Language, Record<ColumnRole, readonly string[]>> = byLanguage((p) => p.headings.tableColumns);

/** The role a header cell names, looked up in the plan's language first, then the others. */
export function columnRole(header: string, language: Language): ColumnRole | undefined {
  const h = header.toLowerCase().replace(/[*_:]/g, " ").replace(/\s+/g, " ").trim();
  const order = [language, ...(Object.keys(TABLE_COLUMNS) as Language[]).filter((l) => l !== language)];
  for (const lang of order) {
    for (const [role, words] of Object.entries(TABLE_COLUMNS[lang]) as Array<[ColumnRole, readonly string[]]>) {
      if (words.some((w) => h === w || (h.startsWith(w) && /^[^\p{L}\p{N}]/u.test(h.slice(w.length))))) return role;
    }
  }
  return undefined;
}

/** The title of the one implicit area of a plan that is a single list, when the document has no title. */
export const IMPLICIT_AREA_TITLE: Record<Language, string> = byLanguage((p) => p.headings.written.activities);

/**
 * The shape of a lead-in, the short line that introduces a list ("Så här gör vi:",
 * "Det innebär att vi ska", "Vi vil derfor:", "To do this we will:"): at most
 * this many words. Decided by shape, not by a list of phrases.
 */
export const LEAD_IN_MAX_WORDS = 8;

/** A sentence area line ("Styrelsen ska verka för att …") has at most this many words. */
export const AREA_LINE_MAX_WORDS = 40;

/**
 * Words that introduce the plan's period in a sentence ("gäller för åren
 * 2025–2027", "for perioden 2026 – 2027", "covers 2025–2026"). A bare span
 * "2024–2025" in a line counts too; these words only make a single year count.
 */
export const PERIOD_WORDS: Record<Language, readonly string[]> = byLanguage((p) => p.headings.periodWords);

/** A bare section line ("Medlemsvärvning" directly above its list) has at most this many words. */
export const HEADING_LINE_MAX_WORDS = 14;

/** Section lines found by shape count only when a plan has at least this many: one is a lead-in to a flat list. */
export const LINE_HEADS_MIN = 2;
