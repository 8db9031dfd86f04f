import type { Language } from "../model/plan.js";

/**
 * Word tables for reading sv / nb / en text. Data, not code: extending the
 * reader to a new word is a one-line change here.
 */

/** Number words that can state an amount. One-words ("en", "one") only count after "minst" and friends. */
export const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  sv: {
    en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
    elva: 11, tolv: 12, femton: 15, tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, hundra: 100,
  },
  nb: {
    en: 1, ei: 1, ett: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9,
    ti: 10, elleve: 11, tolv: 12, femten: 15, tjue: 20, tretti: 30, førti: 40, femti: 50, hundre: 100,
  },
  en: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
  },
};

/** Words that make "1" an amount rather than an article: "minst en kurs". */
export const ONE_WORDS = new Set(["en", "ett", "ei", "one"]);

export const AT_LEAST = [
  "minst", "åtminstone", "minimum", "min.", "inte färre än", "mer än", "fler än", "över",
  "minst", "minimum", "ikke færre enn", "mer enn", "flere enn",
  "at least", "no fewer than", "more than", "a minimum of",
];
export const AT_MOST = ["högst", "max", "max.", "maximalt", "maks", "maksimalt", "høyst", "at most", "no more than", "a maximum of", "up to"];

/** Words that say the amount is to be hit exactly: "exakt 12 möten". */
export const EXACTLY = ["exakt", "exakta", "precis", "nøyaktig", "eksakt", "akkurat", "exactly", "precisely"];

/** A range written in words: "mellan 40 och 60 deltagare", "mellom 40 og 60", "between 40 and 60". */
export const BETWEEN: Record<Language, { before: string[]; and: string[] }> = {
  sv: { before: ["mellan"], and: ["och"] },
  nb: { before: ["mellom"], and: ["og"] },
  en: { before: ["between"], and: ["and"] },
};

/**
 * Words between a number and its unit that are never the unit: "25 nye medlemmer"
 * has the unit "medlemmer". Left without a noun ("värva 150 nya") the target has no unit.
 */
export const NOT_UNIT_WORDS: Record<Language, Set<string>> = {
  sv: new Set(["nya", "nytt", "ny", "fler", "flera", "ytterligare", "extra", "olika", "egna", "totalt", "sammanlagt"]),
  nb: new Set(["nye", "nya", "nytt", "ny", "nyt", "flere", "fleire", "ytterligere", "ekstra", "ulike", "egne", "totalt", "til sammen"]),
  en: new Set(["new", "more", "additional", "further", "extra", "other", "different", "own", "total"]),
};

/** Prepositions that make a percentage a share of something: "25 procent av eleverna". */
export const SHARE_OF: Record<Language, Set<string>> = {
  sv: new Set(["av"]),
  nb: new Set(["av"]),
  en: new Set(["of"]),
};

export const PERCENT_WORDS = new Set(["%", "procent", "prosent", "percent", "per cent", "pct", "pct."]);

/** Words after a number that make it an age, a duration or a year count — never a target. */
export const NON_UNITS = new Set([
  "år", "års", "åring", "åringar", "åringer", "årig", "åriga", "årige", "years", "year", "yrs", "old",
  "gamla", "gamle", "timmar", "timer", "hours", "minuter", "minutter", "minutes", "kl", "klockan",
]);

/** Words before a number that make it a week, a time, a page or a label — never a target. */
export const NON_TARGET_BEFORE = new Set([
  "vecka", "veckor", "v", "v.", "uke", "uka", "week", "kl", "kl.", "klockan", "klokka", "at",
  "sida", "side", "page", "punkt", "point", "§", "nr", "nr.", "no.", "kapitel", "kapittel", "chapter",
  "avsnitt", "section", "bilaga", "vedlegg", "appendix", "år", "året", "year",
  // "de fem regionala kommittéerna": a definite count describes what exists, it is no target.
  "de", "dem", "dei", "the", "alla", "alle", "all", "samtliga",
]);

/** Count words that carry no meaning of their own: "5 st kurser" → unit "kurser". */
export const COUNT_WORDS = new Set(["st", "st.", "stk", "stk.", "stycken", "stykker"]);

