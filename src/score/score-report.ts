import type { Scoring } from "../model/config.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Figures, Outcome, Outcomes } from "../model/outcomes.js";
import type { Activity, Plan, Target } from "../model/plan.js";
import { mapFigures, type MappedFigure } from "../model/figures.js";
import { compareYears } from "./compare-years.js";
import { ALL_PACKS } from "../i18n/lang/index.js";
import { countedItems, REPORT_VERSION, type Counts, type Report, type ReportLight, type ScoredActivity, type ScoredTarget } from "../model/report.js";

export interface ScoreInput {
  plan: Plan;
  year: number;
  outcomes: Outcomes;
  scoring: Scoring;
  /** last year's outcomes, for "127 (2023: 112) ↑" */
  previous?: Outcomes;
  /** last year's plan: with last year's outcomes it is scored too, for each area's "2024 → 2025" */
  previousPlan?: Plan;
  board?: Array<{ name: string; role?: string; organisation?: string; deputy?: boolean }>;
  staff?: Array<{ name: string; role?: string }>;
  /** carry the plan's introduction into the report (config `report.intro`, default "plan") */
  intro?: "plan" | "none";
}

/** Titles of the prose sections that introduce a plan, in every language's words. */
const INTRO_TITLES = new Set(ALL_PACKS.flatMap((p) => p.headings.intro));

