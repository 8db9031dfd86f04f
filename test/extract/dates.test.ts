import { describe, expect, it } from "vitest";
import { findDate, titleWithoutDate } from "../../src/extract/dates.js";

describe("findDate", () => {
  it.each([
    ["Internationella kvinnodagen 8 mars", "2024-03-08", undefined, "Internationella kvinnodagen"],
    ["Kongressen 17-20 maj", "2024-05-17", "2024-05-20", "Kongressen"],
    ["Ledningskonferens 27 – 28 maj", "2024-05-27", "2024-05-28", "Ledningskonferens"],
    ["Studiekonferens 1-3 oktober, alltid vecka 40", "2024-10-01", "2024-10-03", "Studiekonferens, alltid vecka 40"],
    ["Vedtatt på årsmøtet den 31.01.24", "2024-01-31", undefined, "Vedtatt på årsmøtet"],
    ["Budget klar 2024-09-15", "2024-09-15", undefined, "Budget klar"],
    ["Annual meeting March 20", "2024-03-20", undefined, "Annual meeting"],
    ["Studiekonferens 30 september – 2 oktober, vecka 40", "2024-09-30", "2024-10-02", "Studiekonferens, vecka 40"],
    ["Höstmöte 25 november 2025", "2025-11-25", undefined, "Höstmöte"],
  ])("%s", (text, date, end, title) => {
    const found = findDate(text, 2024);
    expect(found?.date).toBe(date);
    expect(found?.end).toBe(end);
    expect(found?.valid).toBe(true);
    expect(titleWithoutDate(text, found!)).toBe(title);
  });

  it("a weekday before the date is part of it", () => {
    const text = "Skyddsombudens dag onsdag 23 oktober";
    const found = findDate(text, 2024)!;
    expect(found).toMatchObject({ date: "2024-10-23", weekday: 3 });
    expect(titleWithoutDate(text, found)).toBe("Skyddsombudens dag");
    expect(findDate("Styremøte tirsdag den 4. juni", 2024)).toMatchObject({ date: "2024-06-04", weekday: 2 });
  });

  it("knows that 31 juni does not exist", () => {
    expect(findDate("Midsommarfest 31 juni", 2024)?.valid).toBe(false);
  });

  it("finds nothing in a line without a date", () => {
    expect(findDate("Genomföra 70 skolinformationer", 2024)).toBeUndefined();
  });
});
