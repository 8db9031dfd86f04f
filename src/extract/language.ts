import { LANGUAGES, PACKS, type Language } from "../i18n/lang/index.js";
import { LANGUAGE_MARKERS } from "./words.js";

const MARKER_SETS = LANGUAGES.map((l) => [l, new Set(LANGUAGE_MARKERS[l]), [...PACKS[l].reading.letters]] as const);

/**
 * Guesses the language of a text by counting frequent words. Swedish and
 * Norwegian share many words; the counts of the words they do not share
 * ("och"/"og", "att"/"å", "inte"/"ikke") decide, and so do the letters only
 * one side writes (ä ö against æ ø) — short plans and tables have few little
 * words. A tie goes to the pack
 * listed first (src/i18n/lang/index.ts).
 */
export function detectLanguage(text: string, fallback: Language = "sv"): Language {
  const counts = new Map<Language, number>(LANGUAGES.map((l) => [l, 0]));
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (const word of sample.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    // a frequent word, or a word with a letter only this language writes ("møte", "lærling" against "möte")
    for (const [l, set, letters] of MARKER_SETS) if (set.has(word) || letters.some((c) => word.includes(c))) counts.set(l, counts.get(l)! + 1);
  }
  const best = LANGUAGES.reduce((a, b) => (counts.get(b)! > counts.get(a)! ? b : a));
  return counts.get(best) === 0 ? fallback : best;
}
