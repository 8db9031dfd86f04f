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

const roundTrip = (file: string) => {
  const out = join(mkdtempSync(join(tmpdir(), "plan-convert-")), "plan.md");
  const r = plan(["convert", join(ROOT, file), "--to", "md", "-o", out]);
  expect(r.code).toBe(0);
  expect(essence(shown(out))).toEqual(essence(shown(join(ROOT, file))));
};

describe("convert --to md round-trips every shipped example", () => {
  it.each(examples)("%s keeps every id and target", roundTrip);
});

