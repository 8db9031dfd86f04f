/**
 * The words a secretary may write for an outcome's status, by language: the
 * words the report prints and their common variants. Data, keyed by language,
 * from the language packs. Matched case-insensitively, with
 * spaces, hyphens and underscores alike.
 */
import { byLanguage, type Language } from "../i18n/lang/index.js";

export type StatusValue = "done" | "partial" | "not-done" | "cancelled" | "postponed";

export const STATUS_WORDS: Record<Language, Record<StatusValue, readonly string[]>> = byLanguage((p) => p.outcomes.statusWords);

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, " ");

const LOOKUP = new Map<string, StatusValue>(
  Object.values(STATUS_WORDS).flatMap((table) =>
    Object.entries(table).flatMap(([status, words]) => words.map((w) => [normalise(w), status as StatusValue] as const)),
  ),
);

/** "Genomförd", "ikke gjennomført", "not done" → the status; undefined when the word is not known. */
export function statusFromWord(word: string): StatusValue | undefined {
  return LOOKUP.get(normalise(word));
}
