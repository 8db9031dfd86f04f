import { describe, expect, it } from "vitest";
import type { Outcomes } from "../../src/model/outcomes.js";
import type { Activity, Plan, Target } from "../../src/model/plan.js";
import { readDate } from "../../src/status/activity-date.js";
import { yearShare } from "../../src/status/calendar-days.js";
import { computeStatus } from "../../src/status/compute-status.js";

const src = { file: "plan.md", line: 1, column: 1 };
const target = (value: number, unit: string, comparison: Target["comparison"] = "exactly"): Target => ({ value, unit, percent: false, comparison, text: `${value} ${unit}` });
const act = (id: string, title: string, extra: Partial<Activity> & { when?: string } = {}): Activity => ({ id, title, targets: [], tags: [], source: src, ...extra });

function planOf(activities: Activity[]): Plan {
  return {
    title: "Verksamhetsplan 2025",
    period: { from: 2025, to: 2025 },
    language: "sv",
    priorities: [],
    dates: [],
    sections: [],
    areas: [{ id: "a", title: "A", goals: [], activities, source: src }],
    source: src,
  };
}

function stateOn(activities: Activity[], asOf: string, outcomes?: Outcomes["activities"]) {
  const status = computeStatus({
    plan: planOf(activities),
    year: 2025,
    asOf,
    scoring: { aggregate: "min" },
    ...(outcomes ? { outcomes: { year: 2025, activities: outcomes } } : {}),
  });
  return Object.fromEntries(status.areas[0]!.activities.map((a) => [a.id, a.state]));
}

describe("yearShare", () => {
  it("counts the day itself, and stays within 0…1 outside the year", () => {
    expect(yearShare(2025, "2025-01-01")).toBeCloseTo(1 / 365, 12);
    expect(yearShare(2025, "2025-12-31")).toBe(1);
    expect(yearShare(2024, "2024-12-31")).toBe(1); // leap year: 366 of 366
    expect(yearShare(2024, "2024-02-29")).toBeCloseTo(60 / 366, 12);
    expect(yearShare(2025, "2024-12-31")).toBe(0);
    expect(yearShare(2025, "2026-03-01")).toBe(1);
  });
});

describe("readDate", () => {
  it("reads a day, a range, and in a when/due field a month alone up to its last day", () => {
    expect(readDate("8 mars", 2025, "text")).toEqual({ date: "2025-03-08", from: "text" });
    expect(readDate("17-20 maj", 2025, "text")).toEqual({ date: "2025-05-17", end: "2025-05-20", from: "text" });
    expect(readDate("Två kvällar, den 12 mars och den 9 april", 2025, "text")).toEqual({ date: "2025-03-12", end: "2025-04-09", from: "text" });
    expect(readDate("frist: juni", 2025, "when")).toEqual({ date: "2025-06-01", end: "2025-06-30", from: "when" });
    expect(readDate("senast februari 2026", 2025, "due")).toEqual({ date: "2026-02-01", end: "2026-02-28", from: "due" });
    expect(readDate("maj", 2025, "when")).toEqual({ date: "2025-05-01", end: "2025-05-31", from: "when" });
  });
  it("reads an ISO week as its Monday to Sunday", () => {
    expect(readDate("Kampanj vecka 12", 2025, "text")).toEqual({ date: "2025-03-17", end: "2025-03-23", from: "text" });
    expect(readDate("uke 1", 2026, "when")).toEqual({ date: "2025-12-29", end: "2026-01-04", from: "when" });
    expect(readDate("v. 53", 2026, "when")).toEqual({ date: "2026-12-28", end: "2027-01-03", from: "when" });
    expect(readDate("v. 53", 2025, "when")).toBeUndefined(); // 2025 has 52 weeks
    // a day in the text wins over its week
    expect(readDate("Studiekonferens 30 september, vecka 40", 2025, "text")).toEqual({ date: "2025-09-30", from: "text" });
  });

  it("does not take a month word in running text, nor a date that does not exist, as a deadline", () => {
    expect(readDate("Planera inför mars", 2025, "text")).toBeUndefined();
    expect(readDate("31 juni", 2025, "when")).toBeUndefined();
    expect(readDate("", 2025, "due")).toBeUndefined();
  });
});

