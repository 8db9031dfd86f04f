import { findDate } from "../extract/dates.js";
import { MONTHS } from "../extract/words.js";
import type { ActivityDate } from "./types.js";

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
  if (from === "text") return undefined; // a month word in running text is not a deadline
  const m = MONTH_ALONE.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS[m[1]!.toLowerCase()]!;
  const y = m[2] ? Number(m[2]) : year;
  return { date: `${y}-${String(month).padStart(2, "0")}-01`, end: lastDay(y, month), from };
}
