import { z } from "zod";
import type { PlanError } from "../errors.js";
import { SourceRef } from "./plan.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** A safe, mechanical fix: replace this text on this line (at this 1-based column, when given). */
export const Fix = z.object({ line: z.number().int(), from: z.string(), to: z.string(), column: z.number().int().optional() });
export type Fix = z.infer<typeof Fix>;

/**
 * Something a stage noticed about its input, with where it is: the one
 * positioned message of the pipeline. The readers (parse/), scoring, the
 * outcomes check as lint sees it and every lint rule report this shape;
 * wording comes from i18n, colour and layout from cli/ and format/.
 */
export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: Severity,
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  source: SourceRef,
  /** lint only: what `plan lint --fix` may change */
  fix: Fix.optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** A diagnostic before its level is set: what a lint rule returns (the engine applies the configured level). */
export type Finding = Omit<Diagnostic, "severity">;

/**
 * A positioned error that stopped a stage (an `InputError` from the outcomes
 * check, say) as a diagnostic, for a tool that goes on and reports it: the
 * position falls back to the file's first line. `data` replaces the error's own.
 */
export function diagnosticOf(e: PlanError, ruleId: string, severity: Severity, file: string, data: Diagnostic["data"] = e.data): Diagnostic {
  return { ruleId, severity, messageId: e.messageId, data, source: { file, line: e.where?.line ?? 1, column: e.where?.column ?? 1 } };
}
