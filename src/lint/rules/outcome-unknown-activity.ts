import { suggest } from "../../util/suggest.js";
import type { Finding, Rule } from "../types.js";

/** An outcome for an id the plan does not have: a typo that would leave an activity unreported. */
export const outcomeUnknownActivity: Rule = {
  id: "outcome/unknown-activity",
  defaultLevel: "error",
  check: ({ plan, outcomes }) => {
    if (!outcomes) return [];
    const ids = plan.areas.flatMap((a) => [...a.activities.map((x) => x.id), ...a.goals.filter((g) => g.targets.length).map((g) => g.id)]);
    const known = new Set(ids);
    const out: Finding[] = [];
    for (const id of Object.keys(outcomes.outcomes.activities ?? {})) {
      if (known.has(id)) continue;
      const near = suggest(id, ids);
      out.push({
        ruleId: "outcome/unknown-activity",
        messageId: near ? "outcome/unknown-activity.suggest" : "outcome/unknown-activity",
        data: near ? { id, suggestion: near } : { id },
        source: { file: outcomes.file, ...outcomes.doc.locate(["activities", id]) },
      });
    }
    return out;
  },
};
