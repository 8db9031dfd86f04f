import { describe, expect, it } from "vitest";
import { isoWeek, isoWeekday, readDateClaims } from "../../src/lint/dates.js";

describe("what a line claims about its date", () => {
  it.each([
    ["Skyddsombudens dag 23 oktober, alltid på onsdag vecka 43", 2024, [{ iso: "2024-10-23", stated: 3 }], 43],
    ["Verneombudenes dag onsdag 23. oktober, uke 43", 2024, [{ iso: "2024-10-23", stated: 3 }], 43],
    ["Studiekonferens 1-3 oktober, alltid vecka 40 tisdag-torsdag", 2024, [{ iso: "2024-10-01", stated: 2 }, { iso: "2024-10-03", stated: 4 }], 40],
    ["Safety day Wednesday 22 October, week 43", 2025, [{ iso: "2025-10-22", stated: 3 }], 43],
    ["Årsmöte 15 mars", 2025, [], undefined],
  ])("%s", (text, year, weekdays, week) => {
    const claims = readDateClaims(text, year)!;
    expect(claims.weekdays).toEqual(weekdays);
    expect(claims.week).toBe(week);
  });

  it("knows the ISO weekday and week", () => {
    expect([isoWeekday("2024-10-23"), isoWeek("2024-10-23")]).toEqual([3, 43]);
    expect([isoWeekday("2025-10-23"), isoWeek("2025-10-23")]).toEqual([4, 43]);
    expect(isoWeek("2021-01-03")).toBe(53); // belongs to 2020's last week
    expect(isoWeek("2024-12-30")).toBe(1); // belongs to 2025's first week
  });
});
