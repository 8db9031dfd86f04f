import { findDate, type FoundDate } from "../extract/dates.js";
import { WEEK_WORDS, WEEKDAYS } from "../extract/words.js";
import { phrasePattern } from "../text/pattern.js";

const FULL_WEEKDAYS = Object.entries(WEEKDAYS).filter(([name]) => name.length >= 5);
const WEEKDAY_RE = new RegExp(`(?<![\\p{L}])(${FULL_WEEKDAYS.map(([n]) => n).join("|")})(?![\\p{L}])`, "giu");
const WEEKDAY_RANGE = new RegExp(`(?<![\\p{L}])(${FULL_WEEKDAYS.map(([n]) => n).join("|")})\\s*[-–]\\s*(${FULL_WEEKDAYS.map(([n]) => n).join("|")})(?![\\p{L}])`, "iu");
const WEEK = new RegExp(`(?<![\\p{L}])(?:${phrasePattern(WEEK_WORDS)})\\s*(\\d{1,2})(?!\\d)`, "iu");

export function isoWeekday(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

export function isoWeek(iso: string): number {
  const date = new Date(`${iso}T00:00:00Z`);
  const day = isoWeekday(iso);
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return Math.ceil(((date.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** What a line says about its date: the date, the weekday(s) and the week it names. */
export function readDateClaims(
  text: string,
  year: number,
  found = findDate(text, year),
): { found: FoundDate; weekdays: Array<{ iso: string; stated: number }>; week?: number } | undefined {
  if (!found || !found.valid) return found ? { found, weekdays: [] } : undefined;
  const weekdays: Array<{ iso: string; stated: number }> = [];
  const range = WEEKDAY_RANGE.exec(text);
  if (range && found.end) {
    weekdays.push({ iso: found.date, stated: WEEKDAYS[range[1]!.toLowerCase()]! });
    weekdays.push({ iso: found.end, stated: WEEKDAYS[range[2]!.toLowerCase()]! });
  } else if (found.weekday !== undefined) {
    weekdays.push({ iso: found.date, stated: found.weekday });
  } else if (!found.end) {
    const names = [...text.matchAll(WEEKDAY_RE)].map((m) => m[1]!.toLowerCase());
    if (names.length === 1) weekdays.push({ iso: found.date, stated: WEEKDAYS[names[0]!]! });
  }
  const week = WEEK.exec(text);
  return { found, weekdays, ...(week ? { week: Number(week[1]) } : {}) };
}
