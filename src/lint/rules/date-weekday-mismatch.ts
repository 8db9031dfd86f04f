import type { Finding, Rule } from "../types.js";
import { isoWeekday } from "../dates.js";
import { dateClaims } from "../text-sources.js";

/** "onsdag 23 oktober" when 23 October of the plan's year is not a Wednesday. */
export const dateWeekdayMismatch: Rule = {
  id: "date/weekday-mismatch",
  defaultLevel: "error",
  check: (ctx) =>
    dateClaims(ctx).flatMap(({ claims, source }) =>
      claims.weekdays
        .filter((w) => isoWeekday(w.iso) !== w.stated)
        .map((w): Finding => ({ ruleId: "date/weekday-mismatch", messageId: "date/weekday-mismatch", data: { date: w.iso, actual: isoWeekday(w.iso), stated: w.stated }, source })),
    ),
};
