import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../src/util/compare.js";

const sign = (n: number) => Math.sign(n);
const codeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("comparing text without ICU's collator", () => {
  it("orders lowercase letters, digits, '-' and '/' by code units as localeCompare does", () => {
    const id = fc.stringMatching(/^[a-z0-9/-]{0,8}$/);
    fc.assert(
      fc.property(id, id, (a, b) => {
        expect(sign(codeUnits(a, b))).toBe(sign(a.localeCompare(b)));
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it("orders anything else as localeCompare does", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 2000 },
    );
    expect(sign(compareText("Plan.md", "plan.md"))).toBe(sign("Plan.md".localeCompare("plan.md")));
    expect(compareText("områden/ä.md", "områden/ä.md")).toBe(0);
  });

  /*
   * The build sorts the PDF's named destinations ("s12") the same way when both are lowercase
   * letters and digits (scripts/build-plugins.mjs): the bytes stay the same only if the orders agree.
   */
  it("orders the PDF's destination names as pdfkit's localeCompare did", () => {
    const names = Array.from({ length: 300 }, (_, i) => `s${i}`);
    expect([...names].sort(codeUnits)).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
