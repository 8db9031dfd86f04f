import type { Rule } from "../types.js";

/** A list or table of activities above the first area heading, in a plan with areas: the reader leaves it out, and says so. */
export const planActivitiesBeforeAreas: Rule = {
  id: "plan/activities-before-areas",
  defaultLevel: "warning",
  // the YAML form has no text above its areas
  formats: ["markdown", "loose"],
  check: (ctx) =>
    ctx.parseDiagnostics
      .filter((d) => d.ruleId === "plan/activities-before-areas")
      .map((d) => ({ ruleId: "plan/activities-before-areas", messageId: "plan/activities-before-areas", data: d.data, source: d.source })),
};
