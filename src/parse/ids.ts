import type { Diagnostic } from "../model/diagnostic.js";
import type { Activity, Area, Plan, SourceRef } from "../model/plan.js";
import { slugify } from "../util/slug.js";
import { suggest } from "../util/suggest.js";

/**
 * The id checks, one implementation for the reader, the outcomes check and
 * lint (`activity/duplicate-id`, `outcome/unknown-activity`). Pure.
 */

/** Every item whose id was used before, in order, with where the id was first used. */
export function duplicateIds<T extends { id: string; source: SourceRef }>(items: Iterable<T>): Array<{ item: T; first: SourceRef }> {
  const first = new Map<string, SourceRef>();
  const out: Array<{ item: T; first: SourceRef }> = [];
  for (const item of items) {
    const seen = first.get(item.id);
    if (seen) out.push({ item, first: seen });
    else first.set(item.id, item.source);
  }
  return out;
}

/** The finding a duplicate activity id gives, the same from the reader and from lint. */
export function duplicateIdFinding(d: { item: { id: string; source: SourceRef }; first: SourceRef }): Omit<Diagnostic, "severity"> {
  return { ruleId: "activity/duplicate-id", messageId: "activity/duplicate-id", data: { id: d.item.id, line: d.first.line }, source: d.item.source };
}

/** The ids outcomes may report on, in the plan's order: each area's activities, then its goals that carry a target. */
export function reportableIds(plan: Pick<Plan, "areas">): string[] {
  return plan.areas.flatMap((a) => [...a.activities.map((x) => x.id), ...a.goals.filter((g) => g.targets.length).map((g) => g.id)]);
}

/** The ids that are not among `known`, in order, each with the nearest known id when one is close (a typo). */
export function unknownIds(ids: Iterable<string>, known: readonly string[]): Array<{ id: string; suggestion?: string }> {
  const set = new Set(known);
  const out: Array<{ id: string; suggestion?: string }> = [];
  for (const id of ids) {
    if (set.has(id)) continue;
    const near = suggest(id, known);
    out.push(near ? { id, suggestion: near } : { id });
  }
  return out;
}

export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
  used.add(candidate);
  return candidate;
}

/**
 * Ids, the same for every reader. Areas: explicit → section number → slug of
 * the title. Activities: explicit `#id` → activity number → area + a slug of
 * the title. Explicit and numbered ids are kept as written (a duplicate is
 * reported, never renamed); generated ids get "-2", "-3" so each is unique.
 */
export function assignIds(areas: Area[], diagnostics: Diagnostic[], sectionNumbers: ReadonlyMap<Area, string> = new Map()): void {
  const usedAreas = new Set<string>(areas.map((a) => a.id).filter(Boolean));
  for (const area of areas) {
    if (!area.id) area.id = uniqueId(sectionNumbers.get(area) ?? (slugify(area.title, 3) || "omrade"), usedAreas);
  }
  const pending: Array<{ a: Activity; area: Area }> = [];
  const named: Activity[] = [];
  for (const area of areas) {
    for (const a of area.activities) {
      if (!a.id && a.number) a.id = a.number;
      if (a.id) named.push(a);
      else pending.push({ a, area });
    }
    area.goals.forEach((g, k) => {
      if (!g.id) g.id = `${area.id}-mal-${k + 1}`;
    });
  }
  for (const d of duplicateIds(named)) {
    const f = duplicateIdFinding(d);
    diagnostics.push({ ruleId: f.ruleId, severity: "error", messageId: f.messageId, data: f.data, source: f.source });
  }
  const used = new Set(named.map((a) => a.id));
  for (const { a, area } of pending) {
    a.id = uniqueId(`${area.id.split("-").slice(0, 2).join("-")}-${slugify(a.title, 3) || "aktivitet"}`, used);
  }
}
