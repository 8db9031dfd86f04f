import { formatNumber } from "../text/numbers.js";
import type { Language } from "../model/plan.js";
import type { Counts, ReportLight, ScoredActivity, ScoredTarget } from "../model/report.js";
import type { Templates } from "../model/templates.js";
import { PACKS } from "../i18n/lang/index.js";
import { interpolate } from "../i18n/t.js";
import { neutral } from "../text/neutral.js";
import type { Phrase } from "./presentation/model.js";

/** Stands for the plan's words while a sentence is worded (private-use characters: no template or plan writes them). */
const PLAN_MARK = "\uE000plan\uE001";

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
    return interpolate(this.templates[key], data, this.language);
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

  /** A figure the plan or the secretary wrote, with every decimal kept: "12,5", "12 683". */
  exact(n: number): string {
    return formatNumber(n, PACKS[this.language].decimalComma, 6);
  }

  /** A percentage as written (not a ratio): "12,5 %", "25 %". */
  percentValue(value: number): string {
    const n = this.exact(value);
    return PACKS[this.language].spaceBeforePercent ? `${n}\u00a0%` : `${n}%`;
  }

  /** The plan's name as the report shows it: its periods with an en dash ("Handlingsplan 2025–2026", not "2025 - 2026"). */
  planName(title: string): string {
    return title.replace(/\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b/g, "$1–$2");
  }

  /** A sentence around the plan's own words, with those words marked: `sentence` words it with the text it is given. */
  phrase(sentence: (plan: string) => string, plan: string): Phrase {
    return sentence(PLAN_MARK)
      .split(PLAN_MARK)
      .flatMap((part, i): Phrase => (i === 0 ? [part] : [{ plan }, part]))
      .filter((part) => part !== "");
  }

  /** A period with an en dash: "2025–2026", or one year. */
  period(p: { from: number; to: number }): string {
    return p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
  }

  private withUnit(n: string, unit: string | undefined): string {
    return unit ? `${n} ${unit}` : n;
  }

  /** The target's own number: "högst 3 avhopp", "40–60 deltagare", "12,5 %"; a share with a count as that count when `as` says so. */
  amount(value: number, target: Pick<ScoredTarget, "unit" | "percent"> & Partial<Pick<ScoredTarget, "comparison" | "max" | "per">>): string {
    const n = target.max !== undefined ? `${this.exact(value)}–${this.exact(target.max)}` : this.exact(value);
    const shown = target.percent ? (target.max !== undefined ? `${n}${PACKS[this.language].spaceBeforePercent ? "\u00a0" : ""}%` : this.percentValue(value)) : this.withUnit(n, target.unit);
    const rate = target.per ? `${shown} ${target.per}` : shown;
    return target.comparison === "atMost" ? `${this.text("atMost")} ${rate}` : rate;
  }

  /** "25 % av 12 683 elever" */
  share(t: Pick<ScoredTarget, "value" | "base">): string {
    return this.text("shareOf", { share: this.percentValue(t.value), base: t.base ? this.withUnit(this.exact(t.base.value), t.base.unit) : "" });
  }

  /**
   * What the target is, on the footing the actual was reported on, with the other form in parentheses:
   * "3 171 elever (25 % av 12 683)", "25 % (3 171 av 12 683 elever)", "280 personer (10 %)".
   */
  targetText(t: ScoredTarget): string {
    const count = t.count;
    if (!count) return this.amount(t.value, t);
    const cmp = t.comparison === "atMost" ? `${this.text("atMost")} ` : "";
    const countText = this.withUnit(this.exact(count.value), count.unit);
    if (t.reportedAs === "percent") {
      const of = t.base ? this.text("shareOf", { share: this.exact(count.value), base: this.withUnit(this.exact(t.base.value), t.base.unit) }) : countText;
      return `${cmp}${this.percentValue(t.value)} (${of})`;
    }
    const context = t.base ? this.text("shareOf", { share: this.percentValue(t.value), base: this.exact(t.base.value) }) : this.percentValue(t.value);
    return `${cmp}${countText} (${context})`;
  }

  /** The actual as reported: "4 137", "6,5 %". */
  actualText(t: ScoredTarget): string {
    if (t.actual === undefined) return "";
    const asPercent = t.percent && t.reportedAs !== "count";
    return asPercent ? this.percentValue(t.actual) : this.exact(t.actual);
  }

  /** "127 av 130 deltagare", "4 137 av 3 171 elever (25 % av 12 683)" or "609 planerade / 587 genomförda / 338 mål" */
  targetResult(t: ScoredTarget): string | undefined {
    if (t.actual === undefined) return undefined;
    const target = this.targetText(t);
    if (t.planned !== undefined) {
      return this.text("resultPlanned", { planned: this.exact(t.planned), actual: this.actualText(t), target });
    }
    return this.text("resultOf", { actual: this.actualText(t), target });
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
      const each = withActual.map((t) => `${this.targetResult(t)} · ${this.percent(t.ratio!)}`);
      parts.push(`${this.text("result")}: ${each.join("; ")}`);
    } else if (a.actual?.length) {
      parts.push(`${this.text("result")}: ${a.actual.map((n) => this.exact(n)).join(", ")}`);
    }
    if (a.previous) {
      const now = withActual.map((t) => t.actual!).concat(a.actual ?? []);
      const then = a.previous.actual[0]!;
      const arrow = now[0] === undefined ? "" : now[0] > then ? " ↑" : now[0] < then ? " ↓" : " →";
      parts.push(`(${a.previous.year}: ${a.previous.actual.map((n) => this.exact(n)).join(", ")}${arrow})`);
    }
    const status = this.status(a.status);
    if (a.rule === "status" || a.rule === "not-scored" || (status && withActual.length === 0)) {
      if (status) parts.push(status);
    }
    if (a.rule === "override") parts.push(`(${this.text("setByHand")})`);
    // not reported: the group or list it stands in already says so, in the same words as the light
    return parts.join(" ");
  }

  /** "75 % (3 av 4 bedömda)": the share of green among the scored items, with its denominator; "–" when none was scored. */
  /** A small table of target / planned / actual, when one line cannot say it: several targets, or a forecast. */
  figuresTable(a: ScoredActivity): { header: string[]; rows: string[][] } | undefined {
    const rows = a.targets.filter((t) => t.actual !== undefined);
    const planned = rows.some((t) => t.planned !== undefined);
    if (!rows.length || (rows.length === 1 && !planned)) return undefined;
    const header = [this.text("figuresTarget"), ...(planned ? [this.text("figuresPlanned")] : []), this.text("figuresActual"), this.text("figuresShare")];
    return {
      header,
      rows: rows.map((t) => [
        this.targetText(t),
        ...(planned ? [t.planned === undefined ? "–" : this.exact(t.planned)] : []),
        this.actualText(t),
        this.percent(t.ratio!),
      ]),
    };
  }

  /** "57 % (4 av 7 bedömda)"; "–" when nothing was scored */
  shareGreen(c: { green: number; yellow: number; red: number; shareGreen: number }): string {
    const parts = this.shareGreenParts(c);
    return parts ? `${parts.share} (${parts.scored})` : "–";
  }

  /** the two parts of shareGreen, "57 %" and "4 av 7 bedömda", for a layout that keeps each whole */
  shareGreenParts(c: { green: number; yellow: number; red: number; shareGreen: number }): { share: string; scored: string } | undefined {
    const scored = c.green + c.yellow + c.red;
    return scored ? { share: this.greenShare(c), scored: this.text("tableScored", { green: c.green, scored }) } : undefined;
  }

  /** "67 %": the share of green among the scored items alone; "–" when nothing was scored. */
  greenShare(c: Pick<Counts, "green" | "yellow" | "red" | "shareGreen">): string {
    return c.green + c.yellow + c.red ? this.percent(c.shareGreen) : "–";
  }

  /** "50 % → 67 %": the share of green the year before and this year. */
  change(before: Counts, after: Counts): string {
    return `${this.greenShare(before)} → ${this.greenShare(after)}`;
  }

  /** "Maria Lindqvist, ordförande (Byggfacket), ersättare" */
  person(m: { name: string; role?: string; organisation?: string; deputy?: boolean }): string {
    return [m.name, m.role, m.organisation ? `(${m.organisation})` : undefined].filter(Boolean).join(", ").replace(/, \(/, " (") + (m.deputy ? `, ${this.text("deputy")}` : "");
  }

  /** "1.3 Ge ut fyra nummer av medlemstidningen" */
  activityTitle(a: Pick<ScoredActivity, "number" | "title">): string {
    return a.number ? `${a.number} ${a.title}` : a.title;
  }
}

/** A phrase as text, the plan's words passed through `escape` (Markdown) and made harmless as interpolate makes every value. */
export function phraseText(phrase: Phrase, escape: (text: string) => string = (x) => x): string {
  return phrase.map((part) => (typeof part === "string" ? part : neutral(escape(part.plan)))).join("");
}
