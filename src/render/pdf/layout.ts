import type { Report, ReportLight } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { buildPresentation } from "../presentation/build.js";
import type { Chart } from "../presentation/chart.js";
import type { CountsRow, Item, Presentation, Section } from "../presentation/model.js";
import { phraseText } from "../wording.js";
import { plainText } from "./rich.js";

/**
 * The PDF as data: what goes on the pages, in order, before any drawing.
 * Tests assert on this; render-pdf.ts only draws it.
 */
export type Block =
  | { type: "title"; text: string }
  | { type: "subtitle"; text: string }
  | { type: "meta"; text: string }
  | { type: "heading"; level: 1 | 2; text: string }
  /** markdown: text a person wrote (summary, comments, appendices), drawn with its bold, italics, links and lists */
  | { type: "paragraph"; text: string; muted?: boolean; markdown?: boolean; keepWithNext?: boolean }
  | { type: "bullet"; text: string }
  | { type: "legend"; items: Array<{ light: ReportLight; label: string }> }
  | { type: "table"; header: string[]; rows: string[][]; total?: string[]; align: Array<"left" | "right">; widths: number[]; lights?: Array<ReportLight | undefined> }
  | { type: "lightHeading"; light: ReportLight; label: string }
  | {
      type: "activity";
      light: ReportLight;
      /** the light in words, for a screen reader (the list item's label) */
      lightLabel?: string;
      title: string;
      result?: string;
      /** Markdown */
      comment?: string;
      figures?: { header: string[]; rows: string[][] };
    }
  /** text: Markdown */
  | { type: "comment"; label: string; text: string }
  | { type: "signatures"; place: string; names: string[] }
  /** the year at a glance (drawn by chart.ts as a tagged Figure) */
  | { type: "chart"; chart: Chart };

export interface Layout {
  meta: { title: string; author?: string; subject: string; language: string; header: string; pageOf: string; contents: string; continued: string };
  blocks: Block[];
}

function activityBlock(it: Item): Extract<Block, { type: "activity" }> {
  const block: Extract<Block, { type: "activity" }> = { type: "activity", light: it.light, lightLabel: it.lightLabel, title: it.title };
  if (it.result) block.result = it.result;
  if (it.figures) block.figures = it.figures;
  if (it.comment) block.comment = it.comment.markdown;
  // who and when, as the plan had them: a line of their own under the result
  if (it.who) block.result = [block.result, it.who].filter(Boolean).join("\n");
  return block;
}

/** Inline Markdown as plain text: "**fler**" → "fler", "[text](url)" → "text (url)". */
function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3");
}

function indicatorBlocks(s: Extract<Section, { kind: "indicators" }>): Block[] {
  const row = (r: CountsRow) => [r.name, String(r.green), String(r.yellow), String(r.red), String(r.notScored), String(r.notReported), r.share];
  return [
    { type: "heading", level: 1, text: s.heading },
    { type: "paragraph", text: s.legendIntro },
    { type: "legend", items: s.legend.map((l) => ({ light: l.light, label: l.label })) },
    { type: "paragraph", muted: true, text: s.thresholds },
    {
      type: "table",
      header: s.table.header,
      rows: s.table.rows.map(row),
      total: row(s.table.total),
      align: ["left", "right", "right", "right", "right", "right", "right"],
      // the change from the year before is drawn on the chart below, not as an eighth column: A4 has no room for one
      widths: [0.16, 0.11, 0.11, 0.11, 0.12, 0.15, 0.24],
      lights: [undefined, "green", "yellow", "red", "not-scored", "not-reported", undefined],
    },
    { type: "paragraph", muted: true, text: s.shareRule },
    ...(s.table.rows.length ? [{ type: "chart", chart: s.chart } as const] : []),
  ];
}

