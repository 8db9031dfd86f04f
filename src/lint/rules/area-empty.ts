import type { Rule } from "../types.js";

export const areaEmpty: Rule = {
  id: "area/empty",
  defaultLevel: "warning",
  check: ({ plan }) =>
    plan.areas
      .filter((a) => a.activities.length === 0)
      .map((a) => ({ ruleId: "area/empty", messageId: "area/empty", data: { area: a.title }, source: a.source })),
};
