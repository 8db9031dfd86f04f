import { byLanguage } from "../i18n/lang/index.js";
import { z } from "zod";
import { Language } from "./plan.js";

export const RuleLevel = z.enum(["off", "info", "warning", "error"]);

export const Scoring = z.strictObject({
  green: z.number().min(0).max(10).default(0.9),
  yellow: z.number().min(0).max(10).default(0.3),
  aggregate: z.enum(["min", "mean"]).default("min"),
});
export type Scoring = z.output<typeof Scoring>;

export const BoardMember = z.strictObject({
  name: z.string(),
  role: z.string().optional(),
  /** the member's own union or workplace, for a district board */
  organisation: z.string().optional(),
  /** a deputy is listed with the board but does not sign the report */
  deputy: z.boolean().optional(),
});
export type BoardMember = z.output<typeof BoardMember>;

export const StaffMember = z.strictObject({ name: z.string(), role: z.string().optional() });
export type StaffMember = z.output<typeof StaffMember>;

/** What `plan init` writes before the secretary names the organisation; never printed in a report. */
/** The organisation name `plan init` writes until the secretary gives one (`--name`): never printed as a name. */
export const PLACEHOLDER_ORGANISATIONS: Record<Language, string> = byLanguage((p) => p.exampleOrganisation);

export const isPlaceholderOrganisation = (name: string | undefined): boolean =>
  name !== undefined && Object.values(PLACEHOLDER_ORGANISATIONS).some((p) => p.toLowerCase() === name.trim().toLowerCase());

/**
 * The one rule for the organisation's name: the plan's own name (front matter,
 * title line) wins over the config, the config over nothing; a placeholder is no name.
 */
export function organisationName(fromPlan: string | undefined, fromConfig: string | undefined): string | undefined {
  for (const name of [fromPlan, fromConfig]) if (name?.trim() && !isPlaceholderOrganisation(name)) return name.trim();
  return undefined;
}

export const Config = z.strictObject({
  organisation: z.string().optional(),
  language: Language.optional(),
  scoring: Scoring.prefault({}),
  lint: z.strictObject({ rules: z.record(z.string(), RuleLevel).prefault({}) }).prefault({}),
  board: z.array(BoardMember).optional(),
  staff: z.array(StaffMember).optional(),
  report: z.strictObject({ intro: z.enum(["plan", "none"]).default("plan") }).prefault({}),
  branding: z
    .strictObject({ logo: z.string().optional(), accent: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() })
    .optional(),
});
export type Config = z.output<typeof Config>;

/**
 * What `Config.parse({})` gives, written out: a workspace without plan.config.yaml
 * needs no zod parse (the first one costs start-up time). A fresh object each
 * time, as parse makes; a test holds the two equal.
 */
export function defaultConfig(): Config {
  return { scoring: { green: 0.9, yellow: 0.3, aggregate: "min" }, lint: { rules: {} }, report: { intro: "plan" } };
}
