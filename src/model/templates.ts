import { z } from "zod";

/**
 * Report wording: every key a template must have. Templates are data; they never run code.
 * `noOutcome` is no longer printed (a not-reported activity stands under the light's own
 * words); it stays a key so that a workspace's older override still loads.
 */
export const TEMPLATE_KEYS = [
  "fileName", "title", "period", "basedOn", "basedOnAdopted", "adoptedBy", "adoptedOn", "summaryHeading",
  "indicatorsHeading", "legendIntro", "thresholds", "lightGreen", "lightYellow", "lightRed", "lightNotScored",
  "lightNotReported", "tableArea", "tableTotal", "tableShareGreen", "goalsHeading", "plannedActivities",
  "comment", "result", "resultOf", "resultPlanned", "setByHand", "statusDone", "statusPartial", "statusNotDone",
  "statusCancelled", "statusPostponed", "noOutcome", "notReportedHeading", "notReportedIntro", "notScoredHeading",
  "notScoredIntro", "unplannedHeading", "signatureHeading", "signaturePlace", "allReported", "months", "date", "figuresTarget", "figuresPlanned", "figuresActual", "figuresShare", "pageOf", "tableGreen", "tableYellow", "tableRed", "tableNotScored", "tableNotReported", "noActivities", "owner", "when",
  "atMost", "shareOf", "tableScored", "shareRule", "boardHeading", "staffHeading", "deputy", "contentsHeading", "continued", "chartHeading", "chartCaption",
  "changeCaption", "changeText",
] as const;

export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const Templates = z.strictObject(
  Object.fromEntries(TEMPLATE_KEYS.map((k) => [k, z.string()])) as Record<TemplateKey, z.ZodString>,
);
export type Templates = z.infer<typeof Templates>;

/** A workspace override: any subset of the keys. */
export const TemplateOverride = Templates.partial();