const isIntro = (title: string) => {
  const t = title.replace(/[*_#:]/g, "").trim().toLowerCase();
  return INTRO_TITLES.has(t);
};

/** Floating point must not turn 117/130 = 0.9 into yellow. */
const EPSILON = 1e-9;

export function lightForRatio(ratio: number, scoring: Pick<Scoring, "green" | "yellow">): "green" | "yellow" | "red" {
  if (ratio + EPSILON >= scoring.green) return "green";
  if (ratio + EPSILON >= scoring.yellow) return "yellow";
  return "red";
}

/** How far an actual value reaches a target: 1 = met. `atMost` targets are met when actual ≤ target; a range is scored against its low end. */
export function targetRatio(target: Pick<Target, "value" | "comparison">, actual: number): number {
  if (target.comparison === "atMost") {
    if (actual <= target.value) return 1;
    return target.value <= 0 ? 0 : target.value / actual;
  }
  if (target.value <= 0) return 1;
  return actual / target.value;
}

/** How far a reported figure reaches its target, on the footing it was reported on. */
export function figureRatio(target: Target, figure: MappedFigure): number {
  if (figure.as === "count" && target.count) return targetRatio({ value: target.count.value, comparison: target.comparison }, figure.value);
  return targetRatio(target, figure.value);
}

const STATUS_LIGHT = { done: "green", partial: "yellow", "not-done": "red" } as const;

function numbersOf(figures: Figures | null | undefined): number[] {
  if (figures === null || figures === undefined) return [];
  if (typeof figures === "number") return [figures];
  if (Array.isArray(figures)) return figures;
  return Object.values(figures).filter((v): v is number => v !== null);
}

export function scoreActivity(
  activity: Activity,
  outcome: Outcome | null | undefined,
  scoring: Scoring,
  diagnostics: Diagnostic[],
): ScoredActivity {
  const base: ScoredActivity = {
    id: activity.id,
    title: activity.title,
    light: "not-reported",
    rule: "not-reported",
    targets: activity.targets.map(scoredTarget),
  };
  if (activity.number) base.number = activity.number;
  if (activity.group) base.group = activity.group;
  if (activity.owner) base.owner = activity.owner;
  if (activity.when) base.when = activity.when;
  if (!outcome) return base;
  if (outcome.comment) base.comment = outcome.comment.trim();
  if (outcome.status) base.status = outcome.status;

  const actual = mapFigures(activity.targets, outcome.actual);
  const planned = mapFigures(activity.targets, outcome.planned);
  if (actual.oneForMany) {
    diagnostics.push({
      ruleId: "outcomes/one-number-many-targets",
      severity: "warning",
      messageId: "outcomes.manyTargetsOneNumber",
      data: { id: activity.id, count: activity.targets.length, target: activity.targets[0]!.text },
      source: activity.source,
    });
  }
  const ratios: number[] = [];
  base.targets.forEach((st, k) => {
    const a = actual.byTarget[k];
    const p = planned.byTarget[k];
    if (p !== undefined) st.planned = p.value;
    if (a !== undefined) {
      st.actual = a.value;
      if (a.as !== "value") st.reportedAs = a.as;
      st.ratio = figureRatio(activity.targets[k]!, a);
      ratios.push(st.ratio);
    }
  });
  if (actual.unmatched.length) base.actual = actual.unmatched;
  if (planned.unmatched.length) base.planned = planned.unmatched;

  if (ratios.length) {
    base.ratio = scoring.aggregate === "mean" ? ratios.reduce((s, r) => s + r, 0) / ratios.length : Math.min(...ratios);
  }
  setLight(base, activity, outcome, scoring, diagnostics);
  return base;
}

function scoredTarget(t: Target): ScoredTarget {
  const st: ScoredTarget = { value: t.value, percent: t.percent, comparison: t.comparison, text: t.text };
  if (t.unit) st.unit = t.unit;
  if (t.max !== undefined) st.max = t.max;
  if (t.base) st.base = { ...t.base };
  if (t.count) st.count = { ...t.count };
  if (t.per) st.per = t.per;
  return st;
}

/** The light and the rule that gave it: set by hand, then the targets' ratio, then the status; otherwise it stays not reported. */
function setLight(base: ScoredActivity, activity: Activity, outcome: Outcome, scoring: Scoring, diagnostics: Diagnostic[]): void {
  if (outcome.light) {
    base.light = outcome.light;
    base.rule = "override";
  } else if (base.ratio !== undefined) {
    base.light = lightForRatio(base.ratio, scoring);
    base.rule = "targets";
  } else if (outcome.status && outcome.status in STATUS_LIGHT) {
    base.light = STATUS_LIGHT[outcome.status as keyof typeof STATUS_LIGHT];
    base.rule = "status";
  } else if (outcome.status === "cancelled" || outcome.status === "postponed") {
    base.light = "not-scored";
    base.rule = "not-scored";
  } else if (outcome.comment || numbersOf(outcome.actual).length) {
    const numbers = numbersOf(outcome.actual).length > 0;
    diagnostics.push({
      ruleId: numbers ? "outcomes/numbers-without-target" : "outcomes/comment-only",
      severity: "warning",
      messageId: numbers ? "outcomes.numbersWithoutTarget" : "outcomes.commentOnly",
      data: { id: activity.id },
      source: activity.source,
    });
  }
}

export function countLights(lights: ReportLight[]): Counts {
  const c = { green: 0, yellow: 0, red: 0, notScored: 0, notReported: 0, shareGreen: 0 };
  for (const l of lights) {
    if (l === "green") c.green++;
    else if (l === "yellow") c.yellow++;
    else if (l === "red") c.red++;
    else if (l === "not-scored") c.notScored++;
    else c.notReported++;
  }
  const scored = c.green + c.yellow + c.red;
  c.shareGreen = scored ? c.green / scored : 0;
  return c;
}

/** Plan + outcomes → the scored report. Pure. */
export function scoreReport(input: ScoreInput): { report: Report; diagnostics: Diagnostic[] } {
  const { plan, year, outcomes, scoring } = input;
  const diagnostics: Diagnostic[] = [];
  const acts = outcomes.activities ?? {};
  const previousActs = input.previous?.activities ?? {};
  const areas = plan.areas.map((area) => {
    const activities = area.activities.map((a) => {
      const scored = scoreActivity(a, acts[a.id], scoring, diagnostics);
      const before = numbersOf(previousActs[a.id]?.actual);
      if (input.previous && before.length) scored.previous = { year: input.previous.year, actual: before };
      return scored;
    });
    const comment = outcomes.areas?.[area.id]?.comment?.trim();
    return {
      id: area.id,
      title: area.title,
      ...(area.description ? { description: area.description } : {}),
      // goals are scored only when they carry a target and have an outcome
      goals: area.goals.map((g) => {
        const outcome = g.targets.length ? acts[g.id] : undefined;
        return scoreActivity({ id: g.id, title: g.text, targets: g.targets, tags: [], source: g.source }, outcome, scoring, diagnostics);
      }),
      ...(comment ? { comment } : {}),
      activities,
    };
  });
  // a goal with a target is an item of its own: it is scored and counted like an activity
  const counted = countedItems;
  const withTotals = areas.map((a) => ({ ...a, totals: countLights(counted(a).map((x) => x.light)) }));
  const period = plan.period ?? { from: year, to: year };
  const report: Report = {
    version: REPORT_VERSION,
    year,
    plan: {
      title: plan.title,
      ...(plan.organisation ? { organisation: plan.organisation } : {}),
      period,
      ...(plan.adopted ? { adopted: plan.adopted } : {}),
    },
    language: plan.language,
    thresholds: { green: scoring.green, yellow: scoring.yellow, aggregate: scoring.aggregate },
    ...(outcomes.summary?.trim() ? { summary: outcomes.summary.trim() } : {}),
    totals: countLights(areas.flatMap((a) => counted(a).map((x) => x.light))),
    areas: withTotals,
    unplanned: (outcomes.unplanned ?? []).map((u) => ({
      title: u.title,
      ...("description" in u && u.description ? { description: u.description.trim() } : {}),
    })),
    appendices: (outcomes.appendices ?? []).map((a) => ({ title: a.title, markdown: a.markdown.trim() })),
    board: (input.board ?? []).map((m) => ({ ...m })),
    intro: input.intro === "none" ? [] : plan.sections.filter((x) => isIntro(x.title) && x.markdown.trim()).map((x) => ({ title: x.title, markdown: x.markdown.trim() })),
    staff: (input.staff ?? []).map((m) => ({ ...m })),
  };
  if (input.previousPlan && input.previous && input.previous.year < year) {
    // last year's findings were last year's to fix: only its counts are used here
    const before = scoreReport({ plan: input.previousPlan, year: input.previous.year, outcomes: input.previous, scoring }).report;
    return { report: compareYears(report, before), diagnostics };
  }
  return { report, diagnostics };
}