function areaBlocks(s: Extract<Section, { kind: "area" }>): Block[] {
  const blocks: Block[] = [{ type: "heading", level: 1, text: s.heading }];
  for (const p of s.description) blocks.push({ type: "paragraph", text: p });
  if (s.goals) {
    blocks.push({ type: "heading", level: 2, text: s.goals.heading });
    // a goal with a target is an item of its own, with its light
    for (const g of s.goals.items) blocks.push("light" in g ? activityBlock(g) : { type: "bullet", text: g.title });
  }
  if (s.activitiesHeading) blocks.push({ type: "heading", level: 2, text: s.activitiesHeading });
  else if (s.empty) blocks.push({ type: "paragraph", muted: true, text: s.empty });
  for (const group of s.groups) {
    blocks.push({ type: "lightHeading", light: group.light, label: group.label });
    for (const it of group.items) blocks.push(activityBlock(it));
  }
  if (s.comment) blocks.push({ type: "comment", label: s.comment.label, text: s.comment.body.markdown });
  return blocks;
}

function sectionBlocks(s: Section): Block[] {
  const h1 = (text: string): Block => ({ type: "heading", level: 1, text });
  const bullets = (items: string[]): Block[] => items.map((text) => ({ type: "bullet", text }));
  switch (s.kind) {
    case "intro": {
      // the plan's own introduction: paragraphs, and its lists as bullets, without Markdown's marks
      const blocks: Block[] = [h1(plainInline(s.heading))];
      for (const p of s.body.markdown.split(/\n{2,}/)) {
        const lines = p.split("\n");
        if (lines.every((l) => /^\s*[-*+]\s/.test(l))) {
          // the sentence that leads into a list ("… tre tyngdpunkter för året:") stays with its first item
          const before = blocks[blocks.length - 1];
          if (before?.type === "paragraph") before.keepWithNext = true;
          blocks.push(...bullets(lines.map((l) => plainInline(l.replace(/^\s*[-*+]\s+/, "")))));
        } else blocks.push({ type: "paragraph", text: plainInline(p.replace(/\s*\n\s*/g, " ")) });
      }
      return blocks;
    }
    case "summary":
    case "appendix":
      return [h1(s.heading), { type: "paragraph", text: s.body.markdown, markdown: true }];
    case "indicators":
      return indicatorBlocks(s);
    case "area":
      return areaBlocks(s);
    case "list":
      return [
        h1(s.heading),
        { type: "paragraph", text: s.intro },
        ...bullets(
          s.items.map((i) => {
            const why = [i.status, i.comment && plainText(i.comment.markdown)].filter(Boolean).join(": ");
            return `${i.title} (${i.area})${why ? ` — ${why}` : ""}`;
          }),
        ),
      ];
    case "unplanned":
      return [
        h1(s.heading),
        ...s.entries.flatMap((e): Block[] => [{ type: "heading", level: 2, text: e.heading }, ...(e.body ? [{ type: "paragraph", text: e.body.markdown, markdown: true } as const] : [])]),
      ];
    case "board":
      return [h1(s.heading), ...bullets(s.members), ...(s.staff ? [{ type: "heading", level: 2, text: s.staff.heading } as const, ...bullets(s.staff.members)] : [])];
    case "signatures":
      return s.signing.length ? [h1(s.heading), { type: "signatures", place: s.place, names: s.signing }] : [];
  }
}

/** The presentation model → the PDF's layout. Pure. */
export function presentationToLayout(p: Presentation): Layout {
  const blocks: Block[] = [{ type: "title", text: p.title }];
  if (p.organisation) blocks.push({ type: "subtitle", text: p.organisation });
  blocks.push({ type: "meta", text: p.period }, { type: "meta", text: phraseText(p.basedOnPlan) });
  for (const s of p.sections) blocks.push(...sectionBlocks(s));
  return {
    meta: {
      title: p.organisation ? `${p.title} — ${p.organisation}` : p.title,
      ...(p.organisation ? { author: p.organisation } : {}),
      subject: p.subject,
      language: p.lang,
      header: p.header,
      pageOf: p.pageOf,
      contents: p.contentsHeading,
      continued: p.continued,
    },
    blocks,
  };
}

/** Report → layout, through the presentation model. Pure. */
export function buildLayout(report: Report, templates: Templates): Layout {
  return presentationToLayout(buildPresentation(report, templates));
}
