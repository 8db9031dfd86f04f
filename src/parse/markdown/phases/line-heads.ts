import type { List, Paragraph, RootContent } from "mdast";
import { plainText } from "../mdast.js";
import { clean } from "../nodes.js";
import { AREA_LINE_MAX_WORDS, HEADING_LINE_MAX_WORDS, LEAD_IN_MAX_WORDS, LINE_HEADS_MIN } from "../vocabulary.js";

/**
 * A section line that is not a Markdown heading, found by its shape:
 * - a bare line directly followed by a list, no blank line between (what a Word paste gives):
 *   "Medlemsvärvning" / "- Värva …";
 * - a sentence followed by one or two lead-ins, then a list: "Styrelsen ska verka för att …" /
 *   "Så här gör vi:" / "- …". The lead-in is neither area nor activity.
 * Only when the plan has at least LINE_HEADS_MIN of them: one such line is a lead-in to a flat list.
 */
export interface LineHead {
  /** the block the section line is in */
  node: Paragraph;
  text: string;
  /** the lead-in lines after it in the same block (lead-ins in blocks of their own stay blocks) */
  leadIn?: string;
}

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
const lines = (p: Paragraph) => plainText(p).split("\n").map(clean).filter(Boolean);

/** A short line that introduces a list: "Så här gör vi:", "Det innebär att vi ska", "To do this we will:". */
export function isLeadIn(line: string): boolean {
  return words(line) <= LEAD_IN_MAX_WORDS && !/[.!?]$/.test(line);
}

/** A bare section line: short, starts with a capital or a digit, no closing punctuation (not even a colon). */
function isBareLine(line: string): boolean {
  return words(line) <= HEADING_LINE_MAX_WORDS && /^[\p{Lu}\d]/u.test(line) && !/[.!?,;:]$/.test(line);
}

/** A sentence area line: at most AREA_LINE_MAX_WORDS words, starting with a capital, not a lead-in itself. */
function isAreaLine(line: string): boolean {
  return words(line) <= AREA_LINE_MAX_WORDS && /^[\p{Lu}]/u.test(line) && !line.endsWith(":");
}

function headBefore(blocks: readonly RootContent[], j: number, start: number): LineHead | undefined {
  const list = blocks[j] as List;
  const p = blocks[j - 1];
  if (p?.type !== "paragraph" || j - 1 < start) return undefined;
  const own = lines(p);
  const touching = (p.position?.end.line ?? 0) + 1 === list.position?.start.line;
  // "Medlemsvärvning" directly above its items
  if (own.length === 1 && touching && isBareLine(own[0]!)) return { node: p, text: own[0]! };
  // "Styrelsen ska verka för att …" + "Så här gör vi:" in one block
  if (own.length >= 2 && own.length <= 3 && own.slice(1).every(isLeadIn) && isAreaLine(own[0]!)) {
    return { node: p, text: own[0]!, leadIn: own.slice(1).join("\n") };
  }
  // … or in blocks of their own: the sentence, then one or two lead-in blocks
  const run: Paragraph[] = [];
  for (let k = j - 1; k >= start && run.length < 3; k--) {
    const q = blocks[k];
    if (q?.type !== "paragraph" || lines(q).length !== 1) break;
    run.unshift(q);
  }
  if (run.length < 2) return undefined;
  const [area, ...leadIns] = run.map((q) => lines(q)[0]!);
  if (!isAreaLine(area!) || !leadIns.every(isLeadIn)) return undefined;
  // the lead-in blocks stay blocks of the section: they describe the area
  return { node: run[0]!, text: area! };
}

/** Every section line of the document, by the block it is in; none when there are fewer than LINE_HEADS_MIN. */
export function findLineHeads(blocks: readonly RootContent[], start: number): Map<RootContent, LineHead> {
  const found = new Map<RootContent, LineHead>();
  for (let j = start + 1; j < blocks.length; j++) {
    if (blocks[j]!.type !== "list") continue;
    const head = headBefore(blocks, j, start);
    if (head) found.set(head.node, head);
  }
  return found.size >= LINE_HEADS_MIN ? found : new Map();
}
