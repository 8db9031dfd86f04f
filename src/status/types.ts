import type { Comparison, Language } from "../model/plan.js";
import type { Status } from "../model/outcomes.js";

/**
 * Where the plan stands on a day. Plain types: this model is only written
 * (`plan status --format json`), never read back.
 */

/** What has happened: from the outcomes so far. */
export type Progress = "done" | "in-progress" | "not-started" | "cancelled" | "postponed";

/**
 * The one word shown for an activity, the first that applies:
 * cancelled/postponed, done, overdue (its date has passed), coming up (its date
 * is within the next 30 days), behind / on track (a yearly number against the
 * share of the year passed), in progress, not started. Never a light: nothing
 * is red before its time is up.
 */
export const STATES = ["done", "overdue", "coming-up", "on-track", "behind", "in-progress", "not-started", "postponed", "cancelled"] as const;
export type State = (typeof STATES)[number];

export type StateCounts = Record<State, number>;

export interface StatusTarget {
  value: number;
  unit?: string;
  percent: boolean;
  comparison: Comparison;
  text: string;
  actual?: number;
  /** actual / target so far (1 = reached) */
  share?: number;
}

export interface ActivityDate {
  /** YYYY-MM-DD; for a range, its first day */
  date: string;
  /** the last day, when the text names a range or only a month ("frist: juni") */
  end?: string;
  /** where the date was read: the when/När column, the due attribute, or the activity's text */
  from: "when" | "due" | "text";
}

export interface StatusActivity {
  id: string;
  number?: string;
  title: string;
  group?: string;
  /** a goal of the area that carries a target, followed like an activity */
  goal?: true;
  state: State;
  progress: Progress;
  status?: Status;
  date?: ActivityDate;
  /** for overdue: days since the (last) date; for coming up: days until it (0 = today) */
  days?: number;
  targets: StatusTarget[];
  /** the smallest share of a target reached so far, over the targets with a figure */
  share?: number;
  comment?: string;
}

export interface StatusArea {
  id: string;
  title: string;
  counts: StateCounts;
  activities: StatusActivity[];
}

export interface PlanStatus {
  year: number;
  /** the day the status is for, YYYY-MM-DD */
  asOf: string;
  /** the share of the year passed on that day, 0…1 (the day itself counted) */
  yearShare: number;
  /** the days counted as "coming up" */
  horizonDays: number;
  plan: { title: string; organisation?: string };
  language: Language;
  /** false when there is no outcomes file yet: everything not started */
  outcomes: boolean;
  counts: StateCounts;
  areas: StatusArea[];
  /** the plan's important dates within the horizon */
  dates: Array<{ date: string; end?: string; title: string; days: number }>;
}
