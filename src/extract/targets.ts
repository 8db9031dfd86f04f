import { ALL_PACKS, byLanguage, PACKS } from "../i18n/lang/index.js";
import type { Comparison, Language, Target } from "../model/plan.js";
import { parseNumberIn } from "../text/numbers.js";
import { phrasePattern } from "../text/pattern.js";
import {
  AT_LEAST,
  AT_MOST,
  BETWEEN,
  COUNT_WORDS,
  FROM_TO,
  SHORT_FREQUENCIES,
  EXACTLY,
  KNOWN_UNITS,
  MONTHS,
  NON_TARGET_BEFORE,
  QUALIFIER_BEFORE,
  EVERY_WORDS,
  NON_UNITS,
  NOT_UNIT_WORDS,
  NUMBER_WORDS,
  ONE_WORDS,
  PERCENT_WORDS,
  SHARE_OF,
  STOPWORDS,
  SUBJECT_PREPOSITIONS,
} from "./words.js";

const SPACE = "[ \\u00a0\\u202f\\u2009]";
/**
 * A number written with digits: "340", "12 683", "12,5" (sv, nb: also "12.683");
 * "12,683", "12.5" in English. Not when glued to letters ("S2000", "6f"), to a
 * slash or plus ("8/3", "1+1"), or when it is a dotted id or time ("1.1", "18.00").
 */
const NUMBER_STYLES = {
  decimalComma: `(?:\\d{1,3}(?:${SPACE}\\d{3})+(?!\\d)|\\d{1,3}(?:\\.\\d{3})+(?![\\d.])|\\d+)(?:,\\d+)?`,
  decimalPoint: `(?:\\d{1,3}(?:(?:,|${SPACE})\\d{3})+(?!\\d)|\\d+)(?:\\.\\d+)?`,
};
const NUMBER: Record<Language, string> = byLanguage((p) => (p.decimalComma ? NUMBER_STYLES.decimalComma : NUMBER_STYLES.decimalPoint));
const NOT_BEFORE = "(?<![\\p{L}\\p{N}/.,:+\\-–])";
const NOT_AFTER = "(?![\\p{L}\\p{N}/+]|[.:,]\\p{N}|:\\p{L})";
const DIGITS: Record<Language, RegExp> = Object.fromEntries(
  (Object.keys(NUMBER) as Language[]).map((l) => [l, new RegExp(`${NOT_BEFORE}(${NUMBER[l]})${NOT_AFTER}`, "gu")]),
) as Record<Language, RegExp>;
/** The other end of a range right after a number: "40–60", "40 - 60". */
const RANGE_END: Record<Language, RegExp> = Object.fromEntries(
  (Object.keys(NUMBER) as Language[]).map((l) => [l, new RegExp(`^${SPACE}?[-–]${SPACE}?(${NUMBER[l]})${NOT_AFTER}`, "u")]),
) as Record<Language, RegExp>;
/** "… till 10 %" after "från 20 %": where the value it changes to stands */
const CHANGE_TO: Record<Language, RegExp> = Object.fromEntries(
  (Object.keys(NUMBER) as Language[]).map((l) => [
    l,
    new RegExp(`^(?:${SPACE}?%|\\s+[\\p{L}]+)?\\s+(?:${phrasePattern(FROM_TO[l].to)})\\s+(${NUMBER[l]})${NOT_AFTER}`, "u"),
  ]),
) as Record<Language, RegExp>;
/** A number in parentheses right after a target: "(12 683 elever)", "(ca 280 personer)". */
const PARENTHESES: Record<Language, RegExp> = Object.fromEntries(
  (Object.keys(NUMBER) as Language[]).map((l) => [
    l,
    new RegExp(`^\\s*\\(\\s*(?:ca\\.?|cirka|omkring|rundt|about|around|approx\\.?|≈|~)?\\s*(${NUMBER[l]})${SPACE}*([\\p{L}][\\p{L}\\-]*)?[^()]*\\)`, "u"),
  ]),
) as Record<Language, RegExp>;
const WORD = /[\p{L}][\p{L}\-’']*\.?|%/gu;
const ADJECTIVE_ENDING = /(a|are|ere|ige|iga|ske|ska|ende|nde)$/;
/** "i året", "per month": how often, not what — in every language's words, as a plan may mix them. */
const FREQUENCY = new Set(ALL_PACKS.flatMap((p) => p.reading.periodNouns));
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
    if (EXACTLY.includes(tail(n))) return { comparison: "exactly", start: before[before.length - n]!.start };
  }
  return { comparison: "exactly" };
}

