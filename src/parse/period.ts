import type { Period } from "../model/plan.js";

const PERIOD = /(?<!\d)((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?!\d)/;

/** The first year or year span in a text: "2024", "2025–2027", "2024 - 2025". One reader for every place a period is read. */
export function parsePeriod(text: string): Period | undefined {
  const m = PERIOD.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : undefined;
}

/** true when the text is only a year or a year span ("## 2024", "2025–2026"). */
export function isPeriodOnly(text: string): boolean {
  return /^\d{4}(\s*[-–]\s*\d{4})?$/.test(text.trim());
}
