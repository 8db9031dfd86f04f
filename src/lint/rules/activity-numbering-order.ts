import type { Finding, Rule } from "../types.js";
import { numberedActivities } from "../text-sources.js";

/** Numbers that go backwards, or an activity numbered for another section ("7.5" under section 8). */
export const activityNumberingOrder: Rule = {
  id: "activity/numbering-order",
  defaultLevel: "warning",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const area of plan.areas) {
      const numbered = numberedActivities(area);
      numbered.forEach((cur, k) => {
        const prev = numbered[k - 1];
        const source = cur.activity.source;
        if (/^\d+$/.test(area.id) && cur.section.split(".")[0] !== area.id) {
          out.push({ ruleId: "activity/numbering-order", messageId: "activity/numbering-order.section", data: { number: cur.number, section: area.id }, source });
        } else if (prev && prev.section === cur.section && cur.n <= prev.n) {
          out.push({ ruleId: "activity/numbering-order", messageId: "activity/numbering-order", data: { previous: prev.number, number: cur.number }, source });
        }
      });
    }
    return out;
  },
};