interface Candidate {
  value: number;
  start: number;
  end: number;
  word: boolean;
  /** the high end of a range */
  max?: number;
  /** where "mellan" starts, for the target's text */
  betweenStart?: number;
  /** "från 20 % till 10 %": this is the 20, a baseline — context, never a target */
  baseline?: boolean;
  /** …and this is the 10: the value it changes from, and where "från" starts */
  from?: { value: number; start: number };
}

/**
 * "från 20 % till 10 %", "fra 3 til 5 studiesirkler": the first number is where
 * the work starts from. It is marked a baseline, and the number after "till"
 * learns what it changes from (by its position in `changes`).
 */
function markChange(text: string, c: Candidate, language: Language, changes: Map<number, { value: number; start: number }>): void {
  // the word right before the number, from a short window (not the whole text before it, for each number)
  const from = Math.max(0, c.start - 40);
  const lead = text.slice(from, c.start).match(/([\p{L}]+)\s+$/u);
  if (!lead || (lead.index === 0 && from > 0) || !FROM_TO[language].from.includes(lead[1]!.toLowerCase())) return;
  const to = CHANGE_TO[language].exec(text.slice(c.end));
  if (!to) return;
  c.baseline = true;
  changes.set(c.end + to[0].length - to[1]!.length, { value: c.value, start: c.start - lead[0].length });
}

function candidates(text: string, language: Language): Candidate[] {
  const out: Candidate[] = [];
  const changes = new Map<number, { value: number; start: number }>();
  const between = BETWEEN[language];
  for (const m of text.matchAll(DIGITS[language])) {
    const raw = m[0];
    const value = parseNumberIn(raw, PACKS[language].decimalComma);
    if (value === undefined) continue;
    // "1.1 We will …" is a numbered heading, not 1.1 of anything
    if (!PACKS[language].decimalComma && m.index === 0 && /^\d+\.\d+$/.test(raw)) continue;
    let end = m.index! + raw.length;
    const c: Candidate = { value, start: m.index!, end, word: false };
    const range = RANGE_END[language].exec(text.slice(end));
    if (range) {
      // "2021–2024", "17–20 maj": years and dates are ranges too, and never targets
      const max = parseNumberIn(range[1]!, PACKS[language].decimalComma);
      if (max === undefined || max <= value || (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100)) continue;
      c.max = max;
      c.end = end = end + range[0].length;
    } else if (/^\s?[-–]\s?\d/.test(text.slice(end))) {
      continue; // a range this reader cannot tell ("1-3/4")
    } else {
      // "mellan 40 och 60 deltagare"
      const before = text.slice(0, m.index).match(/([\p{L}]+)\s+$/u)?.[1]?.toLowerCase();
      const and = new RegExp(`^\\s+(?:${between.and.join("|")})\\s+(${NUMBER[language]})${NOT_AFTER}`, "u").exec(text.slice(end));
      if (before && between.before.includes(before) && and) {
        const max = parseNumberIn(and[1]!, PACKS[language].decimalComma);
        if (max !== undefined && max > value) {
          c.max = max;
          c.end = end + and[0].length;
          c.betweenStart = m.index! - before.length - (text.slice(0, m.index).length - text.slice(0, m.index).trimEnd().length);
        }
      }
    }
    if (/^\d{4}$/.test(raw) && value >= 1900 && value <= 2100 && c.max === undefined) continue;
    if (c.max === undefined) markChange(text, c, language, changes);
    out.push(c);
  }
  for (const c of out) {
    const from = changes.get(c.start);
    if (from) c.from = from;
  }
  const words = NUMBER_WORDS[language];
  for (const m of text.matchAll(/[\p{L}]+/gu)) {
    const value = words[m[0].toLowerCase()];
    if (value === undefined) continue;
    out.push({ value, start: m.index!, end: m.index! + m[0].length, word: true });
  }
  // the second number of "mellan 40 och 60" belongs to the first
  const sorted = out.sort((a, b) => a.start - b.start);
  return sorted.filter((c) => !sorted.some((o) => o !== c && o.start < c.start && c.start < o.end));
}

/** Inside parentheses that open after `from`: "(12 683 elever)", "(förra året 9)". */
function inParentheses(text: string, at: number, from: number): boolean {
  const open = text.lastIndexOf("(", at);
  return open >= from && text.indexOf(")", open) > at - 1 && !text.slice(open, at).includes(")");
}

/**
 * Finds the amounts an activity's text states as something to reach:
 * "Minst 99 deltagare i Om facket" → at least 99 deltagare, subject "Om facket".
 *
 * Precision over recall: years, dates, weeks, times, ages, ids and numbers
 * without a unit are left alone. When unsure, no target. A share with its base
 * ("25 procent av eleverna (12 683 elever)") is one target that is also a count;
 * a number in parentheses after a target is context, never a target of its own.
 */