describe("computeStatus", () => {
  it("prefers the when column, then due, then a date in the text", () => {
    const a = act("x", "Kurs 8 mars", { when: "april", due: "2025-05-15" } as never);
    const b = act("y", "Kurs 8 mars", { due: "2025-05-15" });
    const c = act("z", "Kurs 8 mars");
    const s = computeStatus({ plan: planOf([a, b, c]), year: 2025, asOf: "2025-03-01", scoring: { aggregate: "min" } });
    expect(s.areas[0]!.activities.map((x) => x.date)).toEqual([
      { date: "2025-04-01", end: "2025-04-30", from: "when" },
      { date: "2025-05-15", from: "due" },
      { date: "2025-03-08", from: "text" },
    ]);
  });

  it("is not overdue on its own day, only the day after", () => {
    const a = [act("x", "Medlemsmöte 23 oktober")];
    expect(stateOn(a, "2025-10-23")).toEqual({ x: "coming-up" });
    expect(stateOn(a, "2025-10-24")).toEqual({ x: "overdue" });
    expect(stateOn(a, "2025-09-23")).toEqual({ x: "coming-up" }); // 30 days ahead
    expect(stateOn(a, "2025-09-22")).toEqual({ x: "not-started" }); // 31 days ahead
  });

  it("a range is overdue only after its last day", () => {
    const a = [act("x", "Konferens 30 september – 2 oktober")];
    expect(stateOn(a, "2025-10-02")).toEqual({ x: "coming-up" });
    expect(stateOn(a, "2025-10-03")).toEqual({ x: "overdue" });
  });

  it("keeps pace exactly at the share of the year, and falls behind just below it", () => {
    const a = [act("x", "Värva 365 medlemmar", { targets: [target(365, "medlemmar", "atLeast")] })];
    // 10 March is day 69
    expect(stateOn(a, "2025-03-10", { x: { actual: 69 } })).toEqual({ x: "on-track" });
    expect(stateOn(a, "2025-03-10", { x: { actual: 68 } })).toEqual({ x: "behind" });
    expect(stateOn(a, "2025-03-10", { x: { actual: 365 } })).toEqual({ x: "done" });
  });

  it("an unfinished activity without figures or a date is never behind, whatever the day", () => {
    const a = [act("x", "Värva 120 medlemmar", { targets: [target(120, "medlemmar")] }), act("y", "Besöka arbetsplatser")];
    expect(stateOn(a, "2025-12-31")).toEqual({ x: "not-started", y: "not-started" });
    expect(stateOn(a, "2025-12-31", { y: { status: "partial" } })).toEqual({ x: "not-started", y: "in-progress" });
  });

  it("an 'at most' target is not done before the year is over", () => {
    const a = [act("x", "Högst 2 inställda möten", { targets: [target(2, "möten", "atMost")] })];
    expect(stateOn(a, "2025-06-01", { x: { actual: 1 } })).toEqual({ x: "on-track" });
  });

  it("figures for a dated activity whose day has passed mean it took place", () => {
    const a = [act("x", "Kurs 12 mars med 20 deltagare", { targets: [target(20, "deltagare")] })];
    expect(stateOn(a, "2025-04-01", { x: { actual: 14 } })).toEqual({ x: "done" });
    expect(stateOn(a, "2025-03-01", { x: { actual: 14 } })).toEqual({ x: "coming-up" });
  });

  it("cancelled and postponed are neither overdue nor behind", () => {
    const a = [act("x", "Kurs 12 mars"), act("y", "Värva 10 medlemmar", { targets: [target(10, "medlemmar")] })];
    expect(stateOn(a, "2025-06-01", { x: { status: "cancelled" }, y: { status: "postponed", actual: 1 } })).toEqual({ x: "cancelled", y: "postponed" });
  });

  it("lists the plan's important dates within the horizon, a running range included", () => {
    const plan = planOf([]);
    plan.dates = [
      { date: "2025-05-01", title: "Första maj", source: src },
      { date: "2025-05-27", end: "2025-05-29", title: "Kongress", source: src },
      { date: "2025-07-01", title: "Sommar", source: src },
    ];
    const s = computeStatus({ plan, year: 2025, asOf: "2025-05-28", scoring: { aggregate: "min" } });
    expect(s.dates).toEqual([{ date: "2025-05-27", end: "2025-05-29", title: "Kongress", days: 0 }]);
    expect(s.outcomes).toBe(false);
  });
});
