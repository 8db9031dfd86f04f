import type { Finding, Rule } from "../types.js";
import { numberedActivities } from "../text-sources.js";

/** "10.6" followed by "10.8": is 10.7 missing? */
export const activityNumberingGap: Rule = {
  id: "activity/numbering-gap",
  defaultLevel: "warning",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const area of plan.areas) {
      const numbered = numberedActivities(area);
      numbered.forEach((cur, k) => {
        const prev = numbered[k - 1];
        if (!prev || prev.section !== cur.section || cur.n <= prev.n + 1) return;
        const missing = cur.n === prev.n + 2 ? `${cur.section}.${prev.n + 1}` : `${cur.section}.${prev.n + 1}–${cur.section}.${cur.n - 1}`;
        out.push({ ruleId: "activity/numbering-gap", messageId: "activity/numbering-gap", data: { previous: prev.number, number: cur.number, missing }, source: cur.activity.source });
      });
    }
    return out;
  },
};
