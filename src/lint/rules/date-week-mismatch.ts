import type { Finding, Rule } from "../types.js";
import { isoWeek, readDateClaims } from "../dates.js";
import { dateLines, itemTexts } from "../text-sources.js";

/** "vecka 43" next to a date outside ISO week 43 of that year. */
export const dateWeekMismatch: Rule = {
  id: "date/week-mismatch",
  defaultLevel: "warning",
  check: (ctx) => {
    const year = ctx.plan.period?.from;
    if (!year) return [];
    const out: Finding[] = [];
    for (const { text, source } of [...dateLines(ctx), ...itemTexts(ctx)]) {
      const claims = readDateClaims(text, year);
      if (!claims?.found.valid || claims.week === undefined) continue;
      const actual = isoWeek(claims.found.date);
      if (actual !== claims.week) {
        out.push({ ruleId: "date/week-mismatch", messageId: "date/week-mismatch", data: { date: claims.found.date, actual, stated: claims.week }, source });
      }
    }
    return out;
  },
};
