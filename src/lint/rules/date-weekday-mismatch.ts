import type { Finding, Rule } from "../types.js";
import { isoWeekday, readDateClaims } from "../dates.js";
import { dateLines, itemTexts } from "../text-sources.js";

/** "onsdag 23 oktober" when 23 October of the plan's year is not a Wednesday. */
export const dateWeekdayMismatch: Rule = {
  id: "date/weekday-mismatch",
  defaultLevel: "error",
  check: (ctx) => {
    const year = ctx.plan.period?.from;
    if (!year) return [];
    const out: Finding[] = [];
    for (const { text, source } of [...dateLines(ctx), ...itemTexts(ctx)]) {
      const claims = readDateClaims(text, year);
      for (const w of claims?.weekdays ?? []) {
        const actual = isoWeekday(w.iso);
        if (actual !== w.stated) {
          out.push({ ruleId: "date/weekday-mismatch", messageId: "date/weekday-mismatch", data: { date: w.iso, actual, stated: w.stated }, source });
        }
      }
    }
    return out;
  },
};
