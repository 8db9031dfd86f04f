import type { Templates } from "../../model/templates.js";
import type { Rollup } from "../../rollup/types.js";
import { escapeMarkdown } from "../markdown/render-markdown.js";
import { rollupContent } from "./rollup-tables.js";

/** The roll-up as CommonMark + GFM tables. Deterministic. Pure. */
export function renderRollupMarkdown(rollup: Rollup, templates: Templates): string {
  const c = rollupContent(rollup, templates);
  const out: string[] = [];
  const para = (s: string) => out.push(s, "");
  para(`# ${escapeMarkdown(c.title)}`);
  para(c.intro);
  for (const s of c.sections) {
    para(`## ${escapeMarkdown(s.heading)}`);
    if (s.table) {
      const row = (cells: string[]) => `| ${cells.join(" | ")} |`;
      const lines = [row(s.table.header), row(s.table.align.map((a) => (a === "right" ? "---:" : "---"))), ...s.table.rows.map((r) => row(r.map(escapeMarkdown)))];
      if (s.table.total) lines.push(row(s.table.total.map((x) => `**${escapeMarkdown(x)}**`)));
      para(lines.join("\n"));
    }
    if (s.bullets) para(s.bullets.map((b) => `- ${escapeMarkdown(b)}`).join("\n"));
    if (s.note) para(s.table ? `*${escapeMarkdown(s.note)}*` : escapeMarkdown(s.note));
  }
  return out.join("\n").replace(/\n+$/, "\n");
}
