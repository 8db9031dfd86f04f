import type { Finding, Rule } from "../types.js";

/** "10.6" followed by "10.8": is 10.7 missing? */
export const activityNumberingGap: Rule = {
  id: "activity/numbering-gap",
  defaultLevel: "warning",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const area of plan.areas) {
      let prev: { section: string; n: number; number: string } | undefined;
      for (const a of area.activities) {
        const m = a.number ? /^(.*)\.(\d+)$/.exec(a.number) : null;
        if (!m) continue;
        const cur = { section: m[1]!, n: Number(m[2]), number: a.number! };
        if (prev && prev.section === cur.section && cur.n > prev.n + 1) {
          const missing = cur.n === prev.n + 2 ? `${cur.section}.${prev.n + 1}` : `${cur.section}.${prev.n + 1}–${cur.section}.${cur.n - 1}`;
          out.push({ ruleId: "activity/numbering-gap", messageId: "activity/numbering-gap", data: { previous: prev.number, number: cur.number, missing }, source: a.source });
        }
        prev = cur;
      }
    }
    return out;
  },
};