export function extractTargets(text: string, language: Language): Target[] {
  return scanTargets(text, language).targets;
}

/** A number the reader left alone because it could not tell whether it is a target. */
export interface AmbiguousNumber {
  text: string;
  index: number;
}

/** "per månad", "i veckan" right after the amount, as written: how often within the year. */
function shortFrequencyAt(text: string, at: number, language: Language): { text: string; end: number } | undefined {
  const lead = text.slice(at).match(/^\s+/)?.[0].length ?? 0;
  const tail = text.slice(at + lead, at + lead + 60);
  const lower = tail.toLowerCase();
  const f = SHORT_FREQUENCIES[language].find((x) => lower.startsWith(x) && !/^[\p{L}\p{N}]/u.test(tail.slice(x.length)));
  return f ? { text: tail.slice(0, f.length), end: at + lead + f.length } : undefined;
}

/**
 * "besøke alle arbeidsplasser med over 10 ansatte", "every workplace with more than 10 employees":
 * the number (at `at`, its comparison included) follows "med"/"with" after "alle"/"every" in the
 * same clause — it says which workplaces, not how many.
 */
function qualifiesEvery(text: string, at: number, language: Language): boolean {
  const before = wordsBefore(text, at, 8);
  const tail = before.map((w) => w.lower).join(" ");
  const q = QUALIFIER_BEFORE[language].find((w) => tail === w || tail.endsWith(` ${w}`));
  if (!q) return false;
  const rest = before.slice(0, before.length - q.split(" ").length);
  return rest.some((w) => EVERY_WORDS[language].has(w.lower));
}

/** Targets, and the numbers that might be targets but lack a unit ("besöka 10 i månaden"). */
export function scanTargets(text: string, language: Language): { targets: Target[]; ambiguous: AmbiguousNumber[] } {
  const notUnit = NOT_UNIT_WORDS[language];
  const targets: Target[] = [];
  const ambiguous: AmbiguousNumber[] = [];
  /** where the text after the last target starts: parentheses opened after it hold context */
  let lastTargetEnd = -1;
  let skipUntil = -1;
  for (const c of candidates(text, language)) {
    if (c.start < skipUntil || c.baseline) continue;
    if (lastTargetEnd >= 0 && inParentheses(text, c.start, lastTargetEnd)) continue;
    const before = wordsBefore(text, c.betweenStart ?? c.start, 3);
    const prev = before[before.length - 1]?.lower;
    if (prev && NON_TARGET_BEFORE.has(prev)) continue;
    const found = comparisonBefore(before);
    if (qualifiesEvery(text, found.start ?? c.betweenStart ?? c.start, language)) continue;
    // "från 20 % till 10 %" is at most 10 %; "från 3 till 5" at least 5, unless the text says otherwise
    const change: Comparison | undefined = c.from && found.start === undefined ? (c.value < c.from.value ? "atMost" : "atLeast") : undefined;
    const comparison: Comparison = c.max !== undefined ? "between" : (change ?? found.comparison);
    const comparisonStart = c.betweenStart ?? c.from?.start ?? found.start;
    if (c.word && ONE_WORDS.has(text.slice(c.start, c.end).toLowerCase()) && found.comparison === "exactly" && found.start === undefined) continue;

    const unit = unitAfter(text, c, language);
    if (unit === "unsure" && !c.word && c.max === undefined) ambiguous.push({ text: text.slice(c.start, c.end), index: c.start });
    if (typeof unit === "string") continue;
    // "högst 2 pressmeddelanden per månad": the target is a rate, kept with how often, and reported on that footing
    const rate = shortFrequencyAt(text, unit.token.end, language);
    const subject = subjectAfter(text, unit.rest, language);
    const end = subject?.end ?? rate?.end ?? unit.token.end;
    const target: Target = {
      value: c.value,
      percent: unit.percent,
      comparison,
      text: text.slice(comparisonStart ?? c.start, end).replace(/\s+/g, " ").trim(),
    };
    if (unit.percent) target.unit = "%";
    else if (!notUnit.has(unit.token.lower)) target.unit = unit.token.text;
    if (subject) target.subject = subject.text;
    if (rate) target.per = rate.text;
    if (c.max !== undefined) target.max = c.max;
    if (unit.percent) skipUntil = shareContext(text, end, target, Boolean(subject?.shareOf), language) ?? skipUntil;
    targets.push(target);
    lastTargetEnd = end;
  }
  return { targets, ambiguous };
}

