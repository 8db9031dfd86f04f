import type { Finding, Rule } from "../types.js";

/** Numbers that go backwards, or an activity numbered for another section ("7.5" under section 8). */
export const activityNumberingOrder: Rule = {
  id: "activity/numbering-order",
  defaultLevel: "warning",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const area of plan.areas) {
      let prev: { section: string; n: number; number: string } | undefined;
      for (const a of area.activities) {
        const m = a.number ? /^(.*)\.(\d+)$/.exec(a.number) : null;
        if (!m) continue;
        const cur = { section: m[1]!, n: Number(m[2]), number: a.number! };
        if (/^\d+$/.test(area.id) && cur.section.split(".")[0] !== area.id) {
          out.push({ ruleId: "activity/numbering-order", messageId: "activity/numbering-order.section", data: { number: cur.number, section: area.id }, source: a.source });
        } else if (prev && prev.section === cur.section && cur.n <= prev.n) {
          out.push({ ruleId: "activity/numbering-order", messageId: "activity/numbering-order", data: { previous: prev.number, number: cur.number }, source: a.source });
        }
        prev = cur;
      }
    }
    return out;
  },
};
