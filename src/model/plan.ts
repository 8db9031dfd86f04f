import { z } from "zod";
import { LANGUAGES } from "../i18n/lang/index.js";

/** Where something came from, 1-based. */
export const SourceRef = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** One per language pack (src/i18n/lang/). */
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Comparison = z.enum(["atLeast", "exactly", "atMost", "between"]);
export type Comparison = z.infer<typeof Comparison>;

export const Target = z.object({
  value: z.number(),
  unit: z.string().optional(),
  percent: z.boolean(),
  comparison: Comparison,
  subject: z.string().optional(),
  /** The exact phrase the target was read from, so a person can check it. */
  text: z.string(),
  /** The high end of a range ("40–60 deltagare", "mellan 40 och 60"); `value` is the low end, and scoring uses it. */
  max: z.number().optional(),
  /** What a share is of, when the plan gives its size: "25 procent av eleverna (12 683 elever)". */
  base: z.object({ value: z.number(), unit: z.string().optional() }).optional(),
  /** A share as a count: round(25 % × 12 683) = 3 171 elever, or as the plan wrote it ("10 % (280 personer)"). */
  count: z.object({ value: z.number(), unit: z.string().optional(), computed: z.boolean() }).optional(),
  /** How often within the year, as written ("per månad", "a month"): the target is a rate, and so is its actual. */
  per: z.string().optional(),
});
export type Target = z.infer<typeof Target>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

export const DateEvent = z.object({
  date: IsoDate,
  end: IsoDate.optional(),
  title: z.string(),
  source: SourceRef,
});
export type DateEvent = z.infer<typeof DateEvent>;

export const Goal = z.object({
  id: z.string(),
  text: z.string(),
  targets: z.array(Target),
  source: SourceRef,
});
export type Goal = z.infer<typeof Goal>;

export const Activity = z.object({
  id: z.string(),
  number: z.string().optional(),
  title: z.string(),
  description: z.string().optional(),
  group: z.string().optional(),
  targets: z.array(Target),
  owner: z.string().optional(),
  due: z.string().optional(),
  /** When, as the plan says it ("Hele året", "Vår 2026", "v. 12"): a table's when column. */
  when: z.string().optional(),
  tags: z.array(z.string()),
  source: SourceRef,
});
export type Activity = z.infer<typeof Activity>;

export const Area = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  goals: z.array(Goal),
  activities: z.array(Activity),
  source: SourceRef,
});
export type Area = z.infer<typeof Area>;

export const Period = z.object({ from: z.number().int(), to: z.number().int() });
export type Period = z.infer<typeof Period>;

/** Where the reader found the title or the period, in order of trust (`plan show` says it). */
export const Origin = z.object({
  kind: z.enum(["frontMatter", "titleLine", "periodPhrase", "heading", "leadIn"]),
  source: SourceRef,
});
export type Origin = z.infer<typeof Origin>;

export const Plan = z.object({
  title: z.string(),
  organisation: z.string().optional(),
  period: Period.optional(),
  language: Language,
  adopted: z.object({ by: z.string().optional(), date: z.string().optional() }).optional(),
  priorities: z.array(z.string()),
  dates: z.array(DateEvent),
  sections: z.array(z.object({ title: z.string(), markdown: z.string() })),
  areas: z.array(Area),
  source: SourceRef,
  origin: z.object({ title: Origin.optional(), period: Origin.optional() }).optional(),
});
export type Plan = z.infer<typeof Plan>;
