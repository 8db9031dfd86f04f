import type { Language } from "../model/plan.js";
import { LANGUAGE_MARKERS } from "./words.js";

/**
 * Guesses the language of a text by counting frequent words. Swedish and
 * Norwegian share many words; the counts of the words they do not share
 * ("och"/"og", "att"/"å", "inte"/"ikke") decide.
 */
export function detectLanguage(text: string, fallback: Language = "sv"): Language {
  const counts: Record<Language, number> = { sv: 0, nb: 0, en: 0 };
  const sets = Object.fromEntries(
    (Object.keys(LANGUAGE_MARKERS) as Language[]).map((l) => [l, new Set(LANGUAGE_MARKERS[l])]),
  ) as Record<Language, Set<string>>;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const word of sample.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    for (const l of ["sv", "nb", "en"] as const) if (sets[l].has(word)) counts[l]++;
  }
  const best = (["sv", "nb", "en"] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  return counts[best] === 0 ? fallback : best;
}
