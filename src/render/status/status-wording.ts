import { t } from "../../i18n/t.js";
import type { Templates } from "../../model/templates.js";
import type { PlanStatus, State, StatusActivity } from "../../status/types.js";
import { STATES } from "../../status/types.js";
import { Wording } from "../wording.js";

/** Wording shared by the text and Markdown forms of `plan status`. Pure. */
export class StatusWording extends Wording {
  constructor(templates: Templates, readonly planStatus: PlanStatus) {
    super(templates, planStatus.language);
  }

  say(id: string, data?: Record<string, string | number>): string {
    return t(this.language, id, data);
  }

  state(s: State): string {
    return this.say(`state.${s}`);
  }

  /** "Lägesrapport 2025 — Facken i Älvbygden" */
  title(): string {
    const head = this.say("status.title", { year: this.planStatus.year });
    return this.planStatus.plan.organisation ? `${head} — ${this.planStatus.plan.organisation}` : head;
  }

  asOf(): string {
    return this.say("status.asOf", { date: this.date(this.planStatus.asOf), share: this.percent(this.planStatus.yearShare) });
  }

  /** "klart 3 · försenat 2 · …", only the states that occur */
  counts(counts: Record<State, number>): string {
    const shown = STATES.filter((s) => counts[s] > 0).map((s) => `${this.state(s)} ${counts[s]}`);
    // a plan read as empty says so
    return shown.length ? shown.join(" · ") : this.say("status.noActivities");
  }

  /** "2 klara · 1 pågår · 1 inte påbörjade", from what has happened (not from the dates) */
  areaLine(activities: StatusActivity[]): string {
    const n = (p: StatusActivity["progress"]) => activities.filter((a) => a.progress === p).length;
    const line = this.say("status.areaLine", { done: n("done"), inProgress: n("in-progress"), notStarted: n("not-started") });
    // postponed and cancelled too, when there are any: the counts add up to the area's activities
    const rest = (["postponed", "cancelled"] as const).filter((p) => n(p) > 0).map((p) => `${this.state(p)} ${n(p)}`);
    return [line, ...rest].join(" · ");
  }

  /** "8 mars 2025, för 3 dagar sedan" */
  when(a: StatusActivity): string | undefined {
    if (!a.date) return undefined;
    const { date: first, end, from } = a.date;
    const wholeMonth = from !== "text" && end !== undefined && first.endsWith("-01") && end.slice(0, 7) === first.slice(0, 7);
    // a month alone ("frist: juni") is due on its last day; a range is shown as one
    const date = wholeMonth ? this.date(end) : end && end !== first ? `${this.date(first)} – ${this.date(end)}` : this.date(first);
    if (a.state === "overdue") return a.days === 1 ? this.say("status.dayAgo", { date }) : this.say("status.daysAgo", { date, days: a.days! });
    if (a.state === "coming-up") {
      if (a.days === 0) return this.say("status.today", { date });
      return a.days === 1 ? this.say("status.inDay", { date }) : this.say("status.inDays", { date, days: a.days! });
    }
    return this.say("status.dueOn", { date });
  }

  /** "62 av 80 deltagare" per target with a figure */
  figures(a: StatusActivity): string | undefined {
    const parts = a.targets
      .filter((x) => x.actual !== undefined)
      .map((x) => this.say("status.figures", { actual: this.number(x.actual!), target: this.amount(x.value, x) }));
    return parts.length ? parts.join("; ") : undefined;
  }

  /** "78 % av målet, 75 % av året" */
  pace(a: StatusActivity): string | undefined {
    if ((a.state !== "on-track" && a.state !== "behind") || a.share === undefined) return undefined;
    return this.say("status.pace", { reached: this.percent(a.share), year: this.percent(this.planStatus.yearShare) });
  }

  /** Everything after the title: date, figures, pace. */
  note(a: StatusActivity): string {
    return [this.when(a), this.figures(a), this.pace(a)].filter(Boolean).join(" · ");
  }

  name(a: StatusActivity): string {
    const title = this.activityTitle(a);
    return a.goal ? `${title} (${this.say("status.goal")})` : title;
  }
}
