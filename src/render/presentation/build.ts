import { PACKS } from "../../i18n/lang/index.js";
import type { Counts, Report, ScoredActivity, ScoredArea } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { Wording } from "../wording.js";
import { buildChart } from "./chart.js";
import { LIGHT_ORDER, type CountsRow, type Item, type Presentation, type Section } from "./model.js";


/**
 * Paragraphs of plain text, split at blank lines and otherwise as written, so
 * the Markdown writer can keep the bytes; a format that reflows text joins a
 * paragraph's lines itself (HTML does by nature).
 */
export function paragraphs(text: string): string[] {
  return text.split(/\n{2,}/).filter((p) => p.trim() !== "");
}

export function item(a: ScoredActivity, w: Wording): Item {
  const out: Item = { id: a.id, light: a.light, lightLabel: w.light(a.light), title: w.activityTitle(a) };
  const f = w.figuresTable(a);
  const result = w.activityResult(a, Boolean(f));
  const withFigures = w.activityResult(a);
  if (result) out.result = result;
  if (withFigures) out.resultWithFigures = withFigures;
  if (f) out.figures = f;
  if (a.comment) out.comment = { markdown: a.comment };
  return out;
}

/** A row of the counts table; `compared` when the year before is known, and then "–" for an area new this year. */
function countsRow(id: string, name: string, c: Counts, w: Wording, compared: boolean, before?: Counts): CountsRow {
  const row: CountsRow = { id, name, green: c.green, yellow: c.yellow, red: c.red, notScored: c.notScored, notReported: c.notReported, share: w.shareGreen(c) };
  if (compared) row.change = before ? w.change(before, c) : "–";
  return row;
}

function areaSection(area: ScoredArea, w: Wording): Section {
  const section: Extract<Section, { kind: "area" }> = {
    kind: "area",
    id: area.id,
    heading: area.title,
    description: area.description ? paragraphs(area.description) : [],
    groups: [],
  };
  if (area.goals.length) {
    section.goals = {
      heading: w.text("goalsHeading"),
      items: area.goals.map((g) => (g.rule === "not-reported" ? { id: g.id, title: g.title } : item(g, w))),
    };
  }
  if (area.activities.length) section.activitiesHeading = w.text("plannedActivities");
  else section.empty = w.text("noActivities");
  for (const light of LIGHT_ORDER) {
    const acts = area.activities.filter((a) => a.light === light);
    if (acts.length) section.groups.push({ light, label: w.light(light), items: acts.map((a) => item(a, w)) });
  }
  if (area.comment) section.comment = { label: w.text("comment"), body: { markdown: area.comment } };
  return section;
}

function lists(report: Report, w: Wording): Section[] {
  const all = report.areas.flatMap((area) => area.activities.map((a) => ({ a, area: area.title })));
  const out: Section[] = [];
  const notScored = all.filter((x) => x.a.light === "not-scored");
  const notReported = all.filter((x) => x.a.light === "not-reported");
  if (notScored.length) {
    out.push({
      kind: "list",
      id: "not-scored",
      heading: w.text("notScoredHeading"),
      intro: w.text("notScoredIntro"),
      items: notScored.map(({ a, area }) => {
        const detail = [w.status(a.status), a.comment].filter(Boolean).join(": ");
        return { id: a.id, title: w.activityTitle(a), area, ...(detail ? { detail } : {}) };
      }),
    });
  }
  if (notReported.length) {
    out.push({
      kind: "list",
      id: "not-reported",
      heading: w.text("notReportedHeading"),
      intro: w.text("notReportedIntro"),
      items: notReported.map(({ a, area }) => ({ id: a.id, title: w.activityTitle(a), area })),
    });
  }
  return out;
}

/** Report + templates → the presentation model: one walk of the report that every renderer can draw. Pure. */
export function buildPresentation(report: Report, templates: Templates): Presentation {
  const w = new Wording(templates, report.language);
  const title = w.text("title", { year: report.year });
  const org = report.plan.organisation;
  const adopted = report.plan.adopted;
  const adoptedText = adopted
    ? [adopted.by ? w.text("adoptedBy", { by: adopted.by }) : "", adopted.date ? w.text("adoptedOn", { date: w.date(adopted.date) }) : ""].filter(Boolean).join(" ")
    : "";
  const sections: Section[] = [];

  if (report.summary) sections.push({ kind: "summary", id: "summary", heading: w.text("summaryHeading"), body: { markdown: report.summary } });
  sections.push({
    kind: "indicators",
    id: "indicators",
    heading: w.text("indicatorsHeading"),
    legendIntro: w.text("legendIntro"),
    legend: (["green", "yellow", "red"] as const).map((l) => ({ light: l, label: w.light(l) })),
    thresholds: w.text("thresholds", { green: w.percent(report.thresholds.green), yellow: w.percent(report.thresholds.yellow) }),
    table: {
      header: [w.text("tableArea"), w.text("tableGreen"), w.text("tableYellow"), w.text("tableRed"), w.text("tableNotScored"), w.text("tableNotReported"), w.text("tableShareGreen")],
      rows: report.areas.map((a) => countsRow(a.id, a.title, a.totals, w, Boolean(report.previous), a.previous?.totals)),
      total: countsRow("total", w.text("tableTotal"), report.totals, w, Boolean(report.previous), report.previous?.totals),
      ...(report.previous ? { changeHeader: `${report.previous.year} → ${report.year}` } : {}),
    },
    chart: buildChart(report, w),
  });
  for (const area of report.areas) sections.push(areaSection(area, w));
  sections.push(...lists(report, w));
  if (report.unplanned.length) {
    sections.push({
      kind: "unplanned",
      id: "unplanned",
      heading: w.text("unplannedHeading"),
      entries: report.unplanned.map((u) => ({ heading: u.title, ...(u.description ? { body: { markdown: u.description } } : {}) })),
    });
  }
  report.appendices.forEach((a, i) => sections.push({ kind: "appendix", id: `appendix-${i + 1}`, heading: a.title, body: { markdown: a.markdown } }));
  if (report.board.length) {
    sections.push({
      kind: "signatures",
      id: "board",
      heading: w.text("signatureHeading"),
      place: w.text("signaturePlace"),
      names: report.board.map((m) => (m.role ? `${m.name}, ${m.role}` : m.name)),
    });
  }

  return {
    lang: PACKS[report.language].locale,
    title,
    ...(org ? { organisation: org } : {}),
    period: w.text("period", { period: String(report.year) }),
    basedOn: adoptedText ? w.text("basedOnAdopted", { plan: report.plan.title, adopted: adoptedText }) : w.text("basedOn", { plan: report.plan.title }),
    subject: report.plan.title,
    header: [org, title].filter(Boolean).join(" · "),
    pageOf: templates.pageOf,
    contentsHeading: w.text("contentsHeading"),
    sections,
  };
}