/**
 * What a number counts: "%", "procent", or the noun after it, past "nya" and
 * adjectives ("8 kortare debattinlägg"), with the words after the unit.
 * "unsure" when nothing names a unit (a number the person may have meant as a
 * target), "skip" when the words say it is no target (a month, a time).
 */
function unitAfter(text: string, c: Candidate, language: Language): { token: Token; percent: boolean; rest: Token[] } | "unsure" | "skip" {
  const stop = STOPWORDS[language];
  const notUnit = NOT_UNIT_WORDS[language];
  const after = wordsAfter(text, c.end, 6);
  if (/^\s?%/.test(text.slice(c.end))) {
    const at = text.indexOf("%", c.end);
    return { token: { text: "%", lower: "%", start: at, end: at + 1 }, percent: true, rest: wordsAfter(text, at + 1, 6) };
  }
  if (after[0] && PERCENT_WORDS.has(after[0].lower)) return { token: after[0], percent: true, rest: after.slice(1) };
  if (!after[0]) return "unsure";
  if (MONTHS[after[0].lower] !== undefined || NON_UNITS.has(after[0].lower)) return "skip";
  let i = COUNT_WORDS.has(after[0].lower) ? 1 : 0;
  // "25 nye medlemmer": "nye" says which, the unit is the noun after it
  let unitless: Token | undefined;
  while (after[i] && notUnit.has(after[i]!.lower)) unitless = after[i++];
  // "5 health and safety reps": a set phrase before the unit is read as one word
  const ahead = after.slice(i).map((w) => w.lower).join(" ");
  const phrase = PACKS[language].reading.nounPhrases.find((p) => ahead.startsWith(`${p} `));
  if (phrase) i += phrase.split(" ").length;
  // skip adjectives: "8 kortare debattinlägg", "fem delregionala bemanningsgrupper";
  // English stacks nouns without endings to tell them apart: "15 new workplace reps"
  const skip = i;
  while (
    i - skip < 3 &&
    after[i] &&
    after[i + 1] &&
    !KNOWN_UNITS.has(after[i]!.lower) &&
    (PACKS[language].reading.stacksNouns ? /^[a-z]/.test(after[i + 1]!.text) : ADJECTIVE_ENDING.test(after[i]!.lower)) &&
    !stop.has(after[i + 1]!.lower) &&
    MONTHS[after[i + 1]!.lower] === undefined &&
    after[i + 1]!.lower.length >= 3
  ) {
    i++;
  }
  const u = after[i];
  // "värva 150 nya": an amount without a noun; the target has no unit
  if (unitless && (!u || stop.has(u.lower))) return { token: unitless, percent: false, rest: after.slice(i) };
  if (!u || stop.has(u.lower)) return "unsure";
  if (MONTHS[u.lower] !== undefined || NON_UNITS.has(u.lower)) return "skip";
  if (c.word && NUMBER_WORDS[language][u.lower] !== undefined) return "skip";
  return { token: u, percent: false, rest: after.slice(i + 1) };
}

/** A subject introduced by a preposition, up to the end of the clause: "99 deltagare i Om facket"; "av" makes a share of it. */
function subjectAfter(text: string, rest: Token[], language: Language): { text: string; shareOf: boolean; end: number } | undefined {
  const first = rest[0];
  if (!first || !SUBJECT_PREPOSITIONS[language].has(first.lower)) return undefined;
  const clause = text.slice(first.end);
  const stopAt = clause.search(/[.;:!?()\n]|,\s|\s[–—]\s/);
  const raw = (stopAt === -1 ? clause : clause.slice(0, stopAt)).trim();
  if (!raw || FREQUENCY.has(raw.toLowerCase())) return undefined;
  return { text: raw, shareOf: SHARE_OF[language].has(first.lower), end: first.end + clause.indexOf(raw) + raw.length };
}

/**
 * "(12 683 elever)" after a share is its base, and the share is also a count;
 * after a change ("öka med 10 % (280 personer)") it is the same target as a
 * count. Sets them on the target; returns where the parentheses end.
 */
function shareContext(text: string, end: number, target: Target, shareOf: boolean, language: Language): number | undefined {
  const p = PARENTHESES[language].exec(text.slice(end));
  const n = p ? parseNumberIn(p[1]!, PACKS[language].decimalComma) : undefined;
  if (!p || n === undefined) return undefined;
  const unit = p[2] && !STOPWORDS[language].has(p[2].toLowerCase()) ? p[2] : undefined;
  if (shareOf) {
    target.base = { value: n, ...(unit ? { unit } : {}) };
    target.count = { value: Math.round((target.value / 100) * n), ...(unit ? { unit } : {}), computed: true };
  } else target.count = { value: n, ...(unit ? { unit } : {}), computed: false };
  return end + p[0].length;
}
