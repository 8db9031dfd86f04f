import type { Report, ReportLight } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { buildPresentation } from "../presentation/build.js";
import { LIGHT_ORDER, type CountsRow, type Item, type Presentation, type Section } from "../presentation/model.js";
import { phraseText } from "../wording.js";

const MARK: Record<ReportLight, string> = {
  green: "🟢",
  yellow: "🟡",
  red: "🔴",
  "not-scored": "⚪",
  "not-reported": "❔",
};

/** Text from the plan, made safe to put in Markdown: no accidental emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^([#+-]|\d+[.)])(\s)/, "\\$1$2");
}

/**
 * Free text from the outcomes stays Markdown (a person may write *emphasis*
 * or a list) but not HTML: `<script>`, `<img onerror>` and autolinks are
 * escaped like plan text, and links to javascript:, vbscript: or data: lose
 * their target. Pure.
 */
export function safeMarkdown(text: string): string {
  return text
    .replace(/[<>]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/(\]\(\s*)(?:javascript|vbscript|data|file):[^)\s]*/gi, "$1#")
    .replace(/^(\s*\[[^\]]*\]:\s*)(?:javascript|vbscript|data|file):\S*/gim, "$1#");
}

const BLOCK_LINE = /^\s*([-*+]|\d+[.)]|#{1,6}|>|\|)(\s|$)/;

/**
 * Free text a person wrote in the outcomes, kept as the Markdown they wrote
 * (bold, lists, links) inside its list item: indented under the item, with a
 * hard line break where they broke a line inside a paragraph.
 */
function continuation(raw: string): string {
  const lines = safeMarkdown(raw).replace(/\s+$/, "").split("\n").map((l) => l.trimEnd());
  while (lines.length && !lines[0]!.trim()) lines.shift();
  return lines
    .map((l, i) => {
      if (!l.trim()) return "";
      const next = lines[i + 1];
      const soft = next === undefined || !next.trim() || BLOCK_LINE.test(next) || BLOCK_LINE.test(l);
      return `  ${l}${soft ? "" : "  "}`;
    })
    .join("\n");
}

/** A comment after a label: inline when it is one paragraph, as its own blocks when it has lists or paragraphs. */
function labelled(label: string, text: string): string {
  const t = safeMarkdown(text).trim();
  if (!/\n\s*\n/.test(t) && !t.split("\n").some((l) => BLOCK_LINE.test(l))) return `**${label}:** ${t}`;
  return `**${label}:**\n\n${t}`;
}

type Out = { lines: string[]; para: (s: string) => void };

/** One item; `labelled` items sit outside the light groups (scored goals), so they say their light in words too. */
function itemLine(it: Item, mark = "", labelled = false): string {
  const result = [labelled ? it.lightLabel : "", it.resultWithFigures ?? ""].filter(Boolean).join(" · ");
  let line = `- ${mark}${escapeMarkdown(it.title)}${result ? ` — ${result}` : ""}`;
  if (it.who) line += `  \n  _${escapeMarkdown(it.who)}_`;
  if (it.comment) line += `  \n${continuation(it.comment.markdown)}`;
  return line;
}

function indicators(s: Extract<Section, { kind: "indicators" }>, { lines, para }: Out): void {
  para(`## ${s.heading}`);
  para(s.legendIntro);
  for (const l of s.legend) lines.push(`- ${MARK[l.light]} ${l.label}`);
  lines.push("");
  para(s.thresholds);
  // the three lights' columns carry their mark
  const header = s.table.header.map((h, i) => (i >= 1 && i <= 3 ? `${MARK[LIGHT_ORDER[i - 1]!]} ${h}` : h));
  // with the year before known, its share of green beside this year's ("50 % → 75 %"; "–" for a new area)
  const compared = s.table.changeHeader !== undefined;
  if (compared) header.push(s.table.changeHeader!);
  lines.push(`| ${header.join(" | ")} |`);
  lines.push(`| --- | ${header.slice(1).map(() => "---:").join(" | ")} |`);
  const row = (name: string, r: CountsRow) =>
    `| ${name} | ${r.green} | ${r.yellow} | ${r.red} | ${r.notScored} | ${r.notReported} | ${r.share} |${compared ? ` ${r.change ?? "–"} |` : ""}`;
  for (const r of s.table.rows) lines.push(row(escapeMarkdown(r.name), r));
  lines.push(row(`**${s.table.total.name}**`, s.table.total));
  lines.push("");
  para(s.shareRule);
}

