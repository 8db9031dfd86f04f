import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Config } from "../../src/model/config.js";
import { Outcomes } from "../../src/model/outcomes.js";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { compareYears, titleKey } from "../../src/score/compare-years.js";
import { scoreReport } from "../../src/score/score-report.js";
import { copyWorkspace, plan } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

const scoring = Config.parse({}).scoring;

function planOf(text: string, year: number) {
  return parsePlan({ path: `plans/${year}.md`, text }).plan;
}

const thisYear = planOf(
  `# Verksamhetsplan 2025

## 1. Medlemmar
- Värva 40 nya medlemmar
- Hålla två medlemsmöten

## 2. Studier
- Genomföra 6 studiecirklar

## 3. Ungdom
- Starta en ungdomsgrupp
`,
  2025,
);

const lastYear = planOf(
  `# Verksamhetsplan 2024

## 1. Studier
- Genomföra 8 studiecirklar

## 2. Medlemmar!
- Värva 30 nya medlemmar
- Ringa alla nya medlemmar

## 3. Miljö
- Byta till närodlat på mötena
`,
  2024,
);

const outcomes2025 = Outcomes.parse({
  year: 2025,
  activities: {
    "1-varva-40-nya": { actual: 40 },
    "1-halla-tva-medlemsmoten": { status: "partial" },
    "2-genomfora-6-studiecirklar": { actual: 6 },
    "3-starta-ungdomsgrupp": { status: "done" },
  },
});
const outcomes2024 = Outcomes.parse({
  year: 2024,
  activities: {
    "1-genomfora-8-studiecirklar": { actual: 2 },
    "2-varva-30-nya": { actual: 30 },
    "2-ringa-alla-nya": { status: "not-done" },
    "3-byta-narodlat-motena": { status: "done" },
  },
});

describe("the year before, beside this year", () => {
  it("gives each area the counts the same area had, matched by title even when the areas moved", () => {
    const ids = (p: typeof thisYear) => p.areas.flatMap((a) => a.activities.map((x) => x.id));
    // the fixture's ids are what the outcomes above name
    expect(ids(thisYear)).toEqual(Object.keys(outcomes2025.activities!));
    expect(ids(lastYear)).toEqual(Object.keys(outcomes2024.activities!));

    const { report } = scoreReport({ plan: thisYear, year: 2025, outcomes: outcomes2025, scoring, previous: outcomes2024, previousPlan: lastYear });
    const [members, studies, youth] = report.areas;
    // "2. Medlemmar!" last year is "1. Medlemmar" this year: 1 green, 1 red then
    expect(members!.previous).toEqual({ year: 2024, totals: expect.objectContaining({ green: 1, red: 1, shareGreen: 0.5 }) });
    expect(members!.totals).toEqual(expect.objectContaining({ green: 1, yellow: 1, shareGreen: 0.5 }));
    // studies: 2 of 8 circles was red in 2024, 6 of 6 is green now
    expect(studies!.previous!.totals).toEqual(expect.objectContaining({ red: 1, green: 0, shareGreen: 0 }));
    // an area new this year gets no comparison rather than a wrong one; last year's "Miljö" is not forced onto it
    expect(youth!.previous).toBeUndefined();
    expect(report.previous).toEqual({ year: 2024, totals: expect.objectContaining({ green: 2, red: 2 }) });
  });

  it("is left out without last year's plan, and never compares a year with itself or a later one", () => {
    const { report } = scoreReport({ plan: thisYear, year: 2025, outcomes: outcomes2025, scoring, previous: outcomes2024 });
    expect(report.previous).toBeUndefined();
    expect(report.areas.every((a) => a.previous === undefined)).toBe(true);
    expect(compareYears(report, report)).toBe(report);
  });

  it("matches titles whatever their numbering, case and punctuation", () => {
    expect(titleKey("2. Arbetsmiljö och hälsa!")).toBe(titleKey("arbetsmiljö  och HÄLSA"));
    expect(titleKey("Ung")).not.toBe(titleKey("Unga"));
  });
});

describe("plan report with last year's plan and outcomes in the workspace", () => {
  it("writes the change per area in the Markdown table and on the PDF's chart", async () => {
    const dir = copyWorkspace("examples/distrikt");
    const r = plan(["report", "2025", "-C", dir, "--format", "all", "--quiet"]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.md"), "utf8");
    expect(md).toContain("| Andel gröna | 2024 → 2025 |");
    expect(md.replace(/\u00a0/g, " ")).toMatch(/^\| Kommunikation \| 3 \| 1 \| 0 \| 0 \| 0 \| 75 % \(3 av 4 bedömda\) \| 50 % → 75 % \|$/m);
    // Ung is new in 2025
    expect(md).toMatch(/^\| Ung \|.*\| – \|$/m);
    const pdf = await readPdf(readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.pdf")));
    const text = pdf.text.replace(/\u00a0/g, " ");
    expect(text).toContain("50 % → 75 %");
    expect(text).toContain("för hela verksamheten 53 % → 65 %");
  });

  it("says why there is no comparison when last year's plan cannot be read, and still reports", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "plans", "2024.md"), "# Verksamhetsplan 2024\n\n## Skola\n- Besöka skolor {#a}\n- Besöka fler skolor {#a}\n");
    const r = plan(["report", "2025", "-C", dir, "--format", "md", "--stdout"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/varning: .*2024\.md:5: .*id:t "a".* — berättelsen görs utan jämförelse med 2024/);
    expect(r.stdout).not.toContain("2024 → 2025");
  });

  it("has no change column when the year before has no plan, and still shows last year's figures per activity", () => {
    const dir = copyWorkspace("examples/distrikt");
    rmSync(join(dir, "plans", "2024.md"));
    const r = plan(["report", "2025", "-C", dir, "--format", "md", "--stdout"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain("2024");
    expect(r.stdout).not.toContain("2024 → 2025");
    expect(r.stdout.replace(/\u00a0/g, " ")).toContain("Resultat: 12 av 10 debattartiklar · 120 % (2024: 6 ↑)");
  });
});
