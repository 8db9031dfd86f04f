import { describe, expect, it } from "vitest";
import { LANGUAGES, PACKS } from "../../src/i18n/lang/index.js";
import { t } from "../../src/i18n/t.js";
import { loadTemplates } from "../../src/read/templates.js";

/**
 * "1 varningar" in front of the annual meeting reads as carelessness. Every
 * count a message or a report template prints must be followed by a word that
 * agrees with it ("{n} {n:varning|varningar}"), unless the word is the same in
 * the singular and the plural in that language ("3 problem", "1 mål").
 */
const COUNTS = new Set([
  "count", "total", "warnings", "errors", "infos", "areas", "activities", "targets", "dates",
  "green", "yellow", "red", "notScored", "notReported", "reported", "scored", "fixed",
]);

/** Words the same in both numbers, per language (after "{n} "). */
const INVARIANT: Record<string, string[]> = {
  sv: ["problem", "mål", "måltal", "datum", "fel", "tal", "ej", "av"],
  nb: ["mål", "feil", "lokallag", "ikke", "av", "tall"],
  nn: ["mål", "feil", "lokallag", "ikkje", "ikke", "av", "tal", "tall"],
  da: ["mål", "fejl", "måltal", "tal", "ikke", "af"],
  en: ["of", "not", "green", "yellow", "red", "scored"], // adjectives do not inflect
};

/** Templates whose numbers are percentages, not counts ("minst {green} av målet"). */
const PERCENTAGES = new Set(["thresholds"]);

function unagreed(language: string, id: string, template: string): string[] {
  const out: string[] = [];
  if (PERCENTAGES.has(id)) return out;
  for (const m of template.matchAll(/\{(\w+)\} (\p{L}+)/gu)) {
    const [whole, key, word] = m as unknown as [string, string, string];
    if (!COUNTS.has(key)) continue;
    if (INVARIANT[language]?.includes(word.toLowerCase())) continue;
    out.push(`${language} ${id}: "${whole}"`);
  }
  return out;
}

describe.each(LANGUAGES)("counts in the %s language agree in number", (code) => {
  it("in every message", () => {
    const bad = Object.entries(PACKS[code].messages).flatMap(([id, text]) => unagreed(code, id, text));
    expect(bad).toEqual([]);
  });

  it("in every report template", () => {
    const templates = loadTemplates(code);
    const bad = Object.entries(templates).flatMap(([id, text]) => unagreed(code, id, String(text)));
    expect(bad).toEqual([]);
  });
});

describe("the summaries a person reads on standard error", () => {
  it("say 1 warning and 2 warnings, in every language", () => {
    expect(t("en", "lint.maxWarnings", { warnings: 1, max: 0 })).toBe("1 warning, more than --max-warnings 0");
    expect(t("sv", "lint.maxWarnings", { warnings: 1, max: 0 })).toMatch(/^1 varning,/);
    expect(t("nb", "lint.maxWarnings", { warnings: 2, max: 1 })).toMatch(/^2 advarsler,/);
    expect(t("da", "lint.maxWarnings", { warnings: 1, max: 0 })).toMatch(/^1 advarsel,/);
    expect(t("en", "lint.problemsNoNotes", { count: 1, errors: 1, warnings: 0 })).toBe("1 problem (1 error, 0 warnings)");
    expect(t("nb", "report.summary", { green: 1, yellow: 0, red: 0, notScored: 1, notReported: 2 })).toBe(
      "1 grønn, 0 gule, 0 røde, 1 ikke vurdert, 2 ikke rapporterte",
    );
    expect(t("da", "report.summary", { green: 1, yellow: 2, red: 0, notScored: 0, notReported: 1 })).toBe(
      "1 grøn, 2 gule, 0 røde, 0 ikke vurderede, 1 ikke rapporteret",
    );
    expect(t("sv", "progress.scoring", { count: 1 })).toBe("bedömer 1 aktivitet");
    expect(t("en", "rollup.intro", { reported: 1, total: 1, year: 2025 })).toBe("1 of 1 branch has reported their outcomes for 2025.");
  });
});
