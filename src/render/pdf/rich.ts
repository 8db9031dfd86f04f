import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** A stretch of text with one style. "\n" as the whole text is a hard line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
}

/** A paragraph, or one item of a list (depth 0 = top level). */
export type RichBlock = { kind: "p"; runs: Run[] } | { kind: "li"; depth: number; label: string; runs: Run[] };

let processor: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor() {
  return unified().use(remarkParse).use(remarkGfm);
}

/**
 * Text a person wrote (summary, comments) read as Markdown: bold, italics, links and
 * lists kept as such; everything else kept as its text. Pure; the blocks of a text are
 * read once and shared, so callers must not change them.
 */
export function richText(markdown: string): RichBlock[] {
  // the PDF lays its text out twice (a counting pass, then page by page), and comments repeat
  let known = read.get(markdown);
  if (!known) {
    if (read.size >= 5000) read.clear();
    known = readRichText(markdown);
    read.set(markdown, known);
  }
  return known;
}
const read = new Map<string, RichBlock[]>();

function readRichText(markdown: string): RichBlock[] {
  processor ??= makeProcessor();
  const tree = processor.parse(markdown) as Root;
  const out: RichBlock[] = [];
  blocks(tree.children, out, -1);
  return out.filter((b) => b.runs.some((r) => r.text.trim()));
}

function blocks(nodes: Nodes[], out: RichBlock[], depth: number): void {
  for (const node of nodes) {
    switch (node.type) {
      case "list": {
        let n = node.start ?? 1;
        for (const item of node.children) {
          const label = node.ordered ? `${n++}.` : "•";
          const runs: Run[] = [];
          const nested: Nodes[] = [];
          for (const child of item.children) {
            if (child.type === "list") nested.push(child);
            else {
              if (runs.length) runs.push({ text: "\n" });
              runs.push(...inline(child.type === "paragraph" ? child.children : [child]));
            }
          }
          out.push({ kind: "li", depth: depth + 1, label: item.checked === true ? "☑" : item.checked === false ? "☐" : label, runs });
          blocks(nested, out, depth + 1);
        }
        break;
      }
      case "paragraph":
        out.push({ kind: "p", runs: inline(node.children) });
        break;
      case "heading":
        out.push({ kind: "p", runs: inline(node.children, { bold: true }) });
        break;
      case "blockquote":
        blocks(node.children, out, depth);
        break;
      case "code":
        out.push({ kind: "p", runs: node.value.split("\n").flatMap((l, i) => (i ? [{ text: "\n" }, { text: l }] : [{ text: l }])) });
        break;
      case "table":
        for (const row of node.children) out.push({ kind: "p", runs: row.children.flatMap((c, i) => [...(i ? [{ text: " | " }] : []), ...inline(c.children)]) });
        break;
      case "thematicBreak":
        break;
      case "html":
        out.push({ kind: "p", runs: [{ text: node.value }] });
        break;
      default:
        if ("children" in node) blocks(node.children as Nodes[], out, depth);
        else if ("value" in node) out.push({ kind: "p", runs: [{ text: String(node.value) }] });
    }
  }
}

function inline(nodes: Nodes[], style: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        runs.push({ ...style, text: node.value.replace(/\s*\n\s*/g, " ") });
        break;
      case "strong":
        runs.push(...inline(node.children, { ...style, bold: true }));
        break;
      case "emphasis":
        runs.push(...inline(node.children, { ...style, italic: true }));
        break;
      case "link":
        runs.push(...inline(node.children, { ...style, link: node.url }));
        break;
      case "break":
        runs.push({ text: "\n" });
        break;
      case "inlineCode":
      case "html":
        runs.push({ ...style, text: node.value });
        break;
      case "image":
        runs.push({ ...style, text: node.alt ?? "" });
        break;
      default:
        if ("children" in node) runs.push(...inline(node.children as Nodes[], style));
        else if ("value" in node) runs.push({ ...style, text: String(node.value) });
    }
  }
  return runs;
}

/** Markdown as the words it shows, on one line: for text set inside a line of its own (a list of activities). */
export function plainText(markdown: string): string {
  return richText(markdown)
    .map((b) => b.runs.map((r) => (r.text === "\n" ? " " : r.text)).join(""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
