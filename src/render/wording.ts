import { formatNumber } from "../text/numbers.js";
import type { Language } from "../model/plan.js";
import type { ReportLight, ScoredActivity, ScoredTarget } from "../model/report.js";
import type { Templates } from "../model/templates.js";
import { PACKS } from "../i18n/lang/index.js";
import { interpolate } from "../i18n/t.js";

/**
 * Wording shared by the Markdown and PDF renderers: numbers, percentages,
 * light labels and the one-line result of an activity. Pure.
 */
export class Wording {
  constructor(
    readonly templates: Templates,
    readonly language: Language,
  ) {}

  text(key: keyof Templates, data?: Record<string, string | number>): string {
    return interpolate(this.templates[key], data);
  }

  number(n: number): string {
    return formatNumber(n, PACKS[this.language].decimalComma);
  }

  percent(ratio: number): string {
    const p = Math.round(ratio * 100);
    return PACKS[this.language].spaceBeforePercent ? `${p}\u00a0%` : `${p}%`;
  }

  light(light: ReportLight): string {
    const key = ({ green: "lightGreen", yellow: "lightYellow", red: "lightRed", "not-scored": "lightNotScored", "not-reported": "lightNotReported" } as const)[light];
    return this.templates[key];
  }

  status(status: ScoredActivity["status"]): string | undefined {
    if (!status) return undefined;
    const key = ({ done: "statusDone", partial: "statusPartial", "not-done": "statusNotDone", cancelled: "statusCancelled", postponed: "statusPostponed" } as const)[status];
    return this.templates[key];
  }

  /** "2025-02-11" → "11 februari 2025"; anything that is not an ISO date is shown as written */
  date(iso: string): string {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    const month = m ? this.templates.months.split(",").map((x) => x.trim())[Number(m[2]) - 1] : undefined;
    if (!m || !month) return iso;
    return this.text("date", { day: Number(m[3]), month, year: m[1]! });
  }

  /** "130 deltagare", "25 %" */
  amount(value: number, target: Pick<ScoredTarget, "unit" | "percent">): string {
    if (target.percent) return this.percent(value / 100);
    return target.unit ? `${this.number(value)} ${target.unit}` : this.number(value);
  }

  /** "127 av 130 deltagare" or "609 planerade / 587 genomförda / 338 mål" */
  targetResult(t: ScoredTarget): string | undefined {
    if (t.actual === undefined) return undefined;
    const target = this.amount(t.value, t);
    if (t.planned !== undefined) {
      return this.text("resultPlanned", { planned: this.number(t.planned), actual: this.number(t.actual), target });
    }
    return this.text("resultOf", { actual: this.number(t.actual), target });
  }

  /** Why an activity got its light, in one line: the result, the ratio, the status or "set by hand". */
  activityResult(a: ScoredActivity, figuresShownElsewhere = false): string {
    const parts: string[] = [];
    const withActual = a.targets.filter((t) => t.actual !== undefined);
    if (figuresShownElsewhere) {
      // the numbers are in a table next to this line
    } else if (withActual.length === 1) {
      parts.push(`${this.text("result")}: ${this.targetResult(withActual[0]!)} · ${this.percent(withActual[0]!.ratio!)}`);
    } else if (withActual.length > 1) {
      const each = withActual.map((t) => `${this.targetResult(t)} (${this.percent(t.ratio!)})`);
      parts.push(`${this.text("result")}: ${each.join("; ")}`);
    } else if (a.actual?.length) {
      parts.push(`${this.text("result")}: ${a.actual.map((n) => this.number(n)).join(", ")}`);
    }
    if (a.previous) {
      const now = withActual.map((t) => t.actual!).concat(a.actual ?? []);
      const then = a.previous.actual[0]!;
      const arrow = now[0] === undefined ? "" : now[0] > then ? " ↑" : now[0] < then ? " ↓" : " →";
      parts.push(`(${a.previous.year}: ${a.previous.actual.map((n) => this.number(n)).join(", ")}${arrow})`);
    }
    const status = this.status(a.status);
    if (a.rule === "status" || a.rule === "not-scored" || (status && withActual.length === 0)) {
      if (status) parts.push(status);
    }
    if (a.rule === "override") parts.push(`(${this.text("setByHand")})`);
    if (a.rule === "not-reported") parts.push(this.text("noOutcome"));
    return parts.join(" ");
  }

  /** "1.3 Ge ut fyra nummer av medlemstidningen" */
  activityTitle(a: Pick<ScoredActivity, "number" | "title">): string {
    return a.number ? `${a.number} ${a.title}` : a.title;
  }
}
