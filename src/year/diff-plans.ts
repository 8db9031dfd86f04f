import type { Activity, Plan } from "../model/plan.js";

export interface PlanDiff {
  added: Array<{ id: string; title: string }>;
  dropped: Array<{ id: string; title: string }>;
  kept: Array<{ id: string; title: string; targets: Array<{ unit?: string; from: number; to: number; change: "raised" | "lowered" }> }>;
}

const norm = (s: string) => s.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim();

/** What changed between two plans: activities matched by id, else by wording with the numbers left out. Pure. */
export function diffPlans(a: Plan, b: Plan): PlanDiff {
  const before = a.areas.flatMap((x) => x.activities);
  const after = b.areas.flatMap((x) => x.activities);
  const used = new Set<Activity>();
  const match = (x: Activity) =>
    before.find((y) => !used.has(y) && y.id === x.id) ?? before.find((y) => !used.has(y) && norm(y.title) === norm(x.title));
  const diff: PlanDiff = { added: [], dropped: [], kept: [] };
  for (const x of after) {
    const y = match(x);
    if (!y) {
      diff.added.push({ id: x.id, title: x.title });
      continue;
    }
    used.add(y);
    const targets: PlanDiff["kept"][number]["targets"] = [];
    x.targets.forEach((tx, k) => {
      const ty = y.targets.find((t) => t.unit === tx.unit && t.percent === tx.percent) ?? y.targets[k];
      if (ty && ty.value !== tx.value) targets.push({ ...(tx.unit ? { unit: tx.unit } : {}), from: ty.value, to: tx.value, change: tx.value > ty.value ? "raised" : "lowered" });
    });
    diff.kept.push({ id: x.id, title: x.title, targets });
  }
  for (const y of before) if (!used.has(y)) diff.dropped.push({ id: y.id, title: y.title });
  return diff;
}
