import { findDate } from "../extract/dates.js";
import { MONTHS } from "../extract/words.js";
import { addDays, dayNumber } from "./calendar-days.js";
import type { ActivityDate } from "./types.js";

const WEEK = /(?<![\p{L}])(?:v\.|v|vecka|veckan|veke|uke|uka|week)\s*(\d{1,2})(?!\d)/iu;

/** ISO week N of a year, Monday to Sunday: week 1 holds 4 January. */
function isoWeekRange(year: number, week: number): { date: string; end: string } | undefined {
  if (week < 1 || week > 53) return undefined;
  const jan4 = `${year}-01-04`;
  const weekday = ((((dayNumber(jan4) + 3) % 7) + 7) % 7) + 1; // 1970-01-01 was a Thursday
  const monday = addDays(jan4, 1 - weekday + (week - 1) * 7);
  if (!addDays(monday, 3).startsWith(String(year))) return undefined; // a week belongs to the year of its Thursday
  return { date: monday, end: addDays(monday, 6) };
}

const MONTH_ALONE = new RegExp(
  `^(?:(?:senast|innan|före|innen|by|before|i|in|under|during|frist:?|när:?)\\s+)*(${Object.keys(MONTHS)
    .filter((m) => !m.endsWith(".") && (m.length > 3 || ["maj", "mai", "may"].includes(m)))
    .sort((a, b) => b.length - a.length)
    .join("|")})(?:\\s+(\\d{4}))?\\.?$`,
  "iu",
);

function lastDay(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The date in a when/due field or an activity's text: a day ("8 mars",
 * "2025-03-08", "31.01.25"), a range ("17-20 maj"), or in a when/due field a
 * month alone ("juni", "frist: juni"), which runs to the month's last day.
 * Undefined when there is none, or when the date does not exist.
 */
export function readDate(text: string | undefined, year: number, from: ActivityDate["from"]): ActivityDate | undefined {
  if (!text?.trim()) return undefined;
  const found = findDate(text, year);
  if (found) {
    if (!found.valid) return undefined;
    // "den 12 mars och den 9 april": the activity runs until its last date
    let last = found;
    for (let rest = text.slice(found.index + found.length), offset = 0; ; ) {
      const next = findDate(rest, year);
      if (!next?.valid) break;
      last = next;
      offset = next.index + next.length;
      rest = rest.slice(offset);
    }
    const end = last.end ?? (last !== found ? last.date : found.end);
    return { date: found.date, ...(end && end !== found.date ? { end } : {}), from };
  }
  // "vecka 12", "uke 40": the whole week
  const w = WEEK.exec(text);
  const week = w ? isoWeekRange(year, Number(w[1])) : undefined;
  if (week) return { ...week, from };
  if (from === "text") return undefined; // a month word in running text is not a deadline
  const m = MONTH_ALONE.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS[m[1]!.toLowerCase()]!;
  const y = m[2] ? Number(m[2]) : year;
  return { date: `${y}-${String(month).padStart(2, "0")}-01`, end: lastDay(y, month), from };
}
