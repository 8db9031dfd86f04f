import { z } from "zod";
import { Language } from "./plan.js";

export const RuleLevel = z.enum(["off", "info", "warning", "error"]);

export const Scoring = z.strictObject({
  green: z.number().min(0).max(10).default(0.9),
  yellow: z.number().min(0).max(10).default(0.3),
  aggregate: z.enum(["min", "mean"]).default("min"),
});
export type Scoring = z.output<typeof Scoring>;

export const BoardMember = z.strictObject({ name: z.string(), role: z.string().optional() });

export const Config = z.strictObject({
  organisation: z.string().optional(),
  language: Language.optional(),
  scoring: Scoring.prefault({}),
  lint: z.strictObject({ rules: z.record(z.string(), RuleLevel).prefault({}) }).prefault({}),
  board: z.array(BoardMember).optional(),
  branding: z
    .strictObject({ logo: z.string().optional(), accent: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() })
    .optional(),
});
export type Config = z.output<typeof Config>;
