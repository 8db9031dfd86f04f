import { z } from "zod";
import { ALL_PACKS } from "../i18n/lang/index.js";
import { parseLocaleNumber } from "../text/numbers.js";
import { phrasePattern } from "../text/pattern.js";
import { statusFromWord } from "./status-words.js";

/** "12,5 %", "12.5%", "40 procent" → the number before the percent sign or word (every pack's percent words). */
const PERCENT_AT_END = new RegExp(`\\s*(${phrasePattern(ALL_PACKS.flatMap((p) => p.reading.percent))})\\s*$`, "i");
const withoutPercent = (v: string) => v.replace(PERCENT_AT_END, "");

/** No association reaches more than this of anything; a bigger figure is a typo (or 1e308). */
export const MAX_FIGURE = 1e12;

/**
 * "1.000" and "1,000" are a thousand to some and one to others (Swedish and
 * Norwegian write a decimal comma and sometimes a thousands point): refused,
 * not guessed. "0,250", "12,5" and "1 000" are unambiguous.
 */
export function isAmbiguousThousands(text: string): boolean {
  return /^[+-]?[1-9]\d{0,2}(?:[.,]\d{3})+$/.test(text.trim());
}

const figureIssue = (messageId: string, value: string, hint: string) => ({
  code: "custom" as const,
  message: `${messageId}: ${value}`,
  params: { messageId, value, hint },
});

/** A number, or a string a person wrote as a number ("12 683", "12,5"). */
export const NumberLike = z.union([z.number(), z.string()]).transform((v, ctx) => {
  if (typeof v === "number") {
    if (Math.abs(v) > MAX_FIGURE) {
      ctx.addIssue(figureIssue("outcomes.tooLarge", String(v), "hint.numberForm"));
      return z.NEVER;
    }
    return v;
  }
  if (isAmbiguousThousands(v)) {
    ctx.addIssue(figureIssue("outcomes.ambiguousNumber", v, "hint.ambiguousNumber"));
    return z.NEVER;
  }
  const n = parseLocaleNumber(withoutPercent(v));
  if (n === undefined) {
    ctx.addIssue({ code: "custom", message: `not a number: "${v}"`, params: { notANumber: v } });
    return z.NEVER;
  }
  if (Math.abs(n) > MAX_FIGURE) {
    ctx.addIssue(figureIssue("outcomes.tooLarge", v, "hint.numberForm"));
    return z.NEVER;
  }
  return n;
});

/** One number, several in the targets' order, or one per unit; a unit left empty in the template is null. */
export const Figures = z.union([NumberLike, z.array(NumberLike), z.record(z.string(), NumberLike.nullable())]);
export type Figures = z.output<typeof Figures>;

export const Status = z.enum(["done", "partial", "not-done", "cancelled", "postponed"]);
export type Status = z.infer<typeof Status>;

/** A status as written: the key, or the word the report prints in sv, nb or en ("genomförd", "utsatt"). */
export const StatusInput = z.union([
  Status,
  z.string().transform((v, ctx) => {
    const s = statusFromWord(v);
    if (s) return s;
    ctx.addIssue({ code: "invalid_value", values: [...Status.options], input: v });
    return z.NEVER;
  }),
]);

export const Light = z.enum(["green", "yellow", "red"]);
export type Light = z.infer<typeof Light>;

export const Outcome = z.strictObject({
  status: StatusInput.nullish(),
  actual: Figures.nullish(),
  planned: Figures.nullish(),
  light: Light.nullish(),
  comment: z.string().nullish(),
});
export type Outcome = z.output<typeof Outcome>;

export const Unplanned = z.union([
  z.string().transform((title) => ({ title })),
  z.strictObject({ title: z.string(), description: z.string().nullish() }),
]);

export const Appendix = z.strictObject({ title: z.string(), markdown: z.string() });

export const Outcomes = z.strictObject({
  year: z.union([z.number().int(), z.string().regex(/^\d{4}$/).transform(Number)]),
  summary: z.string().nullish(),
  activities: z.record(z.string(), Outcome.nullable()).nullish(),
  areas: z.record(z.string(), z.strictObject({ comment: z.string().nullish() }).nullable()).nullish(),
  unplanned: z.array(Unplanned).nullish(),
  appendices: z.array(Appendix).nullish(),
});
export type Outcomes = z.output<typeof Outcomes>;
