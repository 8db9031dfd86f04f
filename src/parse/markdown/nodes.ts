import type { List, ListItem, Nodes, RootContent } from "mdast";
import type { SourceRef } from "../../model/plan.js";
import { ALL_PACKS } from "../../i18n/lang/index.js";
import { plainText } from "./mdast.js";

/** Every language's small words ("och", "og", "and"): after a line-end hyphen they mean a compound ("kultur- och fritid"). */
const SMALL_WORDS = new Set(ALL_PACKS.flatMap((p) => p.reading.stopwords));

/**
 * A word broken at the end of a line, as text from a PDF or a narrow Word
 * column has it: "medlem-" / "mar" is "medlemmar". Not before a small word:
 * "kultur- och fritidsnämnden" keeps its hyphen.
 */
export function joinBrokenWords(t: string): string {
  return t.replace(/(\p{Ll})-\n[ \t]*(\p{Ll}[\p{L}]*)/gu, (whole, last: string, next: string) => (SMALL_WORDS.has(next.toLowerCase()) ? whole : `${last}${next}`));
}

/** Whitespace runs to one space, trimmed; a word broken at a line end is joined again. */
export function clean(t: string): string {
  return joinBrokenWords(t).replace(/\s+/g, " ").trim();
}

/** Every item of a list and its nested lists, in reading order. */
export function flattenItems(list: List): ListItem[] {
  return list.children.flatMap((item) => [
    item,
    ...item.children.filter((c): c is List => c.type === "list").flatMap(flattenItems),
  ]);
}

/** The text of a list item without its nested lists. */
export function itemText(item: ListItem): string {
  return item.children
    .filter((c) => c.type !== "list")
    .map((c) => plainText(c))
    .join(" ");
}

/** The text of a list item's first paragraph. */
export function firstLine(item: ListItem): string {
  const p = item.children.find((c) => c.type === "paragraph");
  return p ? plainText(p) : "";
}

type Positioned = { position?: { start: { line: number; column: number } } } | undefined;

/** Where a node starts, as a SourceRef in `file`. */
export function sourceOf(file: string, node: Positioned): SourceRef {
  return { file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 };
}

/** The exact text from one node up to (not including) another, or to the end. */
export function sliceText(text: string, from: RootContent, to?: RootContent): string {
  return text.slice(from.position?.start.offset ?? 0, to?.position?.start.offset ?? text.length).trim();
}

export type { Nodes };