function area(s: Extract<Section, { kind: "area" }>, { lines, para }: Out): void {
  para(`## ${escapeMarkdown(s.heading)}`);
  for (const p of s.description) para(escapeMarkdown(p));
  if (s.goals) {
    para(`**${s.goals.heading}**`);
    // a goal with a target is an item of its own, with its light (mark and word), at the goals' own level
    for (const g of s.goals.items) lines.push("light" in g ? itemLine(g, `${MARK[g.light]} `, true) : `- ${escapeMarkdown(g.title)}`);
    lines.push("");
  }
  if (s.activitiesHeading) para(`**${s.activitiesHeading}**`);
  else if (s.empty) para(`_${s.empty}_`);
  for (const group of s.groups) {
    para(`${MARK[group.light]} **${group.label}**`);
    for (const it of group.items) lines.push(itemLine(it));
    lines.push("");
  }
  if (s.comment) para(labelled(s.comment.label, s.comment.body.markdown));
}

function section(s: Section, out: Out): void {
  const { lines, para } = out;
  switch (s.kind) {
    case "intro": // the plan's own introduction, as the plan wrote it
      para(`## ${escapeMarkdown(s.heading.replace(/\*\*/g, ""))}`);
      para(s.body.markdown);
      return;
    case "summary":
      para(`## ${s.heading}`);
      para(safeMarkdown(s.body.markdown));
      return;
    case "indicators":
      return indicators(s, out);
    case "area":
      return area(s, out);
    case "list":
      para(`## ${s.heading}`);
      para(s.intro);
      for (const i of s.items) {
        lines.push(`- ${escapeMarkdown(i.title)} (${escapeMarkdown(i.area)})${i.status ? ` — ${i.status}` : ""}${i.comment ? `  \n${continuation(i.comment.markdown)}` : ""}`);
      }
      lines.push("");
      return;
    case "unplanned":
      para(`## ${s.heading}`);
      for (const e of s.entries) {
        para(`### ${escapeMarkdown(e.heading)}`);
        if (e.body) para(safeMarkdown(e.body.markdown));
      }
      return;
    case "appendix":
      para(`## ${escapeMarkdown(s.heading)}`);
      para(safeMarkdown(s.body.markdown));
      return;
    case "board":
      para(`## ${s.heading}`);
      for (const m of s.members) lines.push(`- ${escapeMarkdown(m)}`);
      lines.push("");
      if (s.staff) {
        para(`**${s.staff.heading}**`);
        for (const m of s.staff.members) lines.push(`- ${escapeMarkdown(m)}`);
        lines.push("");
      }
      return;
    case "signatures":
      if (!s.signing.length) return;
      para(`## ${s.heading}`);
      para(s.place);
      // an escaped underscore: a line of underscores alone would be a horizontal rule
      for (const name of s.signing) para(`\\______________________  \n${escapeMarkdown(name)}`);
      return;
  }
}

/** The presentation model as CommonMark + GFM. Deterministic: the same model gives the same bytes. Pure. */
export function presentationToMarkdown(p: Presentation): string {
  const lines: string[] = [];
  const out: Out = { lines, para: (s: string) => lines.push(s, "") };
  out.para(`# ${p.title}`);
  if (p.organisation) out.para(`**${escapeMarkdown(p.organisation)}**`);
  out.para(`${p.period} · ${phraseText(p.basedOnPlan, escapeMarkdown)}`);
  for (const s of p.sections) section(s, out);
  return lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

/** The scored report as CommonMark + GFM, drawn from the presentation model. Pure. */
export function renderMarkdown(report: Report, templates: Templates): string {
  return presentationToMarkdown(buildPresentation(report, templates));
}
