import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { PlanStatus } from "../../src/status/types.js";
import { copyWorkspace, plan } from "../helpers/cli.js";

/**
 * One club's year followed at three board meetings. The outcomes file grows
 * during the year the way a secretary fills it in: nothing yet in February,
 * a few lines in June, more in October.
 */
const OUTCOMES: Record<string, string | undefined> = {
  "2025-02-20": undefined,
  "2025-06-10": `year: 2025
activities:
  utbildning-facket-kurs-12:
    status: done
    actual: 24
  utbildning-genomfora-40-studiecirklar:
    actual: 20
  organisering-varva-120-nya:
    actual: 40
  organisering-arbetsplatsbesok-alla-avdelningar:
    status: partial
  kommunikation-ge-ut-fyra:
    actual: 2
  kommunikation-klubbens-tag-forsta:
    status: done
  kommunikation-ny-webbplats-klar:
    status: partial
    comment: Leverantören är sen.
`,
  "2025-10-01": `year: 2025
activities:
  utbildning-facket-kurs-12:
    status: done
    actual: 24
  utbildning-genomfora-40-studiecirklar:
    actual: 31
  utbildning-handledartraff-cirkelledarna:
    status: postponed
  organisering-varva-120-nya:
    actual: 84
  organisering-arbetsplatsbesok-alla-avdelningar:
    status: partial
  kommunikation-ge-ut-fyra:
    actual: 4
  kommunikation-klubbens-tag-forsta:
    status: done
  kommunikation-ny-webbplats-klar:
    status: done
`,
};

const EXPECTED: Record<string, Record<string, string>> = {
  "2025-02-20": {
    "utbildning-facket-kurs-12": "coming-up", // 12 March, in 20 days
    "utbildning-genomfora-40-studiecirklar": "not-started",
    "utbildning-handledartraff-cirkelledarna": "not-started", // due=2025-05-15
    "utbildning-studiekonferens-30-september": "not-started",
    "organisering-varva-120-nya": "not-started",
    "organisering-arbetsplatsbesok-alla-avdelningar": "not-started",
    "organisering-medlemsmote-23-oktober": "not-started",
    "organisering-skyddsombudsutbildning-18-november": "not-started",
    "kommunikation-ge-ut-fyra": "not-started",
    "kommunikation-ny-webbplats-klar": "not-started",
    "kommunikation-klubbens-tag-forsta": "not-started",
    "kommunikation-julhalsning-alla-fortroendevalda": "not-started",
  },
  "2025-06-10": {
    "utbildning-facket-kurs-12": "done",
    "utbildning-genomfora-40-studiecirklar": "on-track", // 20 of 40 = 50 %, 44 % of the year
    "utbildning-handledartraff-cirkelledarna": "overdue", // 15 May passed, nothing reported
    "utbildning-studiekonferens-30-september": "not-started",
    "organisering-varva-120-nya": "behind", // 40 of 120 = 33 %, 44 % of the year
    "organisering-arbetsplatsbesok-alla-avdelningar": "in-progress",
    "organisering-medlemsmote-23-oktober": "not-started",
    "organisering-skyddsombudsutbildning-18-november": "not-started",
    "kommunikation-ge-ut-fyra": "on-track", // 2 of 4 = 50 %
    "kommunikation-ny-webbplats-klar": "overdue", // 31 May passed, only partly done
    "kommunikation-klubbens-tag-forsta": "done",
    "kommunikation-julhalsning-alla-fortroendevalda": "not-started",
  },
  "2025-10-01": {
    "utbildning-facket-kurs-12": "done",
    "utbildning-genomfora-40-studiecirklar": "behind", // 31 of 40 = 77.5 %, 75 % of the year … see below
    "utbildning-handledartraff-cirkelledarna": "postponed",
    "utbildning-studiekonferens-30-september": "coming-up", // running today
    "organisering-varva-120-nya": "behind", // 84 of 120 = 70 %, 75 % of the year
    "organisering-arbetsplatsbesok-alla-avdelningar": "in-progress",
    "organisering-medlemsmote-23-oktober": "coming-up", // in 22 days
    "organisering-skyddsombudsutbildning-18-november": "not-started", // 48 days away
    "kommunikation-ge-ut-fyra": "done", // all four out
    "kommunikation-ny-webbplats-klar": "done",
    "kommunikation-klubbens-tag-forsta": "done",
    "kommunikation-julhalsning-alla-fortroendevalda": "not-started",
  },
};
// 1 October is day 274 of 365: 75.07 % of the year has passed, so 77.5 % is ahead of it
EXPECTED["2025-10-01"]!["utbildning-genomfora-40-studiecirklar"] = "on-track";

const ws = copyWorkspace("test/fixtures/status-2025");
afterAll(() => rmSync(ws, { recursive: true, force: true }));

