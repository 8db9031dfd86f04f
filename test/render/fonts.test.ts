import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

// The committed fonts (npm run fonts) against the Inter they are cut from.
const require = createRequire(import.meta.url);
const open = (path: string) => fontkit.create(readFileSync(path)) as fontkit.Font;
const fonts = [
  ["Inter-Regular", "400Regular"],
  ["Inter-Bold", "700Bold"],
  ["Inter-Italic", "400Regular_Italic"],
  ["Inter-BoldItalic", "700Bold_Italic"],
] as const;

describe.each(fonts)("assets/fonts/%s.ttf", (name, weight) => {
  const font = open(`assets/fonts/${name}.ttf`);
  const original = open(require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`));
  const advances = (f: fontkit.Font, text: string) => f.layout(text).positions.map((p) => p.xAdvance);

  it("keeps every character of the original, so no name prints as a box", () => {
    expect(font.characterSet.length).toBe(original.characterSet.length);
    for (const ch of "åäöÅÄÖæøÆØéüłŁşğőễЖΩ–—…’”€≥≤→↑↓✓●○") expect(font.hasGlyphForCodePoint(ch.codePointAt(0)!), ch).toBe(true);
  });

  it("has no OpenType layout tables: words are measured through the plain kern table", () => {
    const tables = Object.keys((font as unknown as { directory: { tables: Record<string, unknown> } }).directory.tables);
    expect(tables).toContain("kern");
    for (const t of ["GSUB", "GPOS", "GDEF"]) expect(tables).not.toContain(t);
  });

  it("kerns letter pairs exactly as the original does", () => {
    for (const pair of ["AV", "To", "Tv", "Vä", "LT", "Yö", "P.", "f.", "r,", "“T"]) {
      expect(advances(font, pair), pair).toEqual(advances(original, pair));
    }
    expect(advances(font, "AV")[0]).toBeLessThan(font.glyphForCodePoint(0x41).advanceWidth);
  });

  it("sets figures tabular and without kerning, so 2.1 never reads as 21 and columns line up", () => {
    const digits = [..."0123456789"].map((d) => font.glyphForCodePoint(d.codePointAt(0)!).advanceWidth);
    expect(new Set(digits).size).toBe(1);
    const dot = font.glyphForCodePoint(0x2e).advanceWidth;
    expect(advances(font, "2.1")).toEqual([digits[0], dot, digits[0]]);
    expect(advances(font, "7.1")).toEqual([digits[0], dot, digits[0]]);
  });
});
