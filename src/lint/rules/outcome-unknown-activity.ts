import { reportableIds, unknownIds } from "../../parse/ids.js";
import type { Finding, Rule } from "../types.js";

/** An outcome for an id the plan does not have: a typo that would leave an activity unreported (the check `plan report` makes, parse/ids.ts). */
export const outcomeUnknownActivity: Rule = {
  id: "outcome/unknown-activity",
  defaultLevel: "error",
  check: ({ plan, outcomes }) => {
    if (!outcomes) return [];
    return unknownIds(Object.keys(outcomes.outcomes.activities ?? {}), reportableIds(plan)).map(
      ({ id, suggestion }): Finding => ({
        ruleId: "outcome/unknown-activity",
        messageId: suggestion ? "outcome/unknown-activity.suggest" : "outcome/unknown-activity",
        data: suggestion ? { id, suggestion } : { id },
        source: { file: outcomes.file, ...outcomes.doc.locate(["activities", id]) },
      }),
    );
  },
};
