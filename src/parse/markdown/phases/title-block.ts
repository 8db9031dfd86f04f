import type { Heading, RootContent } from "mdast";
import { findDate, titleWithoutDate } from "../../../extract/dates.js";
import type { Period, Plan } from "../../../model/plan.js";
import { isPeriodOnly, parsePeriod } from "../../period.js";
import { ACTIVITY_HEADINGS, ADOPTED, CONTENTS_HEADINGS, DATE_HEADINGS, GOAL_HEADINGS, PLAN_WORDS, PROSE_HEADINGS, startsWithKeyword } from "../keywords.js";
import { plainText } from "../mdast.js";
import { clean, sourceOf } from "../nodes.js";
import { LEAD_IN_MAX_WORDS, PERIOD_WORDS } from "../vocabulary.js";
import type { FrontMatter } from "./front-matter.js";

export interface TitleBlock {
  title?: string;
  titleNode?: RootContent;
  organisation?: string;
  adopted?: Plan["adopted"];
  period?: Period;
  /** the year dates without one are read in: the period from the front matter or the title */
  yearForDates?: number;
  /** where the title and the period were found */
  origin: NonNullable<Plan["origin"]>;
  /** index of the first block after the title block */
  next: number;
}

/**
 * Phase 2: the title block — the first heading (or the front matter's title),
 * an organisation heading right under it and "adopted" lines, in any order.
 * The period comes from the front matter, the title or a heading that is only a year.
 */
export function readTitleBlock(blocks: readonly RootContent[], start: number, fm: FrontMatter, file = ""): TitleBlock {
  const src = (node: RootContent | undefined) => sourceOf(file, node);
  let i = start;
  let title = fm.title;
  let titleNode: RootContent | undefined;
  /** where the title line is (the organisation line may stand right under it) */
  let titleAt = -2;
  let organisation = fm.organisation;
  let adopted: Plan["adopted"] = fm.adopted
    ? { by: fm.adopted.by, date: fm.adopted.date instanceof Date ? fm.adopted.date.toISOString().slice(0, 10) : fm.adopted.date }
    : undefined;
  const origin: NonNullable<Plan["origin"]> = {};
  if (title) origin.title = { kind: "frontMatter", source: src(blocks[0]) };
  const firstHeading = blocks.findIndex((b, k) => k >= i && b.type === "heading");
  if (firstHeading !== -1 && !title) {
    const caps = capsTitleBelow(blocks, firstHeading);
    if (caps !== undefined && !organisation) organisation = clean(plainText(blocks[firstHeading]!));
    const k = caps ?? firstHeading;
    titleNode = blocks[k]!;
    titleAt = k;
    title = clean(plainText(titleNode));
    origin.title = { kind: "titleLine", source: src(titleNode) };
    i = k + 1;
  } else if (firstHeading !== -1 && title) {
    // front matter names the title; a first heading that says the same is the title line
    const h = clean(plainText(blocks[firstHeading]!));
    if (h.toLowerCase() === title.toLowerCase()) {
      titleNode = blocks[firstHeading]!;
      titleAt = firstHeading;
      i = firstHeading + 1;
    }
  }
  let period: Period | undefined;
  if (fm.period !== undefined) {
    period = parsePeriod(String(fm.period));
    if (period) origin.period = { kind: "frontMatter", source: src(blocks[0]) };
  } else if (title && (period = parsePeriod(title))) {
    origin.period = { kind: fm.title ? "frontMatter" : "titleLine", source: src(titleNode ?? blocks[0]) };
  }
  const yearForDates = period?.from;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "heading" && titleNode && !organisation && isOrganisationHeading(blocks, i)) {
      organisation = clean(plainText(b));
      continue;
    }
    // "**Klubben Norr** · antagen vid årsmötet …": the organisation and the adoption on one line under the title
    const line = i === titleAt + 1 && !organisation ? organisationLine(b, yearForDates) : undefined;
    if (line) {
      organisation = line.organisation;
      adopted = line.adopted ?? adopted;
      continue;
    }
    // "Antagen vid årsmötet …" as a paragraph, or as a heading (a pasted line standing alone)
    const found = b.type === "paragraph" || b.type === "heading" ? adoptedLine(clean(plainText(b)), yearForDates) : undefined;
    if (found) {
      adopted = found;
      continue;
    }
    break;
  }
  if (!organisation && title) organisation = organisationInTitle(title);
  if (!period) {
    // then, in order of trust: a period phrase, a heading that is only a year, a lead-in naming the year
    const found = periodPhrase(blocks, start) ?? yearHeading(blocks) ?? leadInYear(blocks, start);
    if (found) {
      period = found.period;
      origin.period = { kind: found.kind, source: src(found.node) };
    }
  }
  return { title, titleNode, organisation, adopted, period, yearForDates, origin, next: i };
}

