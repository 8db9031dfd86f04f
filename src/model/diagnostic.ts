import { z } from "zod";
import { SourceRef } from "./plan.js";

export const Severity = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof Severity>;

/** Something a stage noticed about its input, with where it is. Wording comes from i18n. */
export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: Severity,
  messageId: z.string(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  source: SourceRef,
});
export type Diagnostic = z.infer<typeof Diagnostic>;
