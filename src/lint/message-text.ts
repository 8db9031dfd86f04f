import { PACKS } from "../i18n/lang/index.js";
import { t } from "../i18n/t.js";
import type { Language } from "../model/plan.js";
import type { Finding } from "./types.js";

/** "2025-10-23" → "23 oktober 2025" in the plan's language. */
export function spokenDate(iso: string, lang: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = t(lang, "lint.months").split(",").map((x) => x.trim())[Number(m[2]) - 1];
  const day = Number(m[3]);
  return PACKS[lang].dayWithDot ? `${day}. ${month} ${m[1]}` : `${day} ${month} ${m[1]}`;
}

/** A finding in words: its evidence made readable (dates, weekdays), then the message. */
export function findingText(f: Finding, lang: Language): string {
  const data: Record<string, string | number> = { ...f.data };
  if (typeof data.date === "string") data.date = spokenDate(data.date, lang);
  if (f.ruleId === "date/weekday-mismatch") {
    const days = t(lang, "lint.weekdays").split(",").map((x) => x.trim());
    data.actual = days[Number(data.actual) - 1] ?? data.actual!;
    data.stated = days[Number(data.stated) - 1] ?? data.stated!;
  }
  return t(lang, f.messageId, data);
}
