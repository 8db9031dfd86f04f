import type { Finding, Rule } from "../types.js";
import { isoWeek } from "../dates.js";
import { dateClaims } from "../text-sources.js";

/** "vecka 43" next to a date outside ISO week 43 of that year. */
export const dateWeekMismatch: Rule = {
  id: "date/week-mismatch",
  defaultLevel: "warning",
  check: (ctx) =>
    dateClaims(ctx).flatMap(({ claims, source }): Finding[] => {
      if (!claims.found.valid || claims.week === undefined) return [];
      const actual = isoWeek(claims.found.date);
      return actual === claims.week ? [] : [{ ruleId: "date/week-mismatch", messageId: "date/week-mismatch", data: { date: claims.found.date, actual, stated: claims.week }, source }];
    }),
};
