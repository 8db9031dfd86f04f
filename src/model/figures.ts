import { ALL_PACKS } from "../i18n/lang/index.js";
import type { Figures } from "./outcomes.js";
import type { Target } from "./plan.js";

/*
 * How the figures a secretary reports map onto an activity's targets. Part of
 * the model because both the outcomes checks and the scoring rely on it.
 */

const unitKey = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
/** The keys that report a share as a percentage: `{procent: 32}` (every pack's percent words). */
const PERCENT_KEYS = new Set(ALL_PACKS.flatMap((p) => p.reading.percent));

/** A reported figure and the form it was given in: the target's own number, a share's count, or a percentage. */
export interface MappedFigure {
  value: number;
  as: "value" | "count" | "percent";
}

/** A plain number for a share that has a count is that count: the template asks for it by the count's unit. */
const plainForm = (t: Target): MappedFigure["as"] => (t.count ? "count" : "value");

/**
 * Maps reported figures onto an activity's targets: by unit (`{elever: 4137}`),
 * by order (`[4137, 215]`) or, for one target, a plain number. A share with a
 * count takes its count's unit (`{elever: 4137}`) or a percentage (`{procent: 32}`).
 * Returns the figures per target index and the figures that matched no target.
 */
export function mapFigures(
  targets: Target[],
  figures: Figures | null | undefined,
): { byTarget: Array<MappedFigure | undefined>; unmatched: number[]; unknownUnits: string[]; oneForMany: boolean } {
  const byTarget: Array<MappedFigure | undefined> = targets.map(() => undefined);
  const unmatched: number[] = [];
  const unknownUnits: string[] = [];
  let oneForMany = false;
  if (figures === null || figures === undefined) return { byTarget, unmatched, unknownUnits, oneForMany };
  if (typeof figures === "number") {
    if (targets.length === 0) unmatched.push(figures);
    else {
      byTarget[0] = { value: figures, as: plainForm(targets[0]!) };
      oneForMany = targets.length > 1;
    }
  } else if (Array.isArray(figures)) {
    figures.forEach((v, k) => (k < targets.length ? (byTarget[k] = { value: v, as: plainForm(targets[k]!) }) : unmatched.push(v)));
  } else {
    for (const [key, v] of Object.entries(figures)) {
      if (v === null) continue;
      const k = unitKey(key);
      const form = (t: Target): MappedFigure["as"] | undefined => {
        if (t.count?.unit !== undefined && unitKey(t.count.unit) === k) return "count";
        if (t.percent && PERCENT_KEYS.has(k)) return t.count ? "percent" : "value";
        if (t.unit !== undefined && unitKey(t.unit) === k) return "value";
        if (t.subject !== undefined && unitKey(t.subject) === k) return plainForm(t);
        return undefined;
      };
      const index = targets.findIndex((t, n) => byTarget[n] === undefined && form(t) !== undefined);
      if (index === -1) {
        unmatched.push(v);
        unknownUnits.push(key);
      } else byTarget[index] = { value: v, as: form(targets[index]!)! };
    }
  }
  return { byTarget, unmatched, unknownUnits, oneForMany };
}

