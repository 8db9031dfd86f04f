import fc from "fast-check";
import { describe, expect, it } from "vitest";

/*
 * The build sorts the PDF's named destinations ("s12") by code units instead of localeCompare
 * when both names are lowercase ASCII letters and digits (scripts/build-plugins.mjs): the bytes
 * stay the same only if the two orders agree on such names, with this Node's ICU.
 */
describe("the order of the PDF's destination names", () => {
  it("is localeCompare's for lowercase letters and digits", () => {
    const name = fc.stringMatching(/^[a-z0-9]{0,6}$/);
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(Math.sign(a < b ? -1 : a > b ? 1 : 0)).toBe(Math.sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
    // the names plan gives its level-1 headings, in the order a report has them
    const names = Array.from({ length: 300 }, (_, i) => `s${i}`);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });
});
