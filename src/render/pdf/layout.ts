import { PACKS } from "../../i18n/lang/index.js";
import { countedItems, isCountedGoal, type Report, type ReportLight, type ScoredActivity } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { buildChart, type Chart } from "../presentation/chart.js";
import { Wording } from "../wording.js";
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
  | { type: "paragraph"; text: string; muted?: boolean; markdown?: boolean }
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

const ORDER: ReportLight[] = ["green", "yellow", "red", "not-scored", "not-reported"];

function activityBlock(a: ScoredActivity, w: Wording): Extract<Block, { type: "activity" }> {
  const block: Extract<Block, { type: "activity" }> = { type: "activity", light: a.light, lightLabel: w.light(a.light), title: w.activityTitle(a) };
  const f = w.figuresTable(a);
  const result = w.activityResult(a, Boolean(f));
  if (result) block.result = result;
  if (f) block.figures = f;
  if (a.comment) block.comment = a.comment;
  const who = [a.owner ? `${w.text("owner")}: ${a.owner}` : "", a.when ? `${w.text("when")}: ${a.when}` : ""].filter(Boolean);
  // who and when, as the plan had them: a line of their own under the result
  if (who.length) block.result = [block.result, who.join(" · ")].filter(Boolean).join("\n");
  return block;
}

/** Inline Markdown as plain text: "**fler**" → "fler", "[text](url)" → "text (url)". */
function plainInline(text: string): string {
  return text
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, "$1 ($2)")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_]+?)(?<=\S)\2(?![\p{L}\p{N}])/gu, "$1$3");
}

