import type { Language } from "../model/plan.js";
import type { Counts, Report, ScoredActivity } from "../model/report.js";
import { countLights } from "../score/score-report.js";
import { slugify } from "../util/slug.js";
import { AreaGroups } from "./area-groups.js";
import type { RollupMap } from "./rollup-map.js";
import type { Rollup, RollupArea, RollupMissing, RollupUnit } from "./types.js";

export interface RollupInput {
  /** checked reports, all of one year, one per branch */
  reports: Report[];
  year: number;
  language: Language;
  map?: RollupMap;
  /** branches known to exist (a workspace folder) that have no report */
  withoutReport?: string[];
}

export function branchName(report: Report): string {
  return report.plan.organisation?.trim() || report.plan.title.trim();
}

function addCounts(list: Counts[]): Counts {
  const c = { green: 0, yellow: 0, red: 0, notScored: 0, notReported: 0, shareGreen: 0 };
  for (const x of list) {
    c.green += x.green;
    c.yellow += x.yellow;
    c.red += x.red;
    c.notScored += x.notScored;
    c.notReported += x.notReported;
  }
  const scored = c.green + c.yellow + c.red;
  c.shareGreen = scored ? c.green / scored : 0;
  return c;
}

const unitKey = (u: string) => u.toLowerCase().replace(/\s+/g, " ").trim();
const nameKey = (n: string) => slugify(n, 50);

/** Targets that share a unit across at least two branches, over activities and scored goals: added up. */
function sharedUnits(reports: Report[]): RollupUnit[] {
  const units = new Map<string, RollupUnit & { names: Set<string> }>();
  for (const r of reports) {
    const items: ScoredActivity[] = r.areas.flatMap((a) => [...a.activities, ...a.goals]);
    for (const item of items) {
      for (const t of item.targets) {
        if (!t.unit || t.percent || t.comparison === "atMost") continue;
        const k = unitKey(t.unit);
        let u = units.get(k);
        if (!u) {
          u = { unit: t.unit, branches: 0, targets: 0, reported: 0, targetAll: 0, targetReported: 0, actual: 0, names: new Set() };
          units.set(k, u);
        }
        u.names.add(branchName(r));
        u.targets++;
        u.targetAll += t.value;
        if (t.actual !== undefined) {
          u.reported++;
          u.targetReported += t.value;
          u.actual += t.actual;
        }
      }
    }
  }
  return [...units.values()]
    .filter((u) => u.names.size >= 2)
    .map(({ names, ...u }) => ({ ...u, branches: names.size, ...(u.reported && u.targetReported > 0 ? { share: u.actual / u.targetReported } : {}) }))
    .sort((a, b) => b.branches - a.branches || a.unit.localeCompare(b.unit, "sv"));
}

/**
 * Branches' reports → one report for the federation. Pure. Areas are joined
 * across branches by id, by normalised title or by the map; targets are
 * added up only where the unit is the same and adding makes sense (not
 * percentages, not "at most").
 */
export function rollupReports(input: RollupInput): Rollup {
  const reports = [...input.reports].sort((a, b) => branchName(a).localeCompare(branchName(b), "sv"));

  const branches = reports.map((r) => ({
    name: branchName(r),
    plan: r.plan.title,
    language: r.language,
    activities: r.areas.reduce((n, a) => n + a.activities.length, 0),
    totals: r.totals,
  }));

  // areas across branches
  const groups = new AreaGroups();
  for (const [title, aliases] of Object.entries(input.map?.areas ?? {})) groups.mapTitle(title, aliases);
  for (const r of reports) for (const a of r.areas) groups.add(a.id, a.title);
  const byGroup = new Map<string, { title: string; titles: string[]; branches: string[]; counts: Counts[] }>();
  for (const r of reports) {
    for (const a of r.areas) {
      const key = groups.groupOf(a.id, a.title);
      let g = byGroup.get(key);
      if (!g) {
        g = { title: key.startsWith("map:") ? key.slice(4) : a.title, titles: [], branches: [], counts: [] };
        byGroup.set(key, g);
      }
      if (a.title !== g.title && !g.titles.includes(a.title)) g.titles.push(a.title);
      if (!g.branches.includes(branchName(r))) g.branches.push(branchName(r));
      g.counts.push(countLights(a.activities.map((x) => x.light)));
    }
  }
  const areas: RollupArea[] = [...byGroup.values()].map((g) => ({ title: g.title, alsoNamed: g.titles, branches: g.branches, totals: addCounts(g.counts) }));

  const shared = sharedUnits(reports);

  // who has not reported
  const present = new Set(branches.map((b) => nameKey(b.name)));
  const missing: RollupMissing[] = [];
  for (const b of branches) if (b.activities > 0 && b.totals.notReported === b.activities) missing.push({ name: b.name, reason: "no-outcomes" });
  for (const name of [...(input.withoutReport ?? []), ...(input.map?.branches ?? [])]) {
    if (present.has(nameKey(name))) continue;
    present.add(nameKey(name));
    missing.push({ name, reason: "no-report" });
  }
  missing.sort((a, b) => a.name.localeCompare(b.name, "sv"));

  return {
    year: input.year,
    language: input.language,
    ...(input.map?.title ? { title: input.map.title } : {}),
    totals: addCounts(reports.map((r) => r.totals)),
    branches,
    areas,
    units: shared,
    missing,
  };
}
