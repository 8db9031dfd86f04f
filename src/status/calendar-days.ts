/** Day arithmetic on ISO dates, in UTC so a time zone never moves a deadline. */

const DAY = 86_400_000;

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY;
}

/** b − a in days */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(iso: string, days: number): string {
  return isoDay(new Date((dayNumber(iso) + days) * DAY));
}

/** The share of `year` passed on `asOf`, the day itself counted: 1 January is 1/365, 31 December is 1. */
export function yearShare(year: number, asOf: string): number {
  const first = `${year}-01-01`;
  const length = daysBetween(first, `${year + 1}-01-01`);
  const passed = daysBetween(first, asOf) + 1;
  return Math.min(1, Math.max(0, passed / length));
}
