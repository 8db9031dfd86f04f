import { findDate, type FoundDate } from "../extract/dates.js";
import type { Activity, Area, SourceRef } from "../model/plan.js";
import { readDateClaims } from "./dates.js";
import type { LintContext } from "./types.js";

/** Every piece of plan text a person wrote for an item, with where it is. */
export function itemTexts(ctx: LintContext): Array<{ text: string; source: SourceRef; kind: "activity" | "goal" | "area" | "date" }> {
  const out: Array<{ text: string; source: SourceRef; kind: "activity" | "goal" | "area" | "date" }> = [];
  for (const area of ctx.plan.areas) {
    out.push({ text: area.title, source: area.source, kind: "area" });
    for (const g of area.goals) out.push({ text: g.text, source: g.source, kind: "goal" });
    for (const a of area.activities) {
      out.push({ text: a.title, source: a.source, kind: "activity" });
      if (a.description) out.push({ text: a.description, source: a.source, kind: "activity" });
    }
  }
  return out;
}

/** The original line of each important date (Markdown and pasted text; YAML dates are already ISO). */
export function dateLines(ctx: LintContext): Array<{ text: string; source: SourceRef }> {
  if (ctx.format === "yaml") return [];
  return ctx.plan.dates.map((d) => ({ text: (ctx.lines[d.source.line - 1] ?? "").replace(/^\s*[-*+]\s+/, ""), source: d.source }));
}

/** An area's numbered activities, split into section ("10") and position (6) — for the numbering rules. */
export function numberedActivities(area: Area): Array<{ activity: Activity; section: string; n: number; number: string }> {
  return area.activities.flatMap((activity) => {
    const m = activity.number ? /^(.*)\.(\d+)$/.exec(activity.number) : null;
    return m ? [{ activity, section: m[1]!, n: Number(m[2]), number: activity.number! }] : [];
  });
}

/**
 * The date a text names (in the plan's first year, else 2000), read once per
 * lint run: four rules ask about the same texts.
 */
const found = new WeakMap<LintContext, Map<string, FoundDate | undefined>>();
export function dateIn(ctx: LintContext, text: string): FoundDate | undefined {
  let cache = found.get(ctx);
  if (!cache) found.set(ctx, (cache = new Map()));
  if (!cache.has(text)) cache.set(text, findDate(text, ctx.plan.period?.from ?? 2000));
  return cache.get(text);
}

type DateClaims = Array<{ claims: NonNullable<ReturnType<typeof readDateClaims>>; source: SourceRef }>;
const claimed = new WeakMap<LintContext, DateClaims>();

/** What every dated line (important dates, activity and goal texts) claims about its date, in the plan's year. */
export function dateClaims(ctx: LintContext): DateClaims {
  const year = ctx.plan.period?.from;
  if (!year) return [];
  const known = claimed.get(ctx);
  if (known) return known;
  const claims = [...dateLines(ctx), ...itemTexts(ctx)].flatMap(({ text, source }) => {
    const c = readDateClaims(text, year, dateIn(ctx, text));
    return c ? [{ claims: c, source }] : [];
  });
  claimed.set(ctx, claims);
  return claims;
}
