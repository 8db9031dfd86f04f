import type { Rule } from "../types.js";

/** A plan that reads as empty is never called clean: say so, and say how to see what was understood. */
export const planNoActivities: Rule = {
  id: "plan/no-activities",
  defaultLevel: "error",
  check: ({ plan }) =>
    plan.areas.some((a) => a.activities.length) ? [] : [{ ruleId: "plan/no-activities", messageId: "plan/no-activities", data: {}, source: plan.source }],
};
