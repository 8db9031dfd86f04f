import { createHash } from "node:crypto";
import type { DateEvent } from "../model/plan.js";

/** RFC 5545 TEXT: backslash, semicolon, comma escaped; every line break (CRLF, LF or a lone CR) is \n; other control characters go. */
export const escapeIcsText = (s: string) =>
  s
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, "");
const escape = escapeIcsText;
const compact = (iso: string) => iso.replace(/-/g, "");
const nextDay = (iso: string) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** RFC 5545 line folding: at most 75 octets a line, continued with a space. */
function fold(line: string): string {
  const out: string[] = [];
  let current = "";
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(current);
      current = "";
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join("\r\n ");
}

/**
 * The plan's important dates as an iCalendar file: all-day events (DTEND is
 * the day after the last day), UIDs stable across runs (a hash of date and
 * title), DTSTAMP fixed by the caller. Pure.
 */
export function renderIcs(events: DateEvent[], opts: { name: string; language: string; stamp: Date; version: string }): string {
  const stamp = opts.stamp.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//plan//plan ${opts.version}//${opts.language.toUpperCase()}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escape(opts.name)}`,
  ];
  for (const e of events) {
    const uid = createHash("sha1").update(`${e.date}|${e.end ?? ""}|${e.title}`).digest("hex").slice(0, 20);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${uid}@plan`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(e.date)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(e.end ?? e.date))}`,
      `SUMMARY:${escape(e.title)}`,
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(fold).join("\r\n") + "\r\n";
}

/** The dates as text: one line each, ranges with an en dash. */
export function renderCalendarText(events: DateEvent[]): string {
  return events.map((e) => `${e.date}${e.end ? `–${e.end.slice(5)}` : "      "}  ${e.title}`).join("\n") + (events.length ? "\n" : "");
}
