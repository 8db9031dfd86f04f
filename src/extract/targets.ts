import type { Comparison, Language, Target } from "../model/plan.js";
import { parseLocaleNumber } from "./numbers.js";
import {
  AT_LEAST,
  AT_MOST,
  COUNT_WORDS,
  KNOWN_UNITS,
  MONTHS,
  NON_TARGET_BEFORE,
  NON_UNITS,
  NUMBER_WORDS,
  ONE_WORDS,
  PERCENT_WORDS,
  STOPWORDS,
  SUBJECT_PREPOSITIONS,
} from "./words.js";

const SPACE = "[ \\u00a0\\u202f\\u2009]";
/**
 * A number written with digits: "340", "12 683", "12,5". Not when glued to
 * letters ("S2000", "6f"), to a slash or plus ("8/3", "1+1"), or when it is a
 * dotted id or time ("1.1", "18.00").
 */
const DIGITS = new RegExp(
  `(?<![\\p{L}\\p{N}/.,:+\\-–])(\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)|\\d+)(?:,(\\d+))?(?![\\p{L}\\p{N}/+]|[.:,]\\p{N}|:\\p{L})`,
  "gu",
);
const WORD = /[\p{L}][\p{L}\-’']*\.?|%/gu;
const ADJECTIVE_ENDING = /(a|are|ere|ige|iga|ske|ska|ende|nde)$/;
/** "i året", "per month": how often, not what. */
const FREQUENCY = new Set(["året", "år", "månaden", "månad", "veckan", "vecka", "uka", "uke", "måneden", "måned", "the year", "a year", "year", "the month", "a month", "month", "week"]);
const SENTENCE_END = /[.;:!?()\n]|,\s|\s[–—-]\s/;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function wordsAfter(text: string, from: number, max: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  // the unit is in the next few words: searching further made "1 1 1 …" quadratic
  const window = text.slice(0, from + 400);
  let m: RegExpExecArray | null;
  while (out.length < max && (m = WORD.exec(window))) {
    // stop at sentence punctuation between words
    const gap = text.slice(out.length ? out[out.length - 1]!.end : from, m.index);
    if (SENTENCE_END.test(gap) || /\d/.test(gap)) break;
    const t = m[0].replace(/\.$/, (d) => (MONTHS[m![0].toLowerCase()] ? d : ""));
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length });
  }
  return out;
}

function wordsBefore(text: string, at: number, max: number): Token[] {
  const before = text.slice(Math.max(0, at - 60), at);
  const offset = Math.max(0, at - 60);
  const all = [...before.matchAll(/[\p{L}][\p{L}\-’']*\.?|§/gu)].map((m) => ({
    text: m[0],
    lower: m[0].toLowerCase(),
    start: offset + m.index!,
    end: offset + m.index! + m[0].length,
  }));
  // Only words in the same clause count.
  const out: Token[] = [];
  let cursor = at;
  for (let i = all.length - 1; i >= 0 && out.length < max; i--) {
    const gap = text.slice(all[i]!.end, cursor);
    if (/[.;:!?()\n,\d]/.test(gap.replace(/^\.$/, ""))) break;
    out.unshift(all[i]!);
    cursor = all[i]!.start;
  }
  return out;
}

function comparisonBefore(before: Token[]): { comparison: Comparison; start?: number } {
  const tail = (n: number) => before.slice(-n).map((t) => t.lower).join(" ");
  for (const n of [3, 2, 1]) {
    if (before.length < n) continue;
    if (AT_LEAST.includes(tail(n))) return { comparison: "atLeast", start: before[before.length - n]!.start };
    if (AT_MOST.includes(tail(n))) return { comparison: "atMost", start: before[before.length - n]!.start };
  }
  return { comparison: "exactly" };
}

interface Candidate {
  value: number;
  start: number;
  end: number;
  word: boolean;
}

