import type { Report, ReportLight, ScoredActivity } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { buildChart, type Chart } from "../presentation/chart.js";
import { Wording } from "../wording.js";

/**
 * The PDF as data: what goes on the pages, in order, before any drawing.
 * Tests assert on this; render-pdf.ts only draws it.
 */
export type Block =
  | { type: "title"; text: string }
  | { type: "subtitle"; text: string }
  | { type: "meta"; text: string }
  | { type: "heading"; level: 1 | 2; text: string }
  | { type: "paragraph"; text: string; muted?: boolean }
  | { type: "bullet"; text: string }
  | { type: "legend"; items: Array<{ light: ReportLight; label: string }> }
  | { type: "table"; header: string[]; rows: string[][]; total?: string[]; align: Array<"left" | "right">; widths: number[] }
  | { type: "lightHeading"; light: ReportLight; label: string }
  | {
      type: "activity";
      light: ReportLight;
      title: string;
      result?: string;
      comment?: string;
      figures?: { header: string[]; rows: string[][] };
    }
  | { type: "comment"; label: string; text: string }
  | { type: "signatures"; place: string; names: string[] }
  /** the year at a glance (drawn by chart.ts as a tagged Figure) */
  | { type: "chart"; chart: Chart };

export interface Layout {
  meta: { title: string; author?: string; subject: string; language: string; header: string; pageOf: string };
  blocks: Block[];
}

const ORDER: ReportLight[] = ["green", "yellow", "red", "not-scored", "not-reported"];

/** A small table of target / planned / actual, when one line cannot say it: several targets, or a forecast. */
function figures(a: ScoredActivity, w: Wording): Extract<Block, { type: "activity" }>["figures"] {
  const rows = a.targets.filter((t) => t.actual !== undefined);
  const planned = rows.some((t) => t.planned !== undefined);
  if (!rows.length || (rows.length === 1 && !planned)) return undefined;
  const header = [w.text("figuresTarget"), ...(planned ? [w.text("figuresPlanned")] : []), w.text("figuresActual"), w.text("figuresShare")];
  return {
    header,
    rows: rows.map((t) => [
      w.amount(t.value, t),
      ...(planned ? [t.planned === undefined ? "–" : w.number(t.planned)] : []),
      w.number(t.actual!),
      w.percent(t.ratio!),
    ]),
  };
}

function activityBlock(a: ScoredActivity, w: Wording): Extract<Block, { type: "activity" }> {
  const block: Extract<Block, { type: "activity" }> = { type: "activity", light: a.light, title: w.activityTitle(a) };
  const f = figures(a, w);
  const result = w.activityResult(a, Boolean(f));
  if (result) block.result = result;
  if (f) block.figures = f;
  if (a.comment) block.comment = a.comment;
  return block;
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
    text: adoptedText ? w.text("basedOnAdopted", { plan: report.plan.title, adopted: adoptedText }) : w.text("basedOn", { plan: report.plan.title }),
  });

  if (report.summary) {
    blocks.push({ type: "heading", level: 1, text: w.text("summaryHeading") });
    for (const p of report.summary.split(/\n{2,}/)) blocks.push({ type: "paragraph", text: p.replace(/\s*\n\s*/g, " ") });
  }

  blocks.push({ type: "heading", level: 1, text: w.text("indicatorsHeading") });
  blocks.push({ type: "paragraph", text: w.text("legendIntro") });
  blocks.push({ type: "legend", items: (["green", "yellow", "red"] as const).map((l) => ({ light: l, label: w.light(l) })) });
  blocks.push({
    type: "paragraph",
    muted: true,
    text: w.text("thresholds", { green: w.percent(report.thresholds.green), yellow: w.percent(report.thresholds.yellow) }),
  });
  const share = (c: Report["totals"]) => (c.green + c.yellow + c.red ? w.percent(c.shareGreen) : "–");
  const row = (name: string, c: Report["totals"]) => [name, String(c.green), String(c.yellow), String(c.red), String(c.notScored), String(c.notReported), share(c)];
  blocks.push({
    type: "table",
    header: [w.text("tableArea"), w.text("tableGreen"), w.text("tableYellow"), w.text("tableRed"), w.text("tableNotScored"), w.text("tableNotReported"), w.text("tableShareGreen")],
    rows: report.areas.map((a) => row(a.title, a.totals)),
    total: row(w.text("tableTotal"), report.totals),
    align: ["left", "right", "right", "right", "right", "right", "right"],
    widths: [0.28, 0.12, 0.12, 0.12, 0.12, 0.12, 0.12],
  });
  if (report.areas.length) blocks.push({ type: "chart", chart: buildChart(report, w) });

  for (const area of report.areas) {
    blocks.push({ type: "heading", level: 1, text: area.title });
    if (area.description) for (const p of area.description.split(/\n{2,}/)) blocks.push({ type: "paragraph", text: p });
    if (area.goals.length) {
      blocks.push({ type: "heading", level: 2, text: w.text("goalsHeading") });
      for (const g of area.goals) blocks.push(g.rule === "not-reported" ? { type: "bullet", text: g.title } : activityBlock(g, w));
    }
    if (area.activities.length) blocks.push({ type: "heading", level: 2, text: w.text("plannedActivities") });
    else blocks.push({ type: "paragraph", muted: true, text: w.text("noActivities") });
    for (const light of ORDER) {
      const acts = area.activities.filter((a) => a.light === light);
      if (!acts.length) continue;
      blocks.push({ type: "lightHeading", light, label: w.light(light) });
      for (const a of acts) blocks.push(activityBlock(a, w));
    }
    if (area.comment) blocks.push({ type: "comment", label: w.text("comment"), text: area.comment.replace(/\s*\n\s*/g, " ") });
  }

  const all = report.areas.flatMap((area) => area.activities.map((a) => ({ a, area: area.title })));
  const notScored = all.filter((x) => x.a.light === "not-scored");
  const notReported = all.filter((x) => x.a.light === "not-reported");
  if (notScored.length) {
    blocks.push({ type: "heading", level: 1, text: w.text("notScoredHeading") });
    blocks.push({ type: "paragraph", text: w.text("notScoredIntro") });
    for (const { a, area } of notScored) {
      const why = [w.status(a.status), a.comment].filter(Boolean).join(": ");
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
      if (u.description) for (const p of u.description.split(/\n{2,}/)) blocks.push({ type: "paragraph", text: p.replace(/\s*\n\s*/g, " ") });
    }
  }
  for (const a of report.appendices) {
    blocks.push({ type: "heading", level: 1, text: a.title });
    for (const p of a.markdown.split(/\n{2,}/)) blocks.push({ type: "paragraph", text: p.replace(/\s*\n\s*/g, " ") });
  }
  if (report.board.length) {
    blocks.push({ type: "heading", level: 1, text: w.text("signatureHeading") });
    blocks.push({ type: "signatures", place: w.text("signaturePlace"), names: report.board.map((m) => (m.role ? `${m.name}, ${m.role}` : m.name)) });
  }

  return {
    meta: {
      title: org ? `${title} — ${org}` : title,
      ...(org ? { author: org } : {}),
      subject: report.plan.title,
      language: { sv: "sv-SE", nb: "nb-NO", en: "en" }[report.language],
      header: [org, title].filter(Boolean).join(" · "),
      pageOf: templates.pageOf,
    },
    blocks,
  };
}
