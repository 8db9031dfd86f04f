import { describe, expect, it } from "vitest";
import { extractTargets } from "../../src/extract/targets.js";
import { Config } from "../../src/model/config.js";
import { Outcome, Outcomes } from "../../src/model/outcomes.js";
import type { Activity, Plan } from "../../src/model/plan.js";
import { mapFigures } from "../../src/model/figures.js";
import { lightForRatio, scoreActivity, scoreReport, targetRatio } from "../../src/score/score-report.js";

const scoring = Config.parse({}).scoring;
const source = { file: "plan.md", line: 1, column: 1 };

function activity(title: string, id = "a"): Activity {
  return { id, title, targets: extractTargets(title, "sv"), tags: [], source };
}

const score = (title: string, outcome: Record<string, unknown> | null, s = scoring) =>
  scoreActivity(activity(title), outcome === null ? null : Outcome.parse(outcome), s, []);

describe("thresholds (defaults green 0.9, yellow 0.3)", () => {
  it.each([
    [0.9, "green"],
    [0.8999, "yellow"],
    [1.74, "green"],
    [0.3, "yellow"],
    [0.2999, "red"],
    [0, "red"],
  ] as const)("ratio %s → %s", (ratio, light) => {
    expect(lightForRatio(ratio, scoring)).toBe(light);
  });

  it("117 of 130 is exactly 90 % and green, despite floating point", () => {
    expect(score("Minst 130 deltagare i Ung i facket", { actual: 117 }).light).toBe("green");
    expect(score("Minst 130 deltagare i Ung i facket", { actual: 116 }).light).toBe("yellow");
  });

  it("thresholds come from the config", () => {
    const strict = Config.parse({ scoring: { green: 1, yellow: 0.5 } }).scoring;
    expect(score("Minst 130 deltagare i Ung i facket", { actual: 127 }, strict).light).toBe("yellow");
    expect(score("Minst 130 deltagare i Ung i facket", { actual: 60 }, strict).light).toBe("red");
  });
});

describe("ratios", () => {
  it("at most: met when actual ≤ target, else target/actual", () => {
    expect(targetRatio({ value: 3, comparison: "atMost" }, 2)).toBe(1);
    expect(targetRatio({ value: 3, comparison: "atMost" }, 6)).toBe(0.5);
  });
  it("a zero target is met by anything", () => {
    expect(targetRatio({ value: 0, comparison: "atLeast" }, 0)).toBe(1);
  });
  it("the lowest target decides by default, the mean when configured", () => {
    const title = "Nå 25 procent av eleverna (12 683 elever). Vilket motsvarar 662 klassrumspresentationer.";
    const outcome = { actual: { elever: 3_000, klassrumspresentationer: 215 } };
    const min = score(title, outcome);
    expect(min.ratio).toBeCloseTo(215 / 662, 9);
    expect(min.light).toBe("yellow");
    const mean = score(title, outcome, { ...scoring, aggregate: "mean" });
    // 25 % of 12 683 is 3 171 pupils: 3 000 of them is 95 %, not 3 000 / 12 683
    expect(mean.ratio).toBeCloseTo((3_000 / 3_171 + 215 / 662) / 2, 9);
  });
});

describe("mapping actual values to targets", () => {
  const targets = extractTargets("Nå 25 procent av eleverna (12 683 elever). Vilket motsvarar 662 klassrumspresentationer.", "sv");
  it("by unit, case-insensitive", () => {
    expect(targets).toHaveLength(2); // the share and its base are one target
    expect(mapFigures(targets, { Elever: 4137, klassrumspresentationer: 215 }).byTarget).toEqual([
      { value: 4137, as: "count" },
      { value: 215, as: "value" },
    ]);
  });
  it("percent by %, procent", () => {
    expect(mapFigures(targets, { procent: 20 }).byTarget).toEqual([{ value: 20, as: "percent" }, undefined]);
    expect(mapFigures(extractTargets("Öka med 15 procent", "sv"), { "%": 7 }).byTarget).toEqual([{ value: 7, as: "value" }]);
  });
  it("by order", () => {
    // a plain number for a share with a count is that count, as the outcomes template asks
    expect(mapFigures(targets, [3000, 215]).byTarget).toEqual([
      { value: 3000, as: "count" },
      { value: 215, as: "value" },
    ]);
  });
  it("a plain number for a single target", () => {
    const one = extractTargets("Minst 130 deltagare", "sv");
    expect(mapFigures(one, 127)).toMatchObject({ byTarget: [{ value: 127, as: "value" }], oneForMany: false });
  });
  it("a plain number for several targets goes to the first, and says so", () => {
    expect(mapFigures(targets, 20)).toMatchObject({ byTarget: [{ value: 20, as: "count" }, undefined], oneForMany: true });
    const diagnostics: never[] = [];
    scoreActivity(activity("Minst 40 deltagare och 3 kurser"), { actual: 20 }, scoring, diagnostics);
    expect(diagnostics).toHaveLength(1);
    const single: never[] = [];
    scoreActivity(activity("Nå 25 procent av eleverna (12 683 elever)"), { actual: 3000 }, scoring, single);
    expect(single).toHaveLength(0);
  });
  it("an unknown unit is not silently matched to another target", () => {
    expect(mapFigures(targets, { lektioner: 5 })).toMatchObject({ byTarget: [undefined, undefined], unknownUnits: ["lektioner"] });
  });
  it("numbers written with spaces and decimal commas", () => {
    const a = score("Minst 130 deltagare", { actual: "12 683" });
    expect(a.targets[0]?.actual).toBe(12683);
    expect(score("Öka med 15 procent", { actual: "6,5" }).targets[0]?.actual).toBe(6.5);
  });
});

