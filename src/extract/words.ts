import { ALL_PACKS, PACKS, type Language } from "../i18n/lang/index.js";

/**
 * The word tables the extractors read, derived from the language packs
 * (src/i18n/lang/): per language where the plan's language decides, the union
 * of all packs where any language's word may appear (months, comparisons).
 */

const perLanguage = <T>(pick: (p: (typeof PACKS)[Language]) => T): Record<Language, T> =>
  Object.fromEntries(Object.entries(PACKS).map(([code, p]) => [code, pick(p)])) as Record<Language, T>;
const union = (pick: (p: (typeof ALL_PACKS)[number]) => readonly string[]): string[] => [...new Set(ALL_PACKS.flatMap(pick))];
const unionRecord = (pick: (p: (typeof ALL_PACKS)[number]) => Record<string, number>): Record<string, number> =>
  Object.assign({}, ...ALL_PACKS.map(pick));

/** Number words that can state an amount. One-words ("en", "one") only count after "minst" and friends. */
export const NUMBER_WORDS: Record<Language, Record<string, number>> = perLanguage((p) => p.reading.numbers);

/** Words that make "1" an amount rather than an article: "minst en kurs". */
export const ONE_WORDS = new Set(union((p) => p.reading.oneWords));

export const AT_LEAST = union((p) => p.reading.atLeast);
export const AT_MOST = union((p) => p.reading.atMost);

export const PERCENT_WORDS = new Set(union((p) => p.reading.percent));

/** Words that say the amount is to be hit exactly: "exakt 12 möten". */
export const EXACTLY = union((p) => p.reading.exactly);

/** A range written in words: "mellan 40 och 60 deltagare", "mellom 40 og 60", "between 40 and 60". */
export const BETWEEN: Record<Language, { before: string[]; and: string[] }> = perLanguage((p) => p.reading.between);
export const FROM_TO: Record<Language, { from: string[]; to: string[] }> = perLanguage((p) => p.reading.fromTo);
export const SHORT_FREQUENCIES: Record<Language, string[]> = perLanguage((p) => p.reading.shortFrequencies);

/**
 * Words between a number and its unit that are never the unit: "25 nye medlemmer"
 * has the unit "medlemmer". Left without a noun ("värva 150 nya") the target has no unit.
 */
export const NOT_UNIT_WORDS: Record<Language, Set<string>> = perLanguage((p) => new Set(p.reading.notUnitWords));

/** Prepositions that make a percentage a share of something: "25 procent av eleverna". */
export const SHARE_OF: Record<Language, Set<string>> = perLanguage((p) => new Set(p.reading.shareOf));

/** Words after a number that make it an age, a duration or a year count — never a target. */
export const NON_UNITS = new Set(union((p) => p.reading.nonUnits));

/** Words before a number that make it a week, a time, a page or a label — never a target. */
export const NON_TARGET_BEFORE = new Set(union((p) => p.reading.nonTargetBefore));

/** Count words that carry no meaning of their own: "5 st kurser" → unit "kurser". */
export const COUNT_WORDS = new Set(union((p) => p.reading.countWords));

/** Nouns that look like adjectives ("deltagare" ends like "kortare"). */
export const KNOWN_UNITS = new Set(union((p) => p.reading.knownUnits));

/** Little words that can follow a number without being its unit. */
export const STOPWORDS: Record<Language, Set<string>> = perLanguage((p) => new Set(p.reading.stopwords));

/** Prepositions that introduce a target's subject: "99 deltagare i Om facket". */
export const SUBJECT_PREPOSITIONS: Record<Language, Set<string>> = perLanguage((p) => new Set(p.reading.subjectPrepositions));

export const MONTHS: Record<string, number> = unionRecord((p) => p.reading.months);

/** Frequent words that tell the languages apart. */
export const LANGUAGE_MARKERS: Record<Language, string[]> = perLanguage((p) => p.reading.markers);

/** Weekday names and abbreviations, Monday = 1 … Sunday = 7 (ISO). */
export const WEEKDAYS: Record<string, number> = unionRecord((p) => p.reading.weekdays);

/** Words before a week number: "vecka 40", "uke 12". */
export const WEEK_WORDS = union((p) => p.reading.weekWords);

/** "with", "som har": what a noun has, after "alle", "every" (see the packs' qualifierBefore) */
export const QUALIFIER_BEFORE: Record<Language, readonly string[]> = perLanguage((p) => p.reading.qualifierBefore);
export const EVERY_WORDS: Record<Language, Set<string>> = perLanguage((p) => new Set(p.reading.everyWords));
