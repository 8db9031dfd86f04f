import type { Rule } from "../types.js";

export const planMissingTitle: Rule = {
  id: "plan/missing-title",
  defaultLevel: "error",
  check: ({ plan }) => (plan.title.trim() ? [] : [{ ruleId: "plan/missing-title", messageId: "plan/missing-title", data: {}, source: plan.source }]),
};
