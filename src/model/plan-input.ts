import { z } from "zod";
import { NumberLike } from "./outcomes.js";
import { Comparison, IsoDate, Language } from "./plan.js";

/**
 * The explicit YAML form of a plan (SPEC §3.4): the model minus positions,
 * with short forms a person can type — an activity may be a bare string, a
 * target may be "min 340 deltagare" or {value: 340, unit: deltagare}.
 */
export const TargetInput = z.union([
  z.string(),
  z.strictObject({
    value: NumberLike,
    unit: z.string().optional(),
    percent: z.boolean().optional(),
    comparison: Comparison.optional(),
    subject: z.string().optional(),
    text: z.string().optional(),
    /** the high end of a range: {value: 40, max: 60} */
    max: NumberLike.optional(),
    /** what a share is of: {value: 25, unit: "%", base: {value: 12683, unit: elever}} */
    base: z.strictObject({ value: NumberLike, unit: z.string().optional() }).optional(),
    /** a share as a count, when the plan states it: {value: 10, unit: "%", count: {value: 280, unit: personer}} */
    count: z.strictObject({ value: NumberLike, unit: z.string().optional() }).optional(),
    /** how often within the year, for a rate: {value: 2, unit: besök, per: "per månad"} */
    per: z.string().optional(),
  }),
]);

export const ActivityInput = z.union([
  z.string(),
  z.strictObject({
    id: z.string().optional(),
    number: z.union([z.string(), z.number()]).transform(String).optional(),
    title: z.string(),
    description: z.string().optional(),
    group: z.string().optional(),
    owner: z.string().optional(),
    due: z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]).optional(),
    when: z.string().optional(),
    tags: z.array(z.string()).optional(),
    targets: z.array(TargetInput).optional(),
  }),
]);

export const GoalInput = z.union([
  z.string(),
  z.strictObject({ id: z.string().optional(), text: z.string(), targets: z.array(TargetInput).optional() }),
]);

export const AreaInput = z.strictObject({
  id: z.union([z.string(), z.number()]).transform(String).optional(),
  title: z.string(),
  description: z.string().optional(),
  goals: z.array(GoalInput).optional(),
  activities: z.array(ActivityInput).optional(),
});

export const PlanInput = z.strictObject({
  title: z.string(),
  organisation: z.string().optional(),
  period: z
    .union([
      z.number().int(),
      z.string().regex(/^\s*\d{4}\s*([-–]\s*\d{4}\s*)?$/, "2024 or 2024-2025"),
      z.strictObject({ from: z.number().int(), to: z.number().int() }),
    ])
    .optional(),
  language: Language.optional(),
  adopted: z.strictObject({ by: z.string().optional(), date: z.string().optional() }).optional(),
  priorities: z.array(z.string()).optional(),
  dates: z.array(z.strictObject({ date: IsoDate, end: IsoDate.optional(), title: z.string() })).optional(),
  sections: z.array(z.strictObject({ title: z.string(), markdown: z.string() })).optional(),
  areas: z.array(AreaInput),
});
export type PlanInput = z.input<typeof PlanInput>;
