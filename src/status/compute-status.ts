import type { Scoring } from "../model/config.js";
import type { Outcome, Outcomes } from "../model/outcomes.js";
import type { Activity, Plan } from "../model/plan.js";
import { mapFigures } from "../model/figures.js";
import { figureRatio } from "../score/score-report.js";
import { readDate } from "./activity-date.js";
import { addDays, daysBetween, yearShare } from "./calendar-days.js";
import { STATES, type ActivityDate, type PlanStatus, type Progress, type State, type StateCounts, type StatusActivity, type StatusTarget } from "./types.js";

export interface StatusInput {
  plan: Plan;
  year: number;
  /** the outcomes so far; undefined when no outcomes file exists yet */
  outcomes?: Outcomes;
  /** YYYY-MM-DD */
  asOf: string;
  scoring: Pick<Scoring, "aggregate">;
  /** how many days ahead count as "coming up" */
  horizonDays?: number;
}

/** Floating point must not put 60/80 on 75 % of the year behind. */
const EPSILON = 1e-9;

/** The activity's date: its when/När column, then its due attribute, then a date in its text. */
export function activityDate(activity: Activity & { when?: string }, year: number): ActivityDate | undefined {
  return (
    readDate(activity.when, year, "when") ??
    readDate(activity.due, year, "due") ??
    readDate(activity.title, year, "text") ??
    readDate(activity.description, year, "text")
  );
}

function progressOf(outcome: Outcome | null | undefined, targets: StatusTarget[]): Progress {
  const status = outcome?.status;
  if (status === "cancelled" || status === "postponed") return status;
  if (status === "done") return "done";
  // every target reached by the figures so far ("at most" targets are only settled at year end)
  const reached = targets.length > 0 && targets.every((t) => t.comparison !== "atMost" && t.share !== undefined && t.share + EPSILON >= 1);
  if (reached) return "done";
  if (status === "partial" || targets.some((t) => t.actual !== undefined)) return "in-progress";
  return "not-started";
}

function emptyCounts(): StateCounts {
  return Object.fromEntries(STATES.map((s) => [s, 0])) as StateCounts;
}

function countStates(activities: StatusActivity[]): StateCounts {
  const c = emptyCounts();
  for (const a of activities) c[a.state]++;
  return c;
}

/** An activity's targets with the figures reported so far and the share of each reached. */
function statusTargets(activity: Activity, outcome: Outcome | null | undefined): StatusTarget[] {
  const { byTarget } = mapFigures(activity.targets, outcome?.actual);
  return activity.targets.map((t, k) => {
    const st: StatusTarget = { value: t.value, percent: t.percent, comparison: t.comparison, text: t.text };
    if (t.unit) st.unit = t.unit;
    const a = byTarget[k];
    if (a !== undefined) {
      // a share of a base reported as a count is measured against the count, as the report does
      st.actual = a.value;
      st.share = figureRatio(t, a);
      if (a.as === "count" && t.count) {
        st.value = t.count.value;
        st.percent = false;
        if (t.count.unit) st.unit = t.count.unit;
      }
    }
    return st;
  });
}

/**
 * Plan + the outcomes so far + a day → where each activity stands. Pure.
 * A date that has passed without the activity being done makes it overdue;
 * an activity without a date but with a yearly number is on track while the
 * share of the target reached keeps up with the share of the year passed.
 */
export function computeStatus(input: StatusInput): PlanStatus {
  const { plan, year, asOf } = input;
  const horizon = input.horizonDays ?? 30;
  const share = yearShare(year, asOf);
  const acts = input.outcomes?.activities ?? {};

  const follow = (activity: Activity, goal: boolean): StatusActivity => {
    const outcome = acts[activity.id];
    const targets = statusTargets(activity, outcome);
    const shares = targets.flatMap((t) => (t.share === undefined ? [] : [t.share]));
    const date = goal ? undefined : activityDate(activity, year);
    let progress = progressOf(outcome, targets);
    // figures for a dated activity whose day has passed: it took place, whatever it reached
    if (progress === "in-progress" && date && daysBetween(date.end ?? date.date, asOf) > 0 && targets.some((t) => t.actual !== undefined)) progress = "done";

    let state: State;
    let days: number | undefined;
    if (progress === "cancelled" || progress === "postponed" || progress === "done") state = progress;
    else if (date && daysBetween(date.end ?? date.date, asOf) > 0) {
      state = "overdue";
      days = daysBetween(date.end ?? date.date, asOf);
    } else if (date && daysBetween(asOf, date.date) <= horizon) {
      state = "coming-up";
      days = Math.max(0, daysBetween(asOf, date.date));
    } else if (!date && shares.length) {
      const reached = input.scoring.aggregate === "mean" ? shares.reduce((s, r) => s + r, 0) / shares.length : Math.min(...shares);
      state = reached + EPSILON >= share ? "on-track" : "behind";
    } else state = progress;

    const item: StatusActivity = { id: activity.id, title: activity.title, state, progress, targets };
    if (activity.number) item.number = activity.number;
    if (activity.group) item.group = activity.group;
    if (goal) item.goal = true;
    if (outcome?.status) item.status = outcome.status;
    if (date) item.date = date;
    if (days !== undefined) item.days = days;
    if (shares.length) item.share = input.scoring.aggregate === "mean" ? shares.reduce((s, r) => s + r, 0) / shares.length : Math.min(...shares);
    if (outcome?.comment?.trim()) item.comment = outcome.comment.trim();
    return item;
  };

  const areas = plan.areas.map((area) => {
    const activities = [
      ...area.activities.map((a) => follow(a, false)),
      ...area.goals.filter((g) => g.targets.length).map((g) => follow({ id: g.id, title: g.text, targets: g.targets, tags: [], source: g.source }, true)),
    ];
    return { id: area.id, title: area.title, counts: countStates(activities), activities };
  });

  const until = addDays(asOf, horizon);
  const dates = plan.dates
    .filter((d) => (d.end ?? d.date) >= asOf && d.date <= until)
    .map((d) => ({ date: d.date, ...(d.end ? { end: d.end } : {}), title: d.title, days: Math.max(0, daysBetween(asOf, d.date)) }));

  return {
    year,
    asOf,
    yearShare: share,
    horizonDays: horizon,
    plan: { title: plan.title, ...(plan.organisation ? { organisation: plan.organisation } : {}) },
    language: plan.language,
    outcomes: input.outcomes !== undefined,
    counts: countStates(areas.flatMap((a) => a.activities)),
    areas,
    dates,
  };
}
