import { adoptedLine } from "../markdown/phases/title-block.js";
import { findTables } from "./tables.js";
import { ACTIVITY_HEADINGS, DATE_HEADINGS, GOAL_HEADINGS, GOAL_LINE, ITEM_LETTERS, ITEM_MARKER, PROSE_HEADINGS, startsWithKeyword } from "../markdown/keywords.js";

/**
 * Text pasted from Word or a PDF has no Markdown markup. This turns it into
 * the clean Markdown that the Markdown reader understands — the same text
 * `plan convert plan.txt --to md` writes, so a person can check it — and
 * remembers, for every Markdown line, the line it came from.
 */
export interface LooseMarkdown {
  markdown: string;
  /** lineMap[k] is the 1-based source line of Markdown line k + 1 */
  lineMap: number[];
}

const BULLET = /^(?:[•◦▪●·∙‣⁃–—*-]|o(?=\s))\s*(.*)$/u;
const ACTIVITY_NUMBER = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+\S/;
const LETTER_ITEM = new RegExp(`^[${ITEM_LETTERS}]\\)\\s+(.*)$`, "i");
const SECTION_NUMBER = /^(\d{1,3})[.)]\s+(\S.*)$/;
const MARKER = ITEM_MARKER;
const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 14;

/** "*- påbörja ett arbete*" → "påbörja ett arbete" */
function cleanMarked(text: string): string {
  return text
    .replace(/^[\s*_]*[-–•]\s*/, "")
    .replace(/^[*_]+|[*_]+$/g, "")
    .replace(/^[-–]\s*/, "")
    .trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toLocaleUpperCase("sv") && letters !== letters.toLocaleLowerCase("sv");
}

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_HEADING_CHARS || line.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.!?,;:]$/.test(line)) return false;
  if (!/^[\p{Lu}\d"”“«]/u.test(line)) return false; // not "³ Återfinns i bilaga 1" (a footnote)
  if (/^\d+([\s.,/-]\d+)*$/.test(line)) return false; // "20190927", "2018 – 41 %" are not headings
  if (/^\d{4}\s*[–-]\s*\d/.test(line)) return false;
  return true;
}

/** Markdown would read these as markup; in pasted text they are just characters. */
function escapeLineStart(line: string): string {
  return line.replace(/^([#>+=|])/, "\\$1").replace(/^(\d+)([.)])(\s)/, "$1\\$2$3");
}

/** The text's lines and what is true of the whole text, read once before any line is written. */
interface Shape {
  raw: string[];
  /** the lines trimmed, HTML comment lines blank */
  trimmed: string[];
  comment: boolean[];
  /** With "Insats:"-style markers, the markers are the activities; other bullets are prose. */
  marked: boolean;
  /** With numbered sections ("1. Facklig-politisk verksamhet"), the numbers are the structure: other short lines are headings only when they name a prose section. */
  numberedSections: boolean;
}

/** The Markdown being written, each line with the source line it came from. */
class Writer {
  readonly out: string[] = [];
  readonly lineMap: number[] = [];
  titleDone = false;

  emit(md: string, source: number): void {
    this.out.push(md);
    this.lineMap.push(source + 1);
  }

  blankBefore(): void {
    if (this.out.length && this.out[this.out.length - 1] !== "") this.emit("", this.lineMap[this.lineMap.length - 1]! - 1);
  }
}

/** Where a line stands: the lines around it. */
interface Around {
  prevBlank: boolean;
  nextBlank: boolean;
  /** the next non-empty line's index, or -1 */
  next: number;
}

function around(trimmed: string[], i: number): Around {
  let next = -1;
  for (let k = i + 1; k < trimmed.length; k++) {
    if (trimmed[k]) {
      next = k;
      break;
    }
  }
  return { prevBlank: i === 0 || !trimmed[i - 1], nextBlank: i + 1 >= trimmed.length || !trimmed[i + 1], next };
}

/** Lines whose first characters say what they are: markers, numbered sections and items, bullets. True when written. */
function writeMarkedLine(l: string, i: number, s: Shape, at: Around, w: Writer): boolean {
  const { trimmed, marked } = s;
  const marker = MARKER.exec(l);
  if (marker) {
    const body = cleanMarked(marker[2]!);
    if (body) {
      w.blankBefore();
      w.emit(`- ${capitalise(body)}`, i);
      w.emit("", i);
    }
    return true;
  }
  const section = SECTION_NUMBER.exec(l);
  if (section && !ACTIVITY_NUMBER.test(l) && looksLikeHeadingText(section[2]!)) {
    const nextLine = at.next === -1 ? "" : trimmed[at.next]!;
    const prevLine = i > 0 ? trimmed[i - 1]! : "";
    const inRun = (at.nextBlank ? false : SECTION_NUMBER.test(nextLine)) || (!at.prevBlank && SECTION_NUMBER.test(prevLine));
    if (!inRun) {
      w.blankBefore();
      w.emit(`## ${section[1]}. ${section[2]}`, i);
      w.emit("", i);
      w.titleDone = true;
      return true;
    }
  }
  if (section && !marked && !ACTIVITY_NUMBER.test(l)) {
    // "1. Värva …" in a run of numbered lines: an ordered list, its numbers never targets
    w.emit(`${section[1]}. ${section[2]}`, i);
    return true;
  }
  if (ACTIVITY_NUMBER.test(l)) {
    w.emit(marked ? escapeLineStart(l) : `- ${l}`, i);
    return true;
  }
  const bullet = BULLET.exec(l) ?? LETTER_ITEM.exec(l);
  if (bullet && bullet[1]) {
    w.emit(marked ? `• ${bullet[1]}` : `- ${bullet[1]}`, i);
    return true;
  }
  return false;
}

/** Lines that are headings by where they stand or what they say: between lists, the title, keyword and stand-alone headings. True when written. */
function writeHeadingLine(l: string, i: number, s: Shape, at: Around, w: Writer, opensTable: boolean): boolean {
  const { trimmed } = s;
  if (!at.prevBlank && i + 1 < trimmed.length && isListLine(trimmed[i - 1]!) && isListLine(trimmed[i + 1]!) && looksLikeHeading(l)) {
    // "Arbetsmiljö" between two lists (a Word paste): a section line, not the end of the item above
    w.blankBefore();
    w.emit(escapeLineStart(l), i);
    return true;
  }
  if (!w.titleDone && at.prevBlank && looksLikeHeading(l)) {
    w.emit(`# ${l}`, i);
    w.emit("", i);
    w.titleDone = true;
    return true;
  }
  const standsAlone = at.prevBlank && at.nextBlank && at.next !== -1;
  // "Del 1 – Organisering" right above its goal line ("Målsetting: …") or its table of activities
  const opens = at.prevBlank && !at.nextBlank && looksLikeHeading(l) && (opensTable || GOAL_LINE.test(trimmed[i + 1]!));
  const bare = l.replace(/:$/, "");
  const keyword = startsWithKeyword(bare, GOAL_HEADINGS) || startsWithKeyword(bare, ACTIVITY_HEADINGS);
  const prose = startsWithKeyword(bare, PROSE_HEADINGS) || startsWithKeyword(bare, DATE_HEADINGS);
  const heading = s.numberedSections
    ? prose && l.length <= MAX_HEADING_CHARS
    : isAllCaps(l) || opens || (standsAlone && (looksLikeHeading(l) || (prose && l.length <= MAX_HEADING_CHARS))) || (keyword && l.length <= 60);
  // "Vedtatt på årsmøtet 12. februar 2026" belongs to the title block, not a heading of its own
  if (at.prevBlank && at.next !== -1 && heading && !adoptedLine(l, undefined)) {
    w.blankBefore();
    w.emit(`${keyword && startsWithKeyword(l.replace(/:$/, ""), GOAL_HEADINGS) ? "###" : "##"} ${l.replace(/:$/, "")}`, i);
    w.emit("", i);
    w.titleDone = true;
    return true;
  }
  return false;
}

function readShape(text: string): Shape {
  const lines = text.split("\n").map((l) => l.replace(/\s+$/, "").replace(/\t/g, " "));
  const raw = lines.map((l) => l.trim());
  // HTML comment lines are kept as written and count as blank lines for the shape of the rest
  const comment = commentLines(raw);
  const trimmed = raw.map((l, i) => (comment[i] ? "" : l));
  const marked = trimmed.some((l) => MARKER.test(l));
  const numberedSections = trimmed.filter((l, i) => SECTION_NUMBER.test(l) && !ACTIVITY_NUMBER.test(l) && (!trimmed[i + 1] || !SECTION_NUMBER.test(trimmed[i + 1]!))).length >= 2;
  return { raw, trimmed, comment, marked, numberedSections };
}

export function looseToMarkdown(text: string): LooseMarkdown {
  const s = readShape(text);
  const { raw, trimmed, comment } = s;
  // tables first, from the lines as pasted: Word's tab-separated rows, or Markdown's own
  const tables = findTables(text.split("\n"));
  const w = new Writer();
  for (let i = 0; i < trimmed.length; i++) {
    const l = trimmed[i]!;
    const table = tables.get(i);
    if (table && !comment[i]) {
      w.blankBefore();
      table.markdown.forEach((md, k) => w.emit(md, table.sources[k]!));
      w.emit("", table.end - 1);
      i = table.end - 1;
      continue;
    }
    if (comment[i]) {
      // an HTML comment is kept as written, and invisible to the reader
      if (!comment[i - 1]) w.blankBefore();
      w.emit(raw[i]!, i);
      if (!comment[i + 1]) w.emit("", i);
      continue;
    }
    if (!l) {
      w.emit("", i);
      continue;
    }
    const at = around(trimmed, i);
    if (writeMarkedLine(l, i, s, at, w) || writeHeadingLine(l, i, s, at, w, tables.has(i + 1))) continue;
    w.emit(escapeLineStart(l), i);
  }
  return { markdown: w.out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n", lineMap: collapse(w.out, w.lineMap) };
}

/** Which lines are inside an HTML comment (`<!-- … -->`, on one line or several). */
function commentLines(lines: string[]): boolean[] {
  const out: boolean[] = [];
  let open = false;
  for (const l of lines) {
    const starts = !open && l.startsWith("<!--");
    out.push(open || starts);
    if (starts) open = !l.slice(4).includes("-->");
    else if (open && l.includes("-->")) open = false;
  }
  return out;
}

function isListLine(line: string): boolean {
  return (BULLET.test(line) && Boolean(BULLET.exec(line)![1])) || LETTER_ITEM.test(line);
}

function looksLikeHeadingText(text: string): boolean {
  return text.length <= MAX_HEADING_CHARS && !/[.!?;]$/.test(text);
}

/** Keeps lineMap in step with the blank-line collapsing done on the Markdown. */
function collapse(lines: string[], map: number[]): number[] {
  const kept: number[] = [];
  let blanks = 0;
  let started = false;
  for (let k = 0; k < lines.length; k++) {
    const blank = lines[k] === "";
    if (!started && blank) continue;
    started = true;
    blanks = blank ? blanks + 1 : 0;
    if (blanks >= 2) continue;
    kept.push(map[k]!);
  }
  return kept;
}
