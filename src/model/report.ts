import { z } from "zod";
import { Comparison, Language, Period } from "./plan.js";
import { Status } from "./outcomes.js";

export const ReportLight = z.enum(["green", "yellow", "red", "not-scored", "not-reported"]);
export type ReportLight = z.infer<typeof ReportLight>;

export const Rule = z.enum(["override", "targets", "status", "not-scored", "not-reported"]);
export type Rule = z.infer<typeof Rule>;

export const Counts = z.object({
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  notScored: z.number().int(),
  notReported: z.number().int(),
  /** green / (green + yellow + red): a share of the scored items only; 0 when nothing was scored. */
  shareGreen: z.number(),
});
export type Counts = z.infer<typeof Counts>;

export const ScoredTarget = z.object({
  value: z.number(),
  unit: z.string().optional(),
  percent: z.boolean(),
  comparison: Comparison,
  text: z.string(),
  actual: z.number().optional(),
  planned: z.number().optional(),
  ratio: z.number().optional(),
  /** The target's own figures, kept exactly: the high end of a range, the base of a share, the share as a count. */
  max: z.number().optional(),
  base: z.object({ value: z.number(), unit: z.string().optional() }).optional(),
  count: z.object({ value: z.number(), unit: z.string().optional(), computed: z.boolean() }).optional(),
  /** How often within the year ("per månad"): a rate, reported on the same footing. */
  per: z.string().optional(),
  /** How the actual was reported for a share with a count: as that count, or as a percentage. */
  reportedAs: z.enum(["count", "percent"]).optional(),
});
export type ScoredTarget = z.infer<typeof ScoredTarget>;

export const ScoredActivity = z.object({
  id: z.string(),
  number: z.string().optional(),
  title: z.string(),
  group: z.string().optional(),
  /** who and when, as the plan said (a table's owner and when columns) */
  owner: z.string().optional(),
  when: z.string().optional(),
  light: ReportLight,
  ratio: z.number().optional(),
  rule: Rule,
  status: Status.optional(),
  targets: z.array(ScoredTarget),
  /** Figures reported for an activity whose text has no target. */
  actual: z.array(z.number()).optional(),
  planned: z.array(z.number()).optional(),
  comment: z.string().optional(),
  previous: z.object({ year: z.number().int(), actual: z.array(z.number()) }).optional(),
});
export type ScoredActivity = z.infer<typeof ScoredActivity>;

export const ScoredArea = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  /** The area's goals; one with a target and an outcome is scored like an activity (rule is "not-reported" otherwise). */
  goals: z.array(ScoredActivity),
  comment: z.string().optional(),
  totals: Counts,
  activities: z.array(ScoredActivity),
  /** The same area's counts the year before, when that year's plan and outcomes are in the workspace. */
  previous: z.object({ year: z.number().int(), totals: Counts }).optional(),
});
export type ScoredArea = z.infer<typeof ScoredArea>;

/** The version of the JSON report; a reader refuses reports of a newer version than it knows. */
export const REPORT_VERSION = 1;

export const Report = z.object({
  version: z.number().int().positive(),
  year: z.number().int(),
  plan: z.object({
    title: z.string(),
    organisation: z.string().optional(),
    period: Period,
    adopted: z.object({ by: z.string().optional(), date: z.string().optional() }).optional(),
  }),
  language: Language,
  thresholds: z.object({ green: z.number(), yellow: z.number(), aggregate: z.enum(["min", "mean"]) }),
  summary: z.string().optional(),
  totals: Counts,
  areas: z.array(ScoredArea),
  unplanned: z.array(z.object({ title: z.string(), description: z.string().optional() })),
  appendices: z.array(z.object({ title: z.string(), markdown: z.string() })),
  board: z.array(z.object({ name: z.string(), role: z.string().optional(), organisation: z.string().optional(), deputy: z.boolean().optional() })),
  /** The plan's introduction (Inledning, Innledning), as the plan wrote it; empty when config says `report.intro: none`. */
  intro: z.array(z.object({ title: z.string(), markdown: z.string() })).default([]),
  staff: z.array(z.object({ name: z.string(), role: z.string().optional() })).default([]),
  /** The year before, as a whole: set with the areas' `previous` (see score/compare-years.ts). */
  previous: z.object({ year: z.number().int(), totals: Counts }).optional(),
});
export type Report = z.infer<typeof Report>;

/** A goal with a target that was reported on is an item of its own: scored, shown with its light and counted like an activity. */
export const isCountedGoal = (g: ScoredActivity): boolean => g.targets.length > 0 && g.rule !== "not-reported";

/** The items an area's counts are made of: its counted goals, then its activities. */
export const countedItems = (area: Pick<ScoredArea, "goals" | "activities">): ScoredActivity[] => [...area.goals.filter(isCountedGoal), ...area.activities];
