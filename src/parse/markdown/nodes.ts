import type { List, ListItem, Nodes, RootContent } from "mdast";
import type { SourceRef } from "../../model/plan.js";
import { plainText } from "./mdast.js";

/** Whitespace runs to one space, trimmed. */
export function clean(t: string): string {
  return t.replace(/\s+/g, " ").trim();
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
