import { PACKS } from "../../i18n/lang/index.js";
import { countedItems, isCountedGoal, type Counts, type Report, type ScoredActivity, type ScoredArea } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { Wording } from "../wording.js";
import { buildChart } from "./chart.js";
import { LIGHT_ORDER, type CountsRow, type Item, type ListItem, type Presentation, type Section } from "./model.js";

export function item(a: ScoredActivity, w: Wording): Item {
  const out: Item = { id: a.id, light: a.light, lightLabel: w.light(a.light), title: w.activityTitle(a) };
  const f = w.figuresTable(a);
  const result = w.activityResult(a, Boolean(f));
  const withFigures = w.activityResult(a);
  if (result) out.result = result;
  if (withFigures) out.resultWithFigures = withFigures;
  if (f) out.figures = f;
  const who = [a.owner ? `${w.text("owner")}: ${a.owner}` : "", a.when ? `${w.text("when")}: ${a.when}` : ""].filter(Boolean);
  if (who.length) out.who = who.join(" · ");
  if (a.comment) out.comment = { markdown: a.comment };
  return out;
}

/** A row of the counts table; `compared` when the year before is known, and then "–" for an area new this year. */
function countsRow(id: string, name: string, c: Counts, w: Wording, compared: boolean, before?: Counts): CountsRow {
  const row: CountsRow = { id, name, green: c.green, yellow: c.yellow, red: c.red, notScored: c.notScored, notReported: c.notReported, share: w.shareGreen(c) };
  const parts = w.shareGreenParts(c);
  if (parts) row.shareParts = parts;
  if (compared) row.change = before ? w.change(before, c) : "–";
  return row;
}

function indicators(report: Report, w: Wording): Section {
  return {
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
    shareRule: w.text("shareRule"),
    chart: buildChart(report, w),
  };
}

function areaSection(area: ScoredArea, w: Wording): Section {
  const section: Extract<Section, { kind: "area" }> = {
    kind: "area",
    id: area.id,
    heading: area.title,
    description: area.description ? area.description.split(/\n{2,}/) : [],
    groups: [],
  };
  if (area.goals.length) {
    // a goal with a target is an item of its own, with its light; the others are only their title
    section.goals = { heading: w.text("goalsHeading"), items: area.goals.map((g) => (isCountedGoal(g) ? item(g, w) : { id: g.id, title: g.title })) };
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

/** Not scored, then not reported: every counted item (scored goals too) with that light, and its area. */
function lists(report: Report, w: Wording): Section[] {
  const all = report.areas.flatMap((area) => {
    const goals = new Set(area.goals);
    return countedItems(area).map((a) => ({ a, area: area.title, goal: goals.has(a) }));
  });
  const entry = ({ a, area, goal }: (typeof all)[number], withStatus: boolean): ListItem => {
    const status = withStatus ? w.status(a.status) : undefined;
    return { id: a.id, title: w.activityTitle(a), area, ...(status ? { status } : {}), ...(withStatus && a.comment ? { comment: { markdown: a.comment } } : {}), ...(goal ? { goal } : {}) };
  };
  const out: Section[] = [];
  const notScored = all.filter((x) => x.a.light === "not-scored");
  const notReported = all.filter((x) => x.a.light === "not-reported");
  if (notScored.length) {
    out.push({ kind: "list", id: "not-scored", heading: w.text("notScoredHeading"), intro: w.text("notScoredIntro"), items: notScored.map((x) => entry(x, true)) });
  }
  if (notReported.length) {
    out.push({ kind: "list", id: "not-reported", heading: w.text("notReportedHeading"), intro: w.text("notReportedIntro"), items: notReported.map((x) => entry(x, false)) });
  }
  return out;
}

/** Unplanned work, appendices, the board and the signatures: what follows the plan's areas. */
function closing(report: Report, w: Wording): Section[] {
  const sections: Section[] = [];
  if (report.unplanned.length) {
    sections.push({
      kind: "unplanned",
      id: "unplanned",
      heading: w.text("unplannedHeading"),
      entries: report.unplanned.map((u) => ({ heading: u.title, ...(u.description ? { body: { markdown: u.description } } : {}) })),
    });
  }
  report.appendices.forEach((a, i) => sections.push({ kind: "appendix", id: `appendix-${i + 1}`, heading: a.title, body: { markdown: a.markdown } }));
  // the board as a section of its own when there is more to say than the signatures: staff, deputies, the members' unions
  if (report.staff.length || report.board.some((m) => m.deputy || m.organisation)) {
    sections.push({
      kind: "board",
      id: "board-and-staff",
      heading: w.text("boardHeading"),
      members: report.board.map((m) => w.person(m)),
      ...(report.staff.length ? { staff: { heading: w.text("staffHeading"), members: report.staff.map((m) => w.person(m)) } } : {}),
    });
  }
  if (report.board.length) {
    sections.push({
      kind: "signatures",
      id: "board",
      heading: w.text("signatureHeading"),
      place: w.text("signaturePlace"),
      signing: report.board.filter((m) => !m.deputy).map((m) => w.person({ name: m.name, ...(m.role ? { role: m.role } : {}) })),
    });
  }
  return sections;
}

/** Report + templates → the presentation model: one walk of the report that every renderer draws. Pure. */
export function buildPresentation(report: Report, templates: Templates): Presentation {
  const w = new Wording(templates, report.language);
  const title = w.text("title", { year: report.year });
  const org = report.plan.organisation;
  const adopted = report.plan.adopted;
  const adoptedText = adopted
    ? [adopted.by ? w.text("adoptedBy", { by: adopted.by }) : "", adopted.date ? w.text("adoptedOn", { date: w.date(adopted.date) }) : ""].filter(Boolean).join(" ")
    : "";
  const planName = w.planName(report.plan.title);
  const basedOn = (plan: string) => (adoptedText ? w.text("basedOnAdopted", { plan, adopted: adoptedText }) : w.text("basedOn", { plan }));

  const sections: Section[] = report.intro.map((s, i) => ({ kind: "intro", id: `intro-${i + 1}`, heading: s.title, body: { markdown: s.markdown } }));
  if (report.summary) sections.push({ kind: "summary", id: "summary", heading: w.text("summaryHeading"), body: { markdown: report.summary } });
  sections.push(indicators(report, w));
  for (const area of report.areas) sections.push(areaSection(area, w));
  sections.push(...lists(report, w), ...closing(report, w));

  return {
    lang: PACKS[report.language].locale,
    title,
    ...(org ? { organisation: org } : {}),
    period: w.text("period", { period: String(report.year) }),
    basedOnPlan: w.phrase(basedOn, planName),
    subject: planName,
    header: [org, title].filter(Boolean).join(" · "),
    pageOf: templates.pageOf,
    contentsHeading: w.text("contentsHeading"),
    continued: templates.continued,
    sections,
  };
}
