import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plan, ROOT } from "../helpers/cli.js";

interface Shown {
  areas: Array<{ id: string; activities: Array<{ id: string; targets: Array<{ value: number; unit?: string; percent: boolean; comparison: string }> }> }>;
}
const shown = (file: string): Shown => {
  const r = plan(["show", file, "--format", "json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Shown;
};
const essence = (p: Shown) =>
  p.areas.map((a) => ({ id: a.id, activities: a.activities.map((x) => ({ id: x.id, targets: x.targets.map((t) => [t.value, t.unit, t.percent, t.comparison]) })) }));

const examples = readdirSync(join(ROOT, "examples"), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => {
    try {
      return readdirSync(join(ROOT, "examples", d.name, "plans")).map((f) => join("examples", d.name, "plans", f));
    } catch {
      return [];
    }
  });

/**
 * Known to change a target today (found by this test, left to the owners of
 * render/plan/): the English YAML example's explicit `targets: ["min 6
 * inspections"]` has no words in the title to come back from, and in the
 * Norwegian example a description's "2 styremøter" becomes a target once
 * written as Markdown. `it.fails` keeps them honest: when they are fixed this
 * turns red, and they move to the list above.
 */
const KNOWN_DRIFT = new Set(["examples/english/plans/2025.yaml", "examples/handlingsplan/plans/2025-2026.md"]);

const roundTrip = (file: string) => {
  const out = join(mkdtempSync(join(tmpdir(), "plan-convert-")), "plan.md");
  const r = plan(["convert", join(ROOT, file), "--to", "md", "-o", out]);
  expect(r.code).toBe(0);
  expect(essence(shown(out))).toEqual(essence(shown(join(ROOT, file))));
};

describe("convert --to md round-trips every shipped example", () => {
  it.each(examples.filter((f) => !KNOWN_DRIFT.has(f)))("%s keeps every id and target", roundTrip);
  it.fails.each([...KNOWN_DRIFT])("%s changes a target today (known, see above)", roundTrip);
});

