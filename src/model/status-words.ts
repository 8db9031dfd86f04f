/**
 * The words a secretary may write for an outcome's status, by language: the
 * words the report prints and their common variants. Data, keyed by language,
 * so it can move into a language pack. Matched case-insensitively, with
 * spaces, hyphens and underscores alike.
 */
import type { Language } from "./plan.js";

export type StatusValue = "done" | "partial" | "not-done" | "cancelled" | "postponed";

export const STATUS_WORDS: Record<Language, Record<StatusValue, readonly string[]>> = {
  sv: {
    done: ["genomförd", "genomfört", "genomförda", "utförd", "utfört"],
    partial: ["delvis", "delvis genomförd", "delvis genomfört", "delvis genomförda"],
    "not-done": ["ej genomförd", "ej genomfört", "inte genomförd", "inte genomfört", "ej genomförda", "ej utförd"],
    cancelled: ["inställd", "inställt", "inställda", "struken", "struket"],
    postponed: ["uppskjuten", "uppskjutet", "uppskjutna", "framflyttad", "flyttad"],
  },
  nb: {
    done: ["gjennomført", "gjennomførte", "fullført", "ferdig", "utført"],
    partial: ["delvis", "delvis gjennomført", "delvis fullført"],
    "not-done": ["ikke gjennomført", "ikkje gjennomført", "ikke fullført", "ikke utført"],
    cancelled: ["avlyst", "avlyste", "strøket"],
    postponed: ["utsatt", "flyttet"],
  },
  en: {
    done: ["done", "completed", "complete", "carried out"],
    partial: ["partial", "partly done", "partly", "partially done", "partially"],
    "not-done": ["not-done", "not done", "not carried out", "not completed"],
    cancelled: ["cancelled", "canceled"],
    postponed: ["postponed", "deferred"],
  },
};

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
