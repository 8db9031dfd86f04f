import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { plan } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

/** The plan shapes of issue 9 as a secretary meets them on the command line. */
const SHAPES = "test/fixtures/shapes";

describe("a plan that reads as empty is never called clean", () => {
  const empty = "test/fixtures/lint/plan-no-activities/not-ok.md";

  it("plan show says what it looked for and how to see what it understood", () => {
    const r = plan(["show", empty]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 områden, 0 aktiviteter");
    expect(r.stdout).toContain("inga aktiviteter hittades");
    expect(r.stdout).toContain(`plan convert ${join(process.cwd(), empty)} --to md`);
  });

  it("plan lint fails with plan/no-activities, in the plan's language", () => {
    const r = plan(["lint", empty]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/1:1\s+fel\s+inga aktiviteter hittades.*plan convert <fil> --to md.*plan\/no-activities/);
  });

  it("a plan with activities is not flagged", () => {
    const r = plan(["lint", `${SHAPES}/tabell.md`, "--format", "json"]);
    expect(r.stdout).not.toContain("plan/no-activities");
  });
});

describe("exact duplicates", () => {
  it("the same activity written twice, targets and all, is reported as a copy", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-dup-"));
    const file = join(dir, "plan.md");
    writeFileSync(file, "# Verksamhetsplan 2026\n\n## Medlemmar\n\n- Värva 150 nya medlemmar under året\n\n## Ung\n\n- Värva 150 nya medlemmar under året\n");
    const r = plan(["lint", file]);
    expect(r.code).toBe(0); // a warning
    expect(r.stdout).toMatch(/9:1\s+varning\s+"ung-varva-150-nya" står ordagrant som "medlemmar-varva-150-nya" \(rad 5\).*activity\/duplicate/);
  });
});

describe("plan show says where the title and the period came from", () => {
  it("a period phrase, by line", () => {
    const r = plan(["show", `${SHAPES}/perioden.md`]);
    expect(r.stdout).toContain("Handlingsplan for Elvebakken fagforening — Elvebakken fagforening (tittellinjen, linje 1)");
    expect(r.stdout).toContain("periode: 2026–2027 (linje 5)");
  });
  it("a lead-in naming the year", () => {
    expect(plan(["show", `${SHAPES}/under-aret.md`]).stdout).toContain("period: 2026 (inledningsrad på rad 5)");
  });
});

describe("owner and when in the report", () => {
  function workspace(): string {
    const dir = mkdtempSync(join(tmpdir(), "plan-owner-"));
    mkdirSync(join(dir, "plans"));
    mkdirSync(join(dir, "outcomes"));
    writeFileSync(join(dir, "plan.config.yaml"), "organisation: Klubb Hamnen\nlanguage: sv\n");
    writeFileSync(join(dir, "plans", "2026.md"), readFileSync(`${SHAPES}/tabell.md`, "utf8"));
    writeFileSync(
      join(dir, "outcomes", "2026.yaml"),
      "year: 2026\nactivities:\n  medlemsvarvning-varva-nya-medlemmar:\n    actual: 31\n  medlemsvarvning-halla-arbetsplatstraffar-alla:\n    actual: 4\n  medlemsvarvning-ta-fram-valkomstbrev:\n    status: done\n  utbildning-skicka-ombud-grundutbildning:\n    actual: 4\n",
    );
    return dir;
  }

  it("Markdown: under the activity, as the plan had them", () => {
    const r = plan(["report", "2026", "-C", workspace(), "--format", "md", "--stdout"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("- Värva nya medlemmar bland sommarvikarierna — Resultat: 31 av 30 medlemmar · 103\u00a0%  \n  _Ansvarig: Styrelsen · När: Juni–augusti_");
    expect(r.stdout).toContain("_Ansvarig: Sekreteraren · När: Vår_");
  });

  it("PDF: the same words in the activity's block", async () => {
    const dir = workspace();
    const r = plan(["report", "2026", "-C", dir, "--format", "pdf", "-q"]);
    expect(r.code).toBe(0);
    const { text } = await readPdf(readFileSync(join(dir, "reports", "verksamhetsberattelse-2026.pdf")));
    expect(text).toContain("Ansvarig: Styrelsen · När: Juni–augusti");
    expect(text).toContain("Ansvarig: Studieansvarig · När: Hösten");
  });
});
