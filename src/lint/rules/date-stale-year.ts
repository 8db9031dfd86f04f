import type { Finding, Rule } from "../types.js";

const SINCE = /(sedan|sen|since|från|fra|efter|etter|after|jämfört med|sammenlignet med|compared with|than|än|enn)\s*$/i;

/** An activity that names a year before the plan's period: copied from last year's plan? */
export const dateStaleYear: Rule = {
  id: "date/stale-year",
  defaultLevel: "warning",
  check: ({ plan }) => {
    if (!plan.period) return [];
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      for (const m of a.title.matchAll(/(?<![\p{L}\d.,/-])((?:19|20)\d{2})(?:\s*[-–]\s*((?:19|20)\d{2}))?(?![\d\p{L}])/gu)) {
        const year = Number(m[1]);
        const until = m[2] ? Number(m[2]) : year;
        if (until >= plan.period.from || SINCE.test(a.title.slice(0, m.index))) continue;
        out.push({ ruleId: "date/stale-year", messageId: "date/stale-year", data: { year, from: plan.period.from }, source: a.source });
      }
    }
    return out;
  },
};
