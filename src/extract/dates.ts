import { MONTHS, WEEKDAYS } from "./words.js";

export interface FoundDate {
  /** YYYY-MM-DD */
  date: string;
  end?: string;
  /** where the date phrase starts and ends in the text */
  index: number;
  length: number;
  /** false for a date that does not exist ("31 juni") */
  valid: boolean;
  /** the weekday the text names ("onsdag 23 oktober"), ISO: Monday = 1 */
  weekday?: number;
}

const WEEKDAY_BEFORE = new RegExp(
  `(?:^|[\\s,(])(${Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join("|")})\\.?,?\\s+(?:den\\s+|the\\s+)?$`,
  "i",
);

const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(".", "\\."))
  .join("|");
const DASH = "\\s*[-–—]\\s*";

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

export function dateExists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const PATTERNS: Array<{ re: RegExp; read: (m: RegExpExecArray, year: number) => [number, number, number, number?, number?, number?] }> = [
  // 2024-05-17 – 2024-05-20
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\s*[-–—]\s*(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => [+m[1]!, +m[2]!, +m[3]!, +m[5]!, +m[6]!, +m[4]!],
  },
  // 2024-03-08
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 31.01.24, 31.01.2024
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d.])/g,
    read: (m) => [m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!, +m[2]!, +m[1]!],
  },
  // 30 september – 2 oktober (2024)
  {
    re: new RegExp(`(?<![\\d/.,])(\\d{1,2})\\.?\\s+(${MONTH_NAMES})${DASH}(\\d{1,2})\\.?\\s+(${MONTH_NAMES})(?![\\p{L}])(?:\\s+(\\d{4}))?`, "giu"),
    read: (m, year) => [m[5] ? +m[5] : year, MONTHS[m[2]!.toLowerCase()]!, +m[1]!, MONTHS[m[4]!.toLowerCase()]!, +m[3]!],
  },
  // 17-20 maj, 27 – 28 maj (2024)
  {
    re: new RegExp(`(?<![\\d/])(\\d{1,2})${DASH}(\\d{1,2})\\.?\\s+(${MONTH_NAMES})(?![\\p{L}])(?:\\s+(\\d{4}))?`, "giu"),
    read: (m, year) => [m[4] ? +m[4] : year, MONTHS[m[3]!.toLowerCase()]!, +m[1]!, MONTHS[m[3]!.toLowerCase()]!, +m[2]!],
  },
  // 8 mars, 8. mars 2024
  {
    re: new RegExp(`(?<![\\d/.,])(\\d{1,2})\\.?\\s+(${MONTH_NAMES})(?![\\p{L}])(?:\\s+(\\d{4}))?`, "giu"),
    read: (m, year) => [m[3] ? +m[3] : year, MONTHS[m[2]!.toLowerCase()]!, +m[1]!],
  },
  // March 8, 2024
  {
    re: new RegExp(`(?<![\\p{L}])(${MONTH_NAMES})\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?`, "giu"),
    read: (m, year) => [m[3] ? +m[3] : year, MONTHS[m[1]!.toLowerCase()]!, +m[2]!],
  },
];

/** The first date written in a line of text, in the plan's year unless the text names one. */
export function findDate(text: string, year: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    if (best && best.index <= m.index) continue;
    const [y, mo, d, endMonth, endDay, endYear = y] = read(m, year);
    const valid = dateExists(y, mo, d) && (endDay === undefined || dateExists(endYear, endMonth!, endDay));
    const found: FoundDate = { date: iso(y, mo, d), index: m.index, length: m[0].length, valid };
    if (endDay !== undefined) found.end = iso(endYear, endMonth!, endDay);
    // "onsdag 23 oktober": the weekday belongs to the date
    const wd = WEEKDAY_BEFORE.exec(text.slice(0, m.index));
    if (wd) {
      const start = m.index - wd[0].length + (wd[0].length - wd[0].trimStart().length) + (/^[,(]/.test(wd[0]) ? 1 : 0);
      found.weekday = WEEKDAYS[wd[1]!.toLowerCase()];
      found.length += found.index - start;
      found.index = start;
    }
    best = found;
  }
  return best;
}

/** The title of a dated line: the line without its date. */
export function titleWithoutDate(text: string, found: FoundDate): string {
  const rest = (text.slice(0, found.index) + " " + text.slice(found.index + found.length))
    .replace(/\s+/g, " ")
    .replace(/\s+([,.)])/g, "$1")
    .replace(/\b(den|the)\s*$/i, "")
    .replace(/^[\s,:–-]+|[\s,:–-]+$/g, "");
  return rest || text.trim();
}