/**
 * "Klubben Verkstan" followed by "VERKSAMHETSPLAN 2026": when the first
 * heading has no year, an ALL-CAPS heading with a year right under it (only
 * headings between) is the title line. Returns its index.
 */
function capsTitleBelow(blocks: readonly RootContent[], first: number): number | undefined {
  const firstText = clean(plainText(blocks[first]!));
  if (parsePeriod(firstText) || startsWithKeyword(firstText, PROSE_HEADINGS)) return undefined;
  for (let k = first + 1; k < Math.min(blocks.length, first + 4); k++) {
    const b = blocks[k]!;
    if (b.type !== "heading") return undefined;
    const t = clean(plainText(b));
    if (isAllCaps(t) && parsePeriod(t)) return k;
  }
  return undefined;
}

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, "");
  return letters.length >= 3 && letters === letters.toLocaleUpperCase("sv") && letters !== letters.toLocaleLowerCase("sv");
}

type FoundPeriod = { period: Period; kind: "periodPhrase" | "heading" | "leadIn"; node: RootContent };

/** The text of a line with its dates taken out: "antagen 3 april 2025" names no plan year. */
function withoutDates(line: string): string {
  if (ADOPTED.test(line)) return "";
  let rest = line;
  for (let n = 0; n < 5; n++) {
    const found = findDate(rest, 2000);
    if (!found) break;
    rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  }
  return rest;
}

/** "Planen gäller för åren 2025–2027", "2024–2025": a span, or a period word before a year, in the text before the first list. */
function periodPhrase(blocks: readonly RootContent[], start: number): FoundPeriod | undefined {
  const words = Object.values(PERIOD_WORDS).flat();
  for (let k = start; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type === "list" || b.type === "table") break;
    if (b.type !== "paragraph" && b.type !== "heading") continue;
    for (const line of plainText(b).split("\n")) {
      const t = withoutDates(clean(line));
      const p = parsePeriod(t);
      if (!p) continue;
      const lower = t.toLowerCase();
      const worded = words.some((w) => new RegExp(`(^|[^\\p{L}])${w}\\s+(år(et|en)?\\s+)?(19|20)\\d{2}`, "u").test(lower));
      if (p.to > p.from || worded) return { period: p, kind: "periodPhrase", node: b };
    }
  }
  return undefined;
}

/** "Under 2026 prioriterar vi:": a short line ending in a colon that names one year. */
function leadInYear(blocks: readonly RootContent[], start: number): FoundPeriod | undefined {
  for (let k = start; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "paragraph") continue;
    for (const line of plainText(b).split("\n")) {
      const t = withoutDates(clean(line));
      if (!t.endsWith(":") || t.split(" ").length > LEAD_IN_MAX_WORDS + 2) continue;
      const p = parsePeriod(t);
      if (p) return { period: p, kind: "leadIn", node: b };
    }
  }
  return undefined;
}

/** "Antagen vid årsmötet den 12 mars 2025" → who adopted the plan, and when. */
export function adoptedLine(line: string, year: number | undefined): Plan["adopted"] | undefined {
  const m = ADOPTED.exec(line);
  if (!m) return undefined;
  const found = findDate(m[2]!, year ?? new Date(0).getUTCFullYear());
  return {
    // "på årsmötet den …", "at the AGM on …": the word before the date goes with it
    by: (found ? titleWithoutDate(m[2]!, found) : m[2]!).replace(/[\s.,;:]+$/, "").replace(/(^|\s+)(den|on)$/i, "").trim() || undefined,
    date: found?.date,
  };
}

