import type { Comparison, Target } from "../model/plan.js";
import { parseLocaleNumber } from "./numbers.js";

const SHORT = /^\s*(min\.?|minst|minimum|at least|≥|>=|max\.?|högst|høyst|maks|at most|≤|<=)?\s*(\d[\d\s\u00a0,.]*?)\s*(%|procent|prosent|percent)?(?:\s+(.*))?$/i;
const PREPOSITION = /^(\S+)\s+(?:i|på|inom|av|för|om|in|on|of|for|within|innen|til|till)\s+(.+)$/i;

/** "min 340 deltagare i Om facket" → a target; undefined when it is not one. */
export function parseShortTarget(text: string): Target | undefined {
  const m = SHORT.exec(text);
  if (!m) return undefined;
  const value = parseLocaleNumber(m[2]!.trim());
  if (value === undefined) return undefined;
  const word = (m[1] ?? "").toLowerCase();
  const comparison: Comparison = /^(min|minst|minimum|at least|≥|>=)/.test(word)
    ? "atLeast"
    : /^(max|högst|høyst|maks|at most|≤|<=)/.test(word)
      ? "atMost"
      : "exactly";
  const percent = Boolean(m[3]);
  const rest = (m[4] ?? "").trim();
  const target: Target = { value, percent, comparison, text: text.trim() };
  if (percent) target.unit = "%";
  const withSubject = PREPOSITION.exec(rest);
  if (!percent && withSubject) {
    target.unit = withSubject[1]!;
    target.subject = withSubject[2]!;
  } else if (!percent && rest) target.unit = rest;
  else if (percent && rest) target.subject = rest.replace(/^(av|of|på)\s+/i, "");
  return target;
}
