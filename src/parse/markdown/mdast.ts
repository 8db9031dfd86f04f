import type { Nodes, Root, RootContent } from "mdast";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";
import { plainBlocks } from "./plain-blocks.js";

/**
 * The parts of GFM a plan uses — tables, strikethrough, task lists — without
 * remark-gfm's URL autolinking and footnotes, the costliest part of parsing
 * and of no use to the reader (a URL stays text either way).
 */
function planGfm(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown());
}

const processor = unified().use(remarkParse).use(planGfm).use(remarkFrontmatter, ["yaml"]);

/** Plain text of a node: what a person reads, markup removed. */
export function plainText(node: Nodes): string {
  if ("value" in node && typeof node.value === "string" && node.type !== "yaml" && node.type !== "html") {
    return node.value;
  }
  if (node.type === "break") return "\n";
  if ("children" in node) {
    const sep = node.type === "list" || node.type === "listItem" || node.type === "root" ? "\n" : "";
    return (node.children as Nodes[]).map(plainText).join(sep);
  }
  return "";
}

/**
 * Splits a Markdown text into top-level sections at ATX headings (outside
 * code fences), so each can be parsed on its own: micromark is superlinear on
 * large documents, sections keep the cost linear. Returns each chunk with the
 * line and offset it starts at.
 */
export function splitSections(text: string): Array<{ text: string; line: number; offset: number }> {
  const chunks: Array<{ text: string; line: number; offset: number }> = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let fence: string | undefined;
  let pos = 0;
  let inFrontMatter = text.startsWith("---\n");
  let inComment = false;
  while (pos < text.length) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    const l = text.slice(pos, end);
    if (inFrontMatter) {
      if (pos > 0 && /^(---|\.\.\.)\s*$/.test(l)) inFrontMatter = false;
    } else if (inComment) {
      if (l.includes("-->")) inComment = false;
    } else if (/^ {0,3}<!--/.test(l) && !l.slice(l.indexOf("<!--") + 4).includes("-->")) {
      // an HTML comment over several lines: a "## …" inside it is no heading
      inComment = true;
    } else if (fence) {
      if (l.trimStart().startsWith(fence)) fence = undefined;
    } else if (/^ {0,3}(```|~~~)/.test(l)) {
      fence = l.trimStart().slice(0, 3);
    } else if (/^#{1,6}(\s|$)/.test(l) && pos > start) {
      chunks.push({ text: text.slice(start, pos), line: startLine, offset: start });
      start = pos;
      startLine = line;
    }
    pos = end + 1;
    line++;
  }
  chunks.push({ text: text.slice(start), line: startLine, offset: start });
  return chunks;
}

function shift(node: Nodes, lines: number, offset: number): void {
  const p = node.position;
  if (p) {
    p.start.line += lines;
    p.end.line += lines;
    if (p.start.offset !== undefined) p.start.offset += offset;
    if (p.end.offset !== undefined) p.end.offset += offset;
  }
  if ("children" in node) for (const c of node.children as Nodes[]) shift(c, lines, offset);
}

/** The top-level nodes of a Markdown text, positions relative to the whole text. */
/**
 * Bullets pasted from Word ("• …", "– …") are list markers to a person, not
 * to Markdown: parsed as "-" so such a list is read as a list, also in a plan
 * that otherwise uses Markdown. Same length, so every position stays; the
 * source text itself (kept for prose sections) is not touched. Only for a
 * plan written in Markdown: text pasted from Word has been through loose mode,
 * which already decided which of its lines are items.
 */
const PASTED_BULLET = /^([ \t]*)[•–◦▪](?=[ \t])/gm;

/** micromark's tree of a text (for tests: what plainBlocks is held to) */
export function micromarkBlocks(text: string): RootContent[] {
  return (processor.parse(text) as Root).children;
}

export function parseMarkdownBlocks(text: string, opts: { pastedBullets?: boolean } = {}): RootContent[] {
  const out: RootContent[] = [];
  for (const chunk of splitSections(text)) {
    const text = opts.pastedBullets ? chunk.text.replace(PASTED_BULLET, "$1-") : chunk.text;
    // a section in the plainest Markdown is built line by line, the same tree; the rest by micromark
    const children = plainBlocks(text) ?? (processor.parse(text) as Root).children;
    for (const child of children) {
      shift(child, chunk.line - 1, chunk.offset);
      out.push(child);
    }
  }
  return out;
}
