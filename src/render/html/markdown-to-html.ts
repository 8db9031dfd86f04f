import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { esc, safeHref } from "./escape.js";

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Free text a person wrote in Markdown (summary, comments, appendices) as
 * HTML, safely: raw HTML is shown as text, links only to web pages, mail and
 * phone, images become links (nothing is loaded), headings start at
 * `headingBase` so they sit under the section's own. Pure.
 */
export function markdownToHtml(markdown: string, opts: { headingBase?: number; hardBreaks?: boolean } = {}): string {
  const root = processor.parse(markdown) as Root;
  const ctx = { base: opts.headingBase ?? 3, hardBreaks: Boolean(opts.hardBreaks) };
  return root.children.map((n) => node(n, ctx)).join("\n");
}

/** A short Markdown text as inline HTML: one paragraph's content without the <p>, lines kept as line breaks. */
export function inlineMarkdownToHtml(markdown: string): string {
  const html = markdownToHtml(markdown, { hardBreaks: true });
  const m = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return m && !m[1]!.includes("<p>") ? m[1]! : html;
}

interface Ctx {
  base: number;
  hardBreaks: boolean;
}

function children(n: { children: Nodes[] }, ctx: Ctx): string {
  return n.children.map((c) => node(c, ctx)).join("");
}

function node(n: Nodes, ctx: Ctx): string {
  switch (n.type) {
    case "paragraph":
      return `<p>${children(n, ctx)}</p>`;
    case "heading": {
      const level = Math.min(6, ctx.base + n.depth - 1);
      return `<h${level}>${children(n, ctx)}</h${level}>`;
    }
    case "text":
      return ctx.hardBreaks ? esc(n.value).replace(/\n/g, "<br>\n") : esc(n.value);
    case "emphasis":
      return `<em>${children(n, ctx)}</em>`;
    case "strong":
      return `<strong>${children(n, ctx)}</strong>`;
    case "delete":
      return `<del>${children(n, ctx)}</del>`;
    case "inlineCode":
      return `<code>${esc(n.value)}</code>`;
    case "code":
      return `<pre><code>${esc(n.value)}</code></pre>`;
    case "break":
      return "<br>\n";
    case "html":
      return esc(n.value);
    case "link": {
      const href = safeHref(n.url);
      return href ? `<a href="${esc(href)}">${children(n, ctx)}</a>` : children(n, ctx);
    }
    case "image": {
      const href = safeHref(n.url);
      const label = esc(n.alt || n.url);
      return href ? `<a href="${esc(href)}">${label}</a>` : label;
    }
    case "blockquote":
      return `<blockquote>${n.children.map((c) => node(c, ctx)).join("\n")}</blockquote>`;
    case "list": {
      const tag = n.ordered ? "ol" : "ul";
      const start = n.ordered && n.start !== null && n.start !== undefined && n.start !== 1 ? ` start="${n.start}"` : "";
      return `<${tag}${start}>\n${n.children.map((c) => node(c, ctx)).join("\n")}\n</${tag}>`;
    }
    case "listItem": {
      // a tight list item's paragraphs are shown without <p>, as Markdown does
      const inner = n.children.map((c) => (c.type === "paragraph" && !n.spread ? children(c, ctx) : node(c, ctx))).join("\n");
      return `<li>${inner}</li>`;
    }
    case "thematicBreak":
      return "<hr>";
    case "table": {
      const [head, ...body] = n.children;
      const cells = (row: (typeof n.children)[number], tag: "th" | "td") =>
        row.children.map((c) => `<${tag}${tag === "th" ? ' scope="col"' : ""}>${children(c, ctx)}</${tag}>`).join("");
      const thead = head ? `<thead><tr>${cells(head, "th")}</tr></thead>` : "";
      const tbody = body.length ? `<tbody>${body.map((r) => `<tr>${cells(r, "td")}</tr>`).join("")}</tbody>` : "";
      return `<div class="table-wrap"><table>${thead}${tbody}</table></div>`;
    }
    case "footnoteReference":
      return `<sup>${esc(n.label ?? n.identifier)}</sup>`;
    case "footnoteDefinition":
      return `<p><sup>${esc(n.label ?? n.identifier)}</sup> ${n.children.map((c) => (c.type === "paragraph" ? children(c, ctx) : node(c, ctx))).join(" ")}</p>`;
    case "linkReference":
    case "imageReference":
      // an unresolved [reference]: the words as written
      return "children" in n ? children(n, ctx) : esc(n.alt ?? "");
    default:
      return "children" in n ? children(n as { children: Nodes[] }, ctx) : "value" in n ? esc(String(n.value)) : "";
  }
}