function statusOn(day: string): PlanStatus {
  const file = join(ws, "outcomes", "2025.yaml");
  rmSync(file, { force: true });
  const outcomes = OUTCOMES[day];
  if (outcomes) {
    mkdirSync(join(ws, "outcomes"), { recursive: true });
    writeFileSync(file, outcomes);
  }
  const r = plan(["status", "2025", "-C", ws, "--as-of", day, "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as PlanStatus;
}

// every test runs the built CLI several times; the machine may be busy
describe("plan status at three board meetings", { timeout: 120_000 }, () => {
  for (const day of Object.keys(EXPECTED)) {
    it(`on ${day}, activity by activity`, () => {
      const status = statusOn(day);
      expect(status.asOf).toBe(day);
      const states = Object.fromEntries(status.areas.flatMap((a) => a.activities.map((x) => [x.id, x.state])));
      expect(states).toEqual(EXPECTED[day]);
      // nothing is ever a light during the year
      expect(JSON.stringify(status)).not.toMatch(/"(red|yellow|green)"/);
    });
  }

  it("says how far the year has gone beside how far the target has come", () => {
    const status = statusOn("2025-10-01");
    expect(status.yearShare).toBeCloseTo(274 / 365, 10);
    const members = status.areas[1]!.activities.find((a) => a.id === "organisering-varva-120-nya")!;
    expect(members.share).toBeCloseTo(0.7, 10);
    expect(members.targets[0]).toMatchObject({ value: 120, unit: "medlemmar", actual: 84 });

    const text = plan(["status", "2025", "-C", ws, "--as-of", "2025-10-01"]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Läget den 1 oktober 2025, då 75\u00a0% av året har gått.");
    expect(text.stdout).toMatch(/ligger efter {3}Värva 120 nya medlemmar — 84 av 120 medlemmar · 70\u00a0% av målet, 75\u00a0% av året/);
    expect(text.stdout).toContain("Medlemsmöte 23 oktober om avtalsrörelsen — 23 oktober 2025, om 22 dagar");
    expect(text.stdout).toContain("Studiekonferens 30 september – 2 oktober för klubbens förtroendevalda — 30 september 2025 – 2 oktober 2025, i dag");
  });

  it("lists dates that have passed without an outcome, with how long ago, in the board's Markdown", () => {
    statusOn("2025-06-10");
    const md = plan(["status", "2025", "-C", ws, "--as-of", "2025-06-10", "--format", "md"]);
    expect(md.code).toBe(0);
    const overdue = md.stdout.split("## Datum passerat utan utfall\n\n")[1]!.split("\n\n")[0];
    expect(overdue).toBe(
      [
        "- **Handledarträff för cirkelledarna** — 15 maj 2025, för 26 dagar sedan",
        "- **Ny webbplats klar senast 31 maj** — 31 maj 2025, för 10 dagar sedan",
      ].join("\n"),
    );
    expect(md.stdout).toContain("| Värva 120 nya medlemmar | ligger efter | 40 av 120 medlemmar · 33\u00a0% av målet, 44\u00a0% av året |");
  });

  it("the counts of each area add up to its activities, postponed and cancelled included", () => {
    const r = plan(["status", "2025", "-C", "examples/distrikt", "--as-of", "2025-06-15"]);
    const area = r.stdout.split("\n").findIndex((l) => l.startsWith("Lokal verksamhet — "));
    expect(r.stdout.split("\n")[area]).toBe("Lokal verksamhet — klart 2 · pågår 1 · inte påbörjat 0 · uppskjutet 1");
    const items = r.stdout.split("\n").slice(area + 1).findIndex((l) => l.trim() === "");
    expect(items).toBe(4);
  });

  it("works without an outcomes file, and says so on standard error", () => {
    rmSync(join(ws, "outcomes"), { recursive: true, force: true });
    const r = plan(["status", "2025", "-C", ws, "--as-of", "2025-02-20"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("inget utfall för 2025 ännu");
    expect(r.stdout).toContain("Det finns ingen utfallsfil ännu");
  });

  it("takes the day from SOURCE_DATE_EPOCH when --as-of is not given", () => {
    const r = plan(["status", "2025", "-C", ws, "--format", "json", "-q"], { env: { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 5, 10) / 1000) } });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as PlanStatus).asOf).toBe("2025-06-10");
  });

  it("refuses a day that is not a date, and a format it does not know, with exit 2", () => {
    const bad = plan(["status", "2025", "-C", ws, "--as-of", "2025-02-30"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("\"2025-02-30\" är inget datum; skriv det som ÅÅÅÅ-MM-DD");
    expect(bad.stdout).toBe("");
    const fmt = plan(["status", "2025", "-C", ws, "--format", "pdf"]);
    expect(fmt.code).toBe(2);
  });

  it("speaks English when the workspace does", () => {
    const r = plan(["status", "2025", "-C", "examples/english", "--as-of", "2025-06-30"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("As of 30 June 2025, 50% of the year has passed.");
  });
});
