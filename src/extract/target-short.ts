import type { Comparison, Target } from "../model/plan.js";
import { parseLocaleNumber } from "../text/numbers.js";
import { phrasePattern } from "../text/pattern.js";
import { AT_LEAST, AT_MOST, PERCENT_WORDS, SUBJECT_PREPOSITIONS } from "./words.js";

/** Signs and the Latin abbreviations every language writes the same way. */
const SIGNS_AT_LEAST = ["min", "min.", "≥", ">="];
const SIGNS_AT_MOST = ["max", "max.", "≤", "<="];
const AT_LEAST_SHORT = new Set([...AT_LEAST, ...SIGNS_AT_LEAST]);
const AT_MOST_SHORT = new Set([...AT_MOST, ...SIGNS_AT_MOST]);

const SHORT = new RegExp(
  `^\\s*(${phrasePattern([...AT_LEAST_SHORT, ...AT_MOST_SHORT])})?\\s*(\\d[\\d\\s\\u00a0,.]*?)\\s*(${phrasePattern([...PERCENT_WORDS])})?(?:\\s+(.*))?$`,
  "i",
);
const PREPOSITIONS = [...new Set(Object.values(SUBJECT_PREPOSITIONS).flatMap((s) => [...s]))];
const PREPOSITION = new RegExp(`^(\\S+)\\s+(?:${phrasePattern(PREPOSITIONS)})\\s+(.+)$`, "i");

/** "min 340 deltagare i Om facket" → a target; undefined when it is not one. */
export function parseShortTarget(text: string): Target | undefined {
  const m = SHORT.exec(text);
  if (!m) return undefined;
  const value = parseLocaleNumber(m[2]!.trim());
  if (value === undefined) return undefined;
  const word = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
  const comparison: Comparison = AT_LEAST_SHORT.has(word) ? "atLeast" : AT_MOST_SHORT.has(word) ? "atMost" : "exactly";
  const percent = Boolean(m[3]);
  const rest = (m[4] ?? "").trim();
  const target: Target = { value, percent, comparison, text: text.trim() };
  if (percent) target.unit = "%";
  const withSubject = PREPOSITION.exec(rest);
  if (!percent && withSubject) {
    target.unit = withSubject[1]!;
    target.subject = withSubject[2]!;
  } else if (!percent && rest) target.unit = rest;
  else if (percent && rest) target.subject = rest.replace(new RegExp(`^(?:${phrasePattern(PREPOSITIONS)})\\s+`, "i"), "");
  return target;
}