/** Report → layout. Pure. */
export function buildLayout(report: Report, templates: Templates): Layout {
  const w = new Wording(templates, report.language);
  const blocks: Block[] = [];
  const title = w.text("title", { year: report.year });
  const org = report.plan.organisation;

  blocks.push({ type: "title", text: title });
  if (org) blocks.push({ type: "subtitle", text: org });
  const adopted = report.plan.adopted;
  const adoptedText = adopted
    ? [adopted.by ? w.text("adoptedBy", { by: adopted.by }) : "", adopted.date ? w.text("adoptedOn", { date: w.date(adopted.date) }) : ""].filter(Boolean).join(" ")
    : "";
  blocks.push({ type: "meta", text: w.text("period", { period: String(report.year) }) });
  blocks.push({
    type: "meta",
    text: adoptedText ? w.text("basedOnAdopted", { plan: w.planName(report.plan.title), adopted: adoptedText }) : w.text("basedOn", { plan: w.planName(report.plan.title) }),
  });

  // the plan's own introduction: paragraphs, and its lists as bullets, without Markdown's marks
  for (const section of report.intro) {
    blocks.push({ type: "heading", level: 1, text: plainInline(section.title) });
    for (const p of section.markdown.split(/\n{2,}/)) {
      const lines = p.split("\n");
      if (lines.every((l) => /^\s*[-*+]\s/.test(l))) for (const l of lines) blocks.push({ type: "bullet", text: plainInline(l.replace(/^\s*[-*+]\s+/, "")) });
      else blocks.push({ type: "paragraph", text: plainInline(p.replace(/\s*\n\s*/g, " ")) });
    }
  }

  if (report.summary) {
    blocks.push({ type: "heading", level: 1, text: w.text("summaryHeading") });
    blocks.push({ type: "paragraph", text: report.summary, markdown: true });
  }

  blocks.push({ type: "heading", level: 1, text: w.text("indicatorsHeading") });
  blocks.push({ type: "paragraph", text: w.text("legendIntro") });
  blocks.push({ type: "legend", items: (["green", "yellow", "red"] as const).map((l) => ({ light: l, label: w.light(l) })) });
  blocks.push({
    type: "paragraph",
    muted: true,
    text: w.text("thresholds", { green: w.percent(report.thresholds.green), yellow: w.percent(report.thresholds.yellow) }),
  });
  // the change from the year before is drawn on the chart below, not as an eighth column: A4 has no room for one
  const row = (name: string, c: Report["totals"]) => [name, String(c.green), String(c.yellow), String(c.red), String(c.notScored), String(c.notReported), w.shareGreen(c)];
  blocks.push({
    type: "table",
    header: [w.text("tableArea"), w.text("tableGreen"), w.text("tableYellow"), w.text("tableRed"), w.text("tableNotScored"), w.text("tableNotReported"), w.text("tableShareGreen")],
    rows: report.areas.map((a) => row(a.title, a.totals)),
    total: row(w.text("tableTotal"), report.totals),
    align: ["left", "right", "right", "right", "right", "right", "right"],
    widths: [0.16, 0.11, 0.11, 0.11, 0.12, 0.15, 0.24],
    lights: [undefined, "green", "yellow", "red", "not-scored", "not-reported", undefined],
  });
  blocks.push({ type: "paragraph", muted: true, text: w.text("shareRule") });
  if (report.areas.length) blocks.push({ type: "chart", chart: buildChart(report, w) });

  for (const area of report.areas) {
    blocks.push({ type: "heading", level: 1, text: area.title });
    if (area.description) for (const p of area.description.split(/\n{2,}/)) blocks.push({ type: "paragraph", text: p });
    if (area.goals.length) {
      blocks.push({ type: "heading", level: 2, text: w.text("goalsHeading") });
      // a goal with a target is an item of its own, with its light
      for (const g of area.goals) blocks.push(isCountedGoal(g) ? activityBlock(g, w) : { type: "bullet", text: g.title });
    }
    if (area.activities.length) blocks.push({ type: "heading", level: 2, text: w.text("plannedActivities") });
    else blocks.push({ type: "paragraph", muted: true, text: w.text("noActivities") });
    for (const light of ORDER) {
      const acts = area.activities.filter((a) => a.light === light);
      if (!acts.length) continue;
      blocks.push({ type: "lightHeading", light, label: w.light(light) });
      for (const a of acts) blocks.push(activityBlock(a, w));
    }
    if (area.comment) blocks.push({ type: "comment", label: w.text("comment"), text: area.comment });
  }

  const all = report.areas.flatMap((area) => countedItems(area).map((a) => ({ a, area: area.title })));
  const notScored = all.filter((x) => x.a.light === "not-scored");
  const notReported = all.filter((x) => x.a.light === "not-reported");
  if (notScored.length) {
    blocks.push({ type: "heading", level: 1, text: w.text("notScoredHeading") });
    blocks.push({ type: "paragraph", text: w.text("notScoredIntro") });
    for (const { a, area } of notScored) {
      const why = [w.status(a.status), a.comment && plainText(a.comment)].filter(Boolean).join(": ");
      blocks.push({ type: "bullet", text: `${w.activityTitle(a)} (${area})${why ? ` — ${why}` : ""}` });
    }
  }
  if (notReported.length) {
    blocks.push({ type: "heading", level: 1, text: w.text("notReportedHeading") });
    blocks.push({ type: "paragraph", text: w.text("notReportedIntro") });
    for (const { a, area } of notReported) blocks.push({ type: "bullet", text: `${w.activityTitle(a)} (${area})` });
  }
  if (report.unplanned.length) {
    blocks.push({ type: "heading", level: 1, text: w.text("unplannedHeading") });
    for (const u of report.unplanned) {
      blocks.push({ type: "heading", level: 2, text: u.title });
      if (u.description) blocks.push({ type: "paragraph", text: u.description, markdown: true });
    }
  }
  for (const a of report.appendices) {
    blocks.push({ type: "heading", level: 1, text: a.title });
    blocks.push({ type: "paragraph", text: a.markdown, markdown: true });
  }
  // the board as a section of its own when there is more to say than the signatures: staff, deputies, the members' unions
  if (report.staff.length || report.board.some((m) => m.deputy || m.organisation)) {
    blocks.push({ type: "heading", level: 1, text: w.text("boardHeading") });
    for (const m of report.board) blocks.push({ type: "bullet", text: w.person(m) });
    if (report.staff.length) {
      blocks.push({ type: "heading", level: 2, text: w.text("staffHeading") });
      for (const m of report.staff) blocks.push({ type: "bullet", text: w.person(m) });
    }
  }
  const signing = report.board.filter((m) => !m.deputy);
  if (signing.length) {
    blocks.push({ type: "heading", level: 1, text: w.text("signatureHeading") });
    blocks.push({ type: "signatures", place: w.text("signaturePlace"), names: signing.map((m) => w.person({ name: m.name, ...(m.role ? { role: m.role } : {}) })) });
  }

  return {
    meta: {
      title: org ? `${title} — ${org}` : title,
      ...(org ? { author: org } : {}),
      subject: w.planName(report.plan.title),
      language: PACKS[report.language].locale,
      header: [org, title].filter(Boolean).join(" · "),
      pageOf: templates.pageOf,
      contents: templates.contentsHeading,
      continued: templates.continued,
    },
    blocks,
  };
}
