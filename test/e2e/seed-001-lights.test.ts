import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { plan } from "../helpers/cli.js";

/**
 * The district's real 2023 report (seed 001) shows these lights. The plan and
 * outcomes in test/fixtures/lights-2023 are our own words around its numbers;
 * with the default thresholds every light must come out the same.
 */
describe("the lights of seed 001 are reproduced with the default thresholds", () => {
  const run = plan(["report", "2023", "-C", "test/fixtures/lights-2023", "--format", "json", "--stdout"]);
  const report = JSON.parse(run.stdout) as Report;
  const byId = new Map(report.areas.flatMap((a) => a.activities).map((a) => [a.id, a]));

  it("runs cleanly", () => {
    expect(run.code).toBe(0);
  });

  it.each([
    ["ung-minst-130-deltagare", "green", 127 / 130], // 127 of 130
    ["ung-minst-45-deltagare", "green", 43 / 45],
    ["studier-338-deltagare-grundutbildning", "green", 587 / 338], // 609 planned / 587 / central 338
    ["studier-520-deltagare-grundutbildning", "green", 772 / 520],
    ["studier-169-deltagare-medlemsutbildningen", "green", 232 / 169],
    ["studier-338-deltagare-maktutbildningen", "yellow", 206 / 338],
    ["studier-169-deltagare-utbildning", "yellow", 74 / 169],
    ["studier-140-deltagare-insikter", "yellow", 57 / 140],
    ["skola-na-25-procent", "yellow", 215 / 662], // 4 137 of 12 683 pupils, 215 of 662 lessons: the lowest counts
    ["skola-genomfora-70-skolinformationer", "green", 1],
    ["skola-genomfora-20-skolinformationer", "green", 21 / 20],
    ["kommunikation-oka-antalet-foljare", "yellow", 191 / 280],
  ])("%s → %s", (id, light, ratio) => {
    const a = byId.get(id);
    expect(a?.light).toBe(light);
    expect(a?.rule).toBe("targets");
    expect(a?.ratio).toBeCloseTo(ratio, 6);
  });

  it("a task not done is red by status", () => {
    const a = byId.get("skola-rekrytera-skolorganisatorer-varje");
    expect(a).toMatchObject({ light: "red", rule: "status", status: "not-done" });
  });

  it("planned / actual / central target are all kept for the report", () => {
    expect(byId.get("studier-338-deltagare-grundutbildning")?.targets[0]).toMatchObject({ value: 338, planned: 609, actual: 587 });
    // "25 procent av eleverna (12 683 elever)" is one target: 25 % of 12 683 = 3 171 pupils, reached by 4 137
    const school = byId.get("skola-na-25-procent")!;
    expect(school.targets.map((t) => [t.value, t.count?.value, t.actual])).toEqual([
      [25, 3171, 4137],
      [662, undefined, 215],
    ]);
    expect(school.targets[0]!.ratio).toBeCloseTo(4137 / 3171, 6);
  });

  it("totals count every activity once", () => {
    expect(report.totals).toMatchObject({ green: 7, yellow: 5, red: 1, notScored: 0, notReported: 0 });
    expect(report.totals.shareGreen).toBeCloseTo(7 / 13, 6);
  });
});
