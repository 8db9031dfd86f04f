import { describe, expect, it } from "vitest";
import type { Report, ScoredActivity, ScoredArea } from "../../src/model/report.js";
import { normaliseTitle } from "../../src/rollup/area-groups.js";
import { checkReport } from "../../src/rollup/check-report.js";
import { rollupReports } from "../../src/rollup/rollup-reports.js";
import { countLights } from "../../src/score/score-report.js";

const activity = (light: ScoredActivity["light"], targets: ScoredActivity["targets"] = []): ScoredActivity => ({
  id: `a-${Math.random()}`,
  title: "x",
  light,
  rule: light === "not-reported" ? "not-reported" : "targets",
  targets,
});
const area = (id: string, title: string, activities: ScoredActivity[]): ScoredArea => ({ id, title, goals: [], totals: countLights(activities.map((a) => a.light)), activities });
const report = (organisation: string, areas: ScoredArea[]): Report => ({
  version: 1,
  year: 2025,
  plan: { title: "Verksamhetsplan 2025", organisation, period: { from: 2025, to: 2025 } },
  language: "sv",
  thresholds: { green: 0.9, yellow: 0.3, aggregate: "min" },
  totals: countLights(areas.flatMap((a) => a.activities.map((x) => x.light))),
  areas,
  unplanned: [],
  appendices: [],
  board: [],
  intro: [],
  staff: [],
});
const target = (value: number, unit: string, actual?: number, extra: Partial<ScoredActivity["targets"][number]> = {}) => ({
  value,
  unit,
  percent: false,
  comparison: "atLeast" as const,
  text: `${value} ${unit}`,
  ...(actual === undefined ? {} : { actual, ratio: actual / value }),
  ...extra,
});

describe("normaliseTitle", () => {
  it("drops section numbers, case, diacritics and punctuation", () => {
    expect(normaliseTitle("3. Facklig utbildning")).toBe("facklig-utbildning");
    expect(normaliseTitle("FACKLIG UTBILDNING")).toBe("facklig-utbildning");
    expect(normaliseTitle("Arbetsmiljö")).toBe(normaliseTitle("arbetsmiljo"));
  });
});

describe("rollupReports", () => {
  it("joins areas by id, by title, and through each other; never by a bare section number", () => {
    const r = rollupReports({
      year: 2025,
      language: "sv",
      reports: [
        report("A", [area("skola", "Skola", [activity("green")]), area("1", "Ung", [activity("red")])]),
        report("B", [area("skola", "Skolinformation", [activity("yellow")]), area("1", "Kommunikation", [activity("green")])]),
        report("C", [area("2", "Skolinformation", [activity("green")])]),
      ],
    });
    expect(r.areas.map((a) => [a.title, a.branches.join(","), a.totals.green, a.totals.yellow, a.totals.red])).toEqual([
      ["Skola", "A,B,C", 2, 1, 0],
      ["Ung", "A", 0, 0, 1],
      ["Kommunikation", "B", 1, 0, 0],
    ]);
    expect(r.areas[0]!.alsoNamed).toEqual(["Skolinformation"]);
  });

  it("adds up only targets of one unit shared by two branches, never percentages or 'at most'", () => {
    const r = rollupReports({
      year: 2025,
      language: "sv",
      reports: [
        report("A", [area("s", "S", [activity("green", [target(10, "Deltagare", 12), target(25, "procent", 30, { percent: true })]), activity("green", [target(3, "möten", 2, { comparison: "atMost" })])])]),
        report("B", [area("s", "S", [activity("not-reported", [target(20, "deltagare ")]), activity("green", [target(5, "cirklar", 5)])])]),
      ],
    });
    expect(r.units).toEqual([{ unit: "Deltagare", branches: 2, targets: 2, reported: 1, targetAll: 30, targetReported: 10, actual: 12, share: 1.2 }]);
  });

  it("says who has not reported: a report without outcomes, an expected branch without a report", () => {
    const r = rollupReports({
      year: 2025,
      language: "sv",
      reports: [report("Avd Norr", [area("s", "S", [activity("green")])]), report("Avd Syd", [area("s", "S", [activity("not-reported")])])],
      map: { branches: ["avd norr", "Avd Öst"] },
      withoutReport: ["Avd Väst"],
    });
    expect(r.missing).toEqual([
      { name: "Avd Syd", reason: "no-outcomes" },
      { name: "Avd Väst", reason: "no-report" },
      { name: "Avd Öst", reason: "no-report" },
    ]);
    expect(r.totals.shareGreen).toBe(1);
  });
});

describe("checkReport", () => {
  const good = JSON.stringify(report("A", []));
  it("accepts a report and refuses what is not one", () => {
    expect(checkReport(good, "a.json").plan.organisation).toBe("A");
    expect(() => checkReport("[]", "a.json")).toThrow(expect.objectContaining({ messageId: "rollup.notReport" }));
    expect(() => checkReport(good.replace('"version":1', '"version":7'), "a.json")).toThrow(expect.objectContaining({ messageId: "rollup.newerVersion", data: { version: 7, known: 1 } }));
    expect(() => checkReport(good.replace('"version":1,', ""), "a.json")).toThrow(expect.objectContaining({ messageId: "rollup.notReport" }));
    expect(() => checkReport("{", "a.json")).toThrow(expect.objectContaining({ messageId: "rollup.notJson", where: { file: "a.json" } }));
  });
});
