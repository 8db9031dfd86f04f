import type { Finding, Rule } from "../types.js";

/** An important date outside the years the plan covers. */
export const dateOutsidePeriod: Rule = {
  id: "date/outside-period",
  defaultLevel: "warning",
  check: ({ plan }) => {
    if (!plan.period) return [];
    const { from, to } = plan.period;
    const out: Finding[] = [];
    for (const d of plan.dates) {
      const y = Number(d.date.slice(0, 4));
      if (y < from || y > to) {
        const period = from === to ? String(from) : `${from}–${to}`;
        out.push({ ruleId: "date/outside-period", messageId: "date/outside-period", data: { date: d.date, period }, source: d.source });
      }
    }
    return out;
  },
};