describe("rules, in order", () => {
  it("an explicit light wins over the numbers", () => {
    expect(score("Minst 130 deltagare", { actual: 10, light: "green" })).toMatchObject({ light: "green", rule: "override" });
  });
  it("numbers win over the status", () => {
    expect(score("Minst 130 deltagare", { actual: 10, status: "done" })).toMatchObject({ light: "red", rule: "targets" });
  });
  it.each([
    ["done", "green"],
    ["partial", "yellow"],
    ["not-done", "red"],
  ] as const)("status %s → %s", (status, light) => {
    expect(score("Anordna en skyddsombudsdag", { status })).toMatchObject({ light, rule: "status" });
  });
  it.each(["cancelled", "postponed"] as const)("%s → not scored, with its reason kept", (status) => {
    expect(score("Anordna en skyddsombudsdag", { status, comment: "Inget visum" })).toMatchObject({
      light: "not-scored",
      rule: "not-scored",
      comment: "Inget visum",
    });
  });
  it("no outcome → not reported", () => {
    expect(score("Anordna en skyddsombudsdag", null)).toMatchObject({ light: "not-reported", rule: "not-reported" });
  });
  it("a comment alone is not an assessment: not reported, with a warning", () => {
    const diagnostics: unknown[] = [];
    const a = scoreActivity(activity("Anordna en dag"), { comment: "Bra dag" }, scoring, diagnostics as never);
    expect(a.light).toBe("not-reported");
    expect(diagnostics).toHaveLength(1);
  });
});

describe("scoreReport", () => {
  const plan: Plan = {
    title: "Verksamhetsplan 2024",
    period: { from: 2024, to: 2024 },
    language: "sv",
    priorities: [],
    dates: [],
    sections: [],
    source,
    areas: [
      {
        id: "studier",
        title: "Studier",
        goals: [],
        source,
        activities: [activity("Minst 130 deltagare", "s1"), activity("Anordna en studiedag", "s2"), activity("Skriva en rapport", "s3")],
      },
      { id: "ung", title: "Ung", goals: [], source, activities: [activity("Anordna ett läger", "u1"), activity("Resa till Oslo", "u2")] },
    ],
  };
  const outcomes = Outcomes.parse({
    year: 2024,
    activities: { s1: { actual: 127 }, s2: { status: "partial" }, u1: { status: "not-done" }, u2: { status: "cancelled" } },
    areas: { studier: { comment: "Ett bra år." } },
  });
  const previous = Outcomes.parse({ year: 2023, activities: { s1: { actual: 112 } } });
  const { report } = scoreReport({ plan, year: 2024, outcomes, scoring, previous });

  it("counts per area and in total; red, not scored and not reported stay apart", () => {
    expect(report.areas[0]!.totals).toEqual({ green: 1, yellow: 1, red: 0, notScored: 0, notReported: 1, shareGreen: 0.5 });
    expect(report.areas[1]!.totals).toEqual({ green: 0, yellow: 0, red: 1, notScored: 1, notReported: 0, shareGreen: 0 });
    expect(report.totals).toEqual({ green: 1, yellow: 1, red: 1, notScored: 1, notReported: 1, shareGreen: 1 / 3 });
  });
  it("every planned activity is in the report", () => {
    expect(report.areas.flatMap((a) => a.activities.map((x) => x.id))).toEqual(["s1", "s2", "s3", "u1", "u2"]);
  });
  it("keeps the area comment and last year's numbers", () => {
    expect(report.areas[0]!.comment).toBe("Ett bra år.");
    expect(report.areas[0]!.activities[0]!.previous).toEqual({ year: 2023, actual: [112] });
  });
});
