import type { Heading, RootContent } from "mdast";
import { findDate, titleWithoutDate } from "../../../extract/dates.js";
import type { Period, Plan } from "../../../model/plan.js";
import { isPeriodOnly, parsePeriod } from "../../period.js";
import { ADOPTED, DATE_HEADINGS, PLAN_WORDS, PROSE_HEADINGS, startsWithKeyword } from "../keywords.js";
import { plainText } from "../mdast.js";
import { clean } from "../nodes.js";
import type { FrontMatter } from "./front-matter.js";

export interface TitleBlock {
  title?: string;
  titleNode?: RootContent;
  organisation?: string;
  adopted?: Plan["adopted"];
  period?: Period;
  /** the year dates without one are read in: the period from the front matter or the title */
  yearForDates?: number;
  /** index of the first block after the title block */
  next: number;
}

/**
 * Phase 2: the title block — the first heading (or the front matter's title),
 * an organisation heading right under it and "adopted" lines, in any order.
 * The period comes from the front matter, the title or a heading that is only a year.
 */
export function readTitleBlock(blocks: readonly RootContent[], start: number, fm: FrontMatter): TitleBlock {
  let i = start;
  let title = fm.title;
  let titleNode: RootContent | undefined;
  let organisation = fm.organisation;
  let adopted: Plan["adopted"] = fm.adopted
    ? { by: fm.adopted.by, date: fm.adopted.date instanceof Date ? fm.adopted.date.toISOString().slice(0, 10) : fm.adopted.date }
    : undefined;
  const firstHeading = blocks.findIndex((b, k) => k >= i && b.type === "heading");
  if (firstHeading !== -1 && !title) {
    titleNode = blocks[firstHeading]!;
    title = clean(plainText(titleNode));
    i = firstHeading + 1;
  } else if (firstHeading !== -1 && title) {
    // front matter names the title; a first heading that says the same is the title line
    const h = clean(plainText(blocks[firstHeading]!));
    if (h.toLowerCase() === title.toLowerCase()) {
      titleNode = blocks[firstHeading]!;
      i = firstHeading + 1;
    }
  }
  let period = fm.period !== undefined ? parsePeriod(String(fm.period)) : title ? parsePeriod(title) : undefined;
  const yearForDates = period?.from;
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "heading" && titleNode && !organisation && isOrganisationHeading(blocks, i)) {
      organisation = clean(plainText(b));
      continue;
    }
    const found = b.type === "paragraph" ? adoptedLine(clean(plainText(b)), yearForDates) : undefined;
    if (found) {
      adopted = found;
      continue;
    }
    break;
  }
  if (!organisation && title) organisation = organisationInTitle(title);
  // no year in the title: a heading that is only a year ("## 2024") names it
  period ??= yearHeading(blocks);
  return { title, titleNode, organisation, adopted, period, yearForDates, next: i };
}

/** "Antagen vid årsmötet den 12 mars 2025" → who adopted the plan, and when. */
export function adoptedLine(line: string, year: number | undefined): Plan["adopted"] | undefined {
  const m = ADOPTED.exec(line);
  if (!m) return undefined;
  const found = findDate(m[2]!, year ?? new Date(0).getUTCFullYear());
  return {
    by: (found ? titleWithoutDate(m[2]!, found) : m[2]!).replace(/\s+den$/i, "").trim() || undefined,
    date: found?.date,
  };
}

/** "Verksamhetsplan 2025 för Klubben X" → "Klubben X". */
export function organisationInTitle(title: string): string | undefined {
  if (!new RegExp(PLAN_WORDS.source, "i").test(title)) return undefined;
  const rest = title.replace(PLAN_WORDS, " ").replace(/(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?/g, " ");
  const cleaned = rest.replace(/\s+/g, " ").replace(/^[\s,:–-]+|[\s,:–-]+$/g, "").replace(/^(för|for|of)\s+/i, "");
  return cleaned || undefined;
}

function yearHeading(blocks: readonly RootContent[]): Period | undefined {
  for (const b of blocks) {
    const h = b.type === "heading" ? clean(plainText(b)) : "";
    const p = isPeriodOnly(h) ? parsePeriod(h) : undefined;
    if (p) return p;
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