/** Nouns that look like adjectives ("deltagare" ends like "kortare"). */
export const KNOWN_UNITS = new Set([
  "deltagare", "lärare", "ledare", "arbetare", "handledare", "medarbetare", "förtroendevalda",
  "ombudsmän", "tillitsvalgte", "deltakere", "ledere", "lærere", "kurser", "kurs", "gånger", "ganger",
  "nummer", "medlemmar", "medlemmer", "personer", "elever", "träffar", "møter", "möten",
]);

/** Little words that can follow a number without being its unit. */
export const STOPWORDS: Record<Language, Set<string>> = {
  sv: new Set(["i", "på", "av", "för", "med", "till", "om", "och", "som", "att", "per", "inom", "från", "vid",
    "under", "över", "mot", "en", "ett", "de", "den", "det", "är", "ska", "skall", "har", "kan", "eller", "så"]),
  nb: new Set(["i", "på", "av", "for", "med", "til", "om", "og", "som", "å", "per", "innen", "fra", "ved",
    "under", "over", "mot", "en", "ei", "et", "de", "den", "det", "er", "skal", "har", "kan", "eller", "så"]),
  en: new Set(["in", "on", "of", "for", "with", "to", "about", "and", "as", "that", "per", "within", "from",
    "at", "by", "the", "a", "an", "is", "are", "will", "shall", "has", "can", "or", "so"]),
};

/** Prepositions that introduce a target's subject: "99 deltagare i Om facket". */
export const SUBJECT_PREPOSITIONS: Record<Language, Set<string>> = {
  sv: new Set(["i", "på", "inom", "av", "för", "om", "till", "från", "med"]),
  nb: new Set(["i", "på", "innen", "av", "for", "om", "til", "fra", "med"]),
  en: new Set(["in", "on", "within", "of", "for", "about", "to", "from", "with", "at"]),
};

export const MONTHS: Record<string, number> = {
  januari: 1, januar: 1, january: 1, jan: 1, "jan.": 1,
  februari: 2, februar: 2, february: 2, feb: 2, "feb.": 2,
  mars: 3, march: 3, mar: 3, "mar.": 3,
  april: 4, apr: 4, "apr.": 4,
  maj: 5, mai: 5, may: 5,
  juni: 6, june: 6, jun: 6, "jun.": 6,
  juli: 7, july: 7, jul: 7, "jul.": 7,
  augusti: 8, august: 8, aug: 8, "aug.": 8,
  september: 9, sep: 9, "sep.": 9, sept: 9, "sept.": 9,
  oktober: 10, october: 10, okt: 10, "okt.": 10, oct: 10, "oct.": 10,
  november: 11, nov: 11, "nov.": 11,
  december: 12, desember: 12, dec: 12, "dec.": 12, des: 12, "des.": 12,
};

/** Frequent words that tell the three languages apart. */
export const LANGUAGE_MARKERS: Record<Language, string[]> = {
  sv: ["och", "att", "för", "är", "som", "med", "ska", "vi", "till", "av", "det", "inte", "på", "verksamhet", "också", "kommer", "under", "samt", "vår", "våra"],
  nb: ["og", "å", "for", "er", "ikke", "skal", "vi", "til", "av", "det", "med", "også", "vår", "våre", "blir", "eller", "mellom", "være", "hvordan", "fagforeningen"],
  en: ["and", "the", "of", "to", "is", "we", "will", "for", "with", "in", "our", "that", "be", "on", "at", "by", "this", "are", "members", "activities"],
};

/** Weekday names and abbreviations, Monday = 1 … Sunday = 7 (ISO). */
export const WEEKDAYS: Record<string, number> = {
  måndag: 1, mån: 1, mandag: 1, man: 1, monday: 1, mon: 1,
  tisdag: 2, tis: 2, tirsdag: 2, tir: 2, tuesday: 2, tue: 2, tues: 2,
  onsdag: 3, ons: 3, wednesday: 3, wed: 3,
  torsdag: 4, tors: 4, tor: 4, thursday: 4, thu: 4, thurs: 4,
  fredag: 5, fre: 5, friday: 5, fri: 5,
  lördag: 6, lör: 6, lørdag: 6, lør: 6, saturday: 6, sat: 6,
  söndag: 7, sön: 7, søndag: 7, søn: 7, sunday: 7, sun: 7,
};