/**
 * A name, not a sentence: a few words without figures or a full stop, the first capitalised and at
 * least half of the longer ones ("Facken i Älvbygden", "Kommunal sektion Borås"; not "Året präglas
 * av avtalsrörelsen"), and no heading word ("Inledning").
 */
const NAME_LIKE = /^\p{Lu}[\p{L}\p{M}.&'’\- ]*$/u;
function isNameLike(s: string): boolean {
  const words = s.split(/\s+/);
  const longer = words.filter((w) => w.length > 2);
  const capitalised = longer.filter((w) => /^\p{Lu}/u.test(w)).length;
  return (
    NAME_LIKE.test(s) &&
    !s.endsWith(".") &&
    words.length <= 8 &&
    capitalised * 2 >= longer.length &&
    ![PROSE_HEADINGS, DATE_HEADINGS, GOAL_HEADINGS, ACTIVITY_HEADINGS, CONTENTS_HEADINGS].some((k) => startsWithKeyword(s, k))
  );
}

/**
 * The line right under the title that names the organisation: all in bold
 * ("**Klubben Norr**"), or a name and an adoption line side by side
 * ("Klubben Norr · antagen vid årsmötet 3 mars 2026", also with "|", "–" or
 * "—" between them) or on two lines of one paragraph.
 */
function organisationLine(b: RootContent, year: number | undefined): { organisation: string; adopted?: Plan["adopted"] } | undefined {
  if (b.type !== "paragraph" && b.type !== "heading") return undefined;
  const text = clean(plainText(b));
  const bold = b.type === "paragraph" && b.children.length === 1 && b.children[0]!.type === "strong";
  if (bold && isNameLike(text)) return { organisation: text };
  // side by side, or one under the other (text pasted from Word: "Klubben Norr" / "Antagen vid …")
  const lines = plainText(b).split("\n").map(clean).filter(Boolean);
  const parts = lines.length === 2 ? lines : text.split(/\s+[·|•—–]\s+/);
  if (parts.length !== 2) return undefined;
  for (const [name, rest] of [parts, [...parts].reverse()] as Array<[string, string]>) {
    const adopted = adoptedLine(rest, year);
    if (adopted && isNameLike(name)) return { organisation: name, adopted };
  }
  return undefined;
}

/** "Verksamhetsplan 2025 för Klubben X" → "Klubben X". */
export function organisationInTitle(title: string): string | undefined {
  if (!new RegExp(PLAN_WORDS.source, "iu").test(title)) return undefined;
  const rest = title.replace(PLAN_WORDS, " ").replace(/(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?/g, " ");
  const cleaned = rest.replace(/\s+/g, " ").replace(/^[\s,:–-]+|[\s,:–-]+$/g, "").replace(/^(för|for|of)\s+/i, "");
  return cleaned || undefined;
}

/** A heading that is only a year ("## 2024"). */
function yearHeading(blocks: readonly RootContent[]): FoundPeriod | undefined {
  for (const b of blocks) {
    const h = b.type === "heading" ? clean(plainText(b)) : "";
    const p = isPeriodOnly(h) ? parsePeriod(h) : undefined;
    if (p) return { period: p, kind: "heading", node: b };
  }
  return undefined;
}

function isOrganisationHeading(blocks: readonly RootContent[], k: number): boolean {
  const h = blocks[k] as Heading;
  const t = clean(plainText(h));
  if (startsWithKeyword(t, PROSE_HEADINGS) || startsWithKeyword(t, DATE_HEADINGS) || /\d/.test(t.replace(/\d{4}/g, ""))) return false;
  // an organisation heading has no content of its own: the next block is another heading or an "adopted" line
  const next = blocks[k + 1];
  return !next || next.type === "heading" || (next.type === "paragraph" && ADOPTED.test(clean(plainText(next))));
}