function candidates(text: string, language: Language): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const raw = m[0];
    const value = parseLocaleNumber(raw);
    if (value === undefined) continue;
    // part of a range ("17-20", "2021–2024") or a year: never a target
    const after = text.slice(m.index! + raw.length);
    if (/^\s?[-–]\s?\d/.test(after)) continue;
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue;
    out.push({ value, start: m.index!, end: m.index! + raw.length, word: false });
  }
  const words = NUMBER_WORDS[language];
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const value = words[m[0].toLowerCase()];
    if (value === undefined) continue;
    out.push({ value, start: m.index!, end: m.index! + m[0].length, word: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Finds the amounts an activity's text states as something to reach:
 * "Minst 99 deltagare i Om facket" → at least 99 deltagare, subject "Om facket".
 *
 * Precision over recall: years, dates, weeks, times, ages, ranges, ids and
 * numbers without a unit are left alone. When unsure, no target.
 */
export function extractTargets(text: string, language: Language): Target[] {
  return scanTargets(text, language).targets;
}

/** A number the reader left alone because it could not tell whether it is a target. */
export interface AmbiguousNumber {
  text: string;
  index: number;
}

/** Targets, and the numbers that might be targets but lack a unit ("besöka 10 i månaden"). */
export function scanTargets(text: string, language: Language): { targets: Target[]; ambiguous: AmbiguousNumber[] } {
  const stop = STOPWORDS[language];
  const targets: Target[] = [];
  const ambiguous: AmbiguousNumber[] = [];
  const unsure = (c: Candidate) => {
    if (!c.word) ambiguous.push({ text: text.slice(c.start, c.end), index: c.start });
  };
  for (const c of candidates(text, language)) {
    const before = wordsBefore(text, c.start, 3);
    const prev = before[before.length - 1]?.lower;
    if (prev && NON_TARGET_BEFORE.has(prev)) continue;
    const { comparison, start: comparisonStart } = comparisonBefore(before);
    if (c.word && ONE_WORDS.has(text.slice(c.start, c.end).toLowerCase()) && comparison === "exactly") continue;

    let after = wordsAfter(text, c.end, 6);
    const percentSign = /^\s?%/.test(text.slice(c.end));
    let percent = percentSign;
    let unitToken: Token | undefined;
    let i = 0;
    if (percentSign) {
      unitToken = { text: "%", lower: "%", start: text.indexOf("%", c.end), end: text.indexOf("%", c.end) + 1 };
      after = wordsAfter(text, unitToken.end, 6);
    } else if (after[0] && PERCENT_WORDS.has(after[0].lower)) {
      percent = true;
      unitToken = after[0];
      i = 1;
    } else {
      if (!after[0]) {
        unsure(c);
        continue;
      }
      if (MONTHS[after[0].lower] !== undefined) continue;
      if (NON_UNITS.has(after[0].lower)) continue;
      if (COUNT_WORDS.has(after[0].lower)) i++;
      // skip adjectives: "8 kortare debattinlägg", "fem delregionala bemanningsgrupper";
      // English stacks nouns without endings to tell them apart: "15 new workplace reps"
      const skip = i;
      while (
        i - skip < 3 &&
        after[i] &&
        after[i + 1] &&
        !KNOWN_UNITS.has(after[i]!.lower) &&
        (language === "en" ? /^[a-z]/.test(after[i + 1]!.text) : ADJECTIVE_ENDING.test(after[i]!.lower)) &&
        !stop.has(after[i + 1]!.lower) &&
        MONTHS[after[i + 1]!.lower] === undefined &&
        after[i + 1]!.lower.length >= 3
      ) {
        i++;
      }
      const u = after[i];
      if (!u || stop.has(u.lower)) {
        unsure(c);
        continue;
      }
      if (MONTHS[u.lower] !== undefined || NON_UNITS.has(u.lower)) continue;
      if (c.word && NUMBER_WORDS[language][u.lower] !== undefined) continue;
      unitToken = u;
      i++;
    }
    // a subject introduced by a preposition, up to the end of the clause
    let subject: string | undefined;
    let end = unitToken!.end;
    const rest = percentSign ? after : after.slice(i);
    const firstRest = percentSign ? rest[0] : rest[0];
    if (firstRest && SUBJECT_PREPOSITIONS[language].has(firstRest.lower)) {
      const clause = text.slice(firstRest.end);
      const stopAt = clause.search(/[.;:!?()\n]|,\s|\s[–—]\s/);
      const raw = (stopAt === -1 ? clause : clause.slice(0, stopAt)).trim();
      if (raw && !FREQUENCY.has(raw.toLowerCase())) {
        subject = raw;
        end = firstRest.end + clause.indexOf(raw) + raw.length;
      }
    }
    const start = comparisonStart ?? c.start;
    const target: Target = {
      value: c.value,
      percent,
      comparison,
      text: text.slice(start, end).replace(/\s+/g, " ").trim(),
    };
    if (!percent) target.unit = unitToken!.text;
    else target.unit = "%";
    if (subject) target.subject = subject;
    targets.push(target);
  }
  return { targets, ambiguous };
}
