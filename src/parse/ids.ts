import type { Diagnostic } from "../model/diagnostic.js";
import type { Activity, Area, SourceRef } from "../model/plan.js";
import { slugify } from "../util/slug.js";

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
  const seen = new Map<string, SourceRef>();
  const pending: Array<{ a: Activity; area: Area }> = [];
  for (const area of areas) {
    for (const a of area.activities) {
      if (!a.id && a.number) a.id = a.number;
      if (!a.id) {
        pending.push({ a, area });
        continue;
      }
      const first = seen.get(a.id);
      if (first) {
        diagnostics.push({
          ruleId: "activity/duplicate-id",
          severity: "error",
          messageId: "activity/duplicate-id",
          data: { id: a.id, line: first.line },
          source: a.source,
        });
      } else seen.set(a.id, a.source);
    }
    area.goals.forEach((g, k) => {
      if (!g.id) g.id = `${area.id}-mal-${k + 1}`;
    });
  }
  const used = new Set(seen.keys());
  for (const { a, area } of pending) {
    a.id = uniqueId(`${area.id.split("-").slice(0, 2).join("-")}-${slugify(a.title, 3) || "aktivitet"}`, used);
  }
}
