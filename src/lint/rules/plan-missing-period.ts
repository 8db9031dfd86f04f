import type { Rule } from "../types.js";

export const planMissingPeriod: Rule = {
  id: "plan/missing-period",
  defaultLevel: "error",
  check: ({ plan }) => (plan.period ? [] : [{ ruleId: "plan/missing-period", messageId: "plan/missing-period", data: { title: plan.title }, source: plan.source }]),
};
