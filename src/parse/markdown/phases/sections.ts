import type { Heading, RootContent } from "mdast";
import { splitAttributes, type Attributes } from "../attributes.js";
import { plainText } from "../mdast.js";
import { clean, firstLine } from "../nodes.js";
import { findLineHeads } from "./line-heads.js";

/**
 * A line that opens a section: a Markdown heading, an ordered-list item "N. Title" followed by "N.1 …",
 * or a section line found by its shape (see line-heads.ts).
 */
export type Head =
  | { kind: "heading"; node: Heading; text: string; depth: number; attributes?: Attributes }
  | { kind: "item"; node: RootContent; text: string; number: string }
  | { kind: "line"; node: RootContent; text: string; leadIn?: string };

/** A head and the blocks under it up to the next head; the first section (before any head) has none. */
export interface Section {
  head?: Head;
  blocks: RootContent[];
  /** the next section's head node: where this section's text ends (undefined: the end of the document) */
  end?: RootContent;
}

/** Phase 3: the blocks after the title block, cut into sections at their heads. */
export function splitIntoSections(blocks: readonly RootContent[], start: number): Section[] {
  const sections: Section[] = [{ blocks: [] }];
  const lineHeads = findLineHeads(blocks, start);
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    const line = lineHeads.get(b);
    const head: Head | undefined = line ? { kind: "line", node: b, text: line.text.replace(/\.$/, ""), leadIn: line.leadIn } : headOf(b, blocks[i + 1]);
    if (!head) {
      sections[sections.length - 1]!.blocks.push(b);
      continue;
    }
    sections[sections.length - 1]!.end = b;
    sections.push({ head, blocks: [] });
  }
  return sections;
}

function headOf(b: RootContent, next: RootContent | undefined): Head | undefined {
  const item = sectionItem(b, next);
  if (item) return { kind: "item", node: b, text: item.title, number: item.number };
  if (b.type !== "heading") return undefined;
  const split = splitAttributes(clean(plainText(b)));
  return { kind: "heading", node: b, text: split.text, depth: b.depth, attributes: split.attributes };
}

/** An ordered-list item that is a section title: one short item "N. Title", followed by items numbered "N.1 …". */
export function sectionItem(b: RootContent, next: RootContent | undefined): { number: string; title: string } | undefined {
  if (b.type !== "list" || !b.ordered || b.children.length !== 1 || !next) return undefined;
  const item = b.children[0]!;
  if (item.children.length !== 1 || item.children[0]!.type !== "paragraph") return undefined;
  const title = clean(plainText(item));
  if (!title || title.length > 100 || /[.!?;]$/.test(title)) return undefined;
  const number = String(b.start ?? 1);
  const following = next.type === "list" ? firstLine(next.children[0]!) : next.type === "paragraph" ? plainText(next) : "";
  return new RegExp(`^${number}\\.\\d+\\b`).test(clean(following)) ? { number, title: title.replace(/:$/, "") } : undefined;
}
