import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { copyWorkspace, plan } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

/**
 * test/fixtures/figures has every kind of target (issue 10): a share of a base
 * reported as a count and as a percentage, a decimal, a range, "högst", a
 * number in parentheses that is context, "nya medlemmar". The report must state
 * each figure truly, the same in Markdown and in the PDF.
 */
const WS = "test/fixtures/figures";
const plainSpaces = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

const FIGURES: Array<[string, string]> = [
  // 25 % of 12 683 = 3 171 pupils; 4 137 reached = 130 %, not 4 137 / 12 683 = 33 %
  ["share of a base, reported as a count", "Träffa 25 procent av eleverna i årskurs 9 (12 683 elever) — Resultat: 4 137 av 3 171 elever (25 % av 12 683) · 130 %"],
  ["share of a base, reported as a percentage", "Nå 30 procent av lärlingarna i kommunerna (1 250 lärlingar) — Resultat: 24 % av 30 % (375 av 1 250 lärlingar) · 80 %"],
  ["range, scored against its low end", "Genomföra 40–60 skolbesök under läsåret — Resultat: 45 av 40–60 skolbesök · 113 %"],
  ["decimal target kept as written", "Öka antalet medlemmar med 12,5 procent — Resultat: 10,5 % av 12,5 % · 84 %"],
  ["högst", "Högst 3 avhopp från grundkursen — Resultat: 2 av högst 3 avhopp · 100 %"],
  ["a number in parentheses that is context", "Genomföra minst 12 medlemsmöten (9 i fjol) — Resultat: 12 av 12 medlemsmöten · 100 %"],
  ["unit after nya", "Värva minst 25 nya medlemmar bland lärlingarna — Resultat: 20 av 25 medlemmar · 80 %"],
];

describe("a report states only true figures (Markdown)", () => {
  const run = plan(["report", "2025", "-C", WS, "--format", "md", "--stdout"]);
  const md = plainSpaces(run.stdout);

  it("runs", () => expect(run.code).toBe(0));

  it.each(FIGURES)("%s", (_kind, line) => {
    expect(md).toContain(`- ${line}`);
  });

  it("never reports the 25 % target as 4 137 of 12 683, nor rounds 12,5 to 13", () => {
    expect(md).not.toContain("4 137 av 12 683");
    expect(md).not.toContain("33 %");
    expect(md).not.toMatch(/av 13 %/);
  });

  it("names the organisation from the plan, never the init placeholder in the config", () => {
    expect(md).toContain("**Byggarna i Norrdal**");
    expect(md).not.toContain("Vår förening");
  });

  it("the share of green is of the scored activities, with the denominator and the rule", () => {
    expect(md).toContain("| Skola | 2 | 1 | 0 | 0 | 0 | 67 % (2 av 3 bedömda) |");
    expect(md).toContain("| Medlemmar | 2 | 2 | 0 | 1 | 1 | 50 % (2 av 4 bedömda) |");
    expect(md).toContain("| **Totalt** | 4 | 3 | 0 | 1 | 1 | 57 % (4 av 7 bedömda) |");
    expect(md).toContain("Andel gröna räknas bara på de bedömda aktiviteterna");
  });

  it("carries the plan's introduction and the area's prose", () => {
    expect(md).toContain("## Inledning\n\nByggarna i Norrdal organiserar **byggnadsarbetare** i fyra kommuner.");
    expect(md).toContain("- fler unga ska möta facket innan de börjar jobba");
    expect(md).toContain("## Skola\n\nSkolan är vår viktigaste väg till nya medlemmar.");
  });

  it("comments keep their Markdown", () => {
    expect(md).toContain("Styrelsen vill lyfta:\n- skolbesöken\n- [lärlingsträffarna](https://example.org/larlingar)");
    expect(md).toContain("  Vi nådde *alla* kommuner.");
    expect(md).toContain("**Kommentar:**\n\nSkolbesöken gick bra:\n- fler klasser än väntat");
  });

  it("lists the board and staff, and only ordinary members sign, on lines that are not horizontal rules", () => {
    expect(md).toContain("- Eva Lund, ordförande (Byggnads Norrdal)\n- Omar Said, kassör\n- Lisa Berg, ledamot, ersättare");
    expect(md).toContain("**Anställda**\n\n- Nils Ek, ombudsman");
    const signatures = md.slice(md.indexOf("## Underskrifter"));
    expect(signatures).toContain("Eva Lund, ordförande");
    expect(signatures).not.toContain("Lisa Berg");
    expect(md).not.toMatch(/^_{3,}\s*$/m);
  });

  it("Ej rapporterad lists titles, not ids", () => {
    const section = md.slice(md.indexOf("## Ej rapporterad"));
    expect(section).toContain("- Se över stadgarna inför årsmötet (Medlemmar)");
    expect(section).not.toContain("medlemmar-se-over-stadgarna");
  });
});

describe("the same figures in the report model", () => {
  const report = JSON.parse(plan(["report", "2025", "-C", WS, "--format", "json", "--stdout", "-q"]).stdout) as Report;
  const byId = new Map(report.areas.flatMap((a) => a.activities).map((a) => [a.id, a]));

  it("the share is one target with its base and count, scored on the count", () => {
    const a = byId.get("skola-traffa-25-procent")!;
    expect(a.targets).toHaveLength(1);
    expect(a.targets[0]).toMatchObject({ value: 25, percent: true, base: { value: 12683, unit: "elever" }, count: { value: 3171 }, actual: 4137, reportedAs: "count" });
    expect(a.ratio).toBeCloseTo(4137 / 3171, 9);
    expect(a.light).toBe("green");
  });

  it("the share reported as a percentage is scored on the percentage", () => {
    const a = byId.get("skola-na-30-procent")!;
    expect(a.targets[0]).toMatchObject({ actual: 24, reportedAs: "percent" });
    expect(a.ratio).toBeCloseTo(24 / 30, 9);
  });

  it("högst is met when below, the range against its low end, the decimal exactly", () => {
    expect(byId.get("medlemmar-hogst-3-avhopp")!.ratio).toBe(1);
    expect(byId.get("skola-genomfora-40-60")!.targets[0]).toMatchObject({ value: 40, max: 60, comparison: "between" });
    expect(byId.get("skola-genomfora-40-60")!.ratio).toBeCloseTo(45 / 40, 9);
    expect(byId.get("medlemmar-oka-antalet-medlemmar")!.targets[0]!.value).toBe(12.5);
    expect(byId.get("medlemmar-oka-antalet-medlemmar")!.ratio).toBeCloseTo(10.5 / 12.5, 9);
  });
});

describe("a report states only true figures (PDF text)", async () => {
  const dir = copyWorkspace(WS);
  rmSync(join(dir, "reports"), { recursive: true, force: true });
  const run = plan(["report", "2025", "-C", dir, "--format", "pdf", "-q"]);
  const pdf = await readPdf(readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.pdf")));
  const text = plainSpaces(pdf.text);

  it("runs", () => expect(run.code).toBe(0));

  it.each(FIGURES)("%s", (_kind, line) => {
    const [title, result] = line.split(" — ");
    expect(text).toContain(title!);
    expect(text).toContain(result!);
  });

  it("names the organisation from the plan in the text and the metadata", () => {
    expect(text).toContain("Byggarna i Norrdal");
    expect(text).not.toContain("Vår förening");
    expect(pdf.info.Author).toBe("Byggarna i Norrdal");
  });

  it("prints the share with its denominator, the introduction and the board", () => {
    expect(text).toContain("57 % (4 av 7 bedömda)");
    expect(text).toContain("Andel gröna räknas bara på de bedömda aktiviteterna");
    expect(text).toContain("fler unga ska möta facket innan de börjar jobba");
    expect(text).toContain("Byggarna i Norrdal organiserar byggnadsarbetare i fyra kommuner");
    expect(text).toContain("Eva Lund, ordförande (Byggnads Norrdal)");
    expect(text).toContain("Nils Ek, ombudsman");
  });
});

describe("the outcomes template says which form a share expects", () => {
  it("by the count's unit, or as procent", () => {
    const dir = copyWorkspace(WS);
    rmSync(join(dir, "outcomes"), { recursive: true, force: true });
    expect(plan(["outcomes", "2025", "-C", dir, "-q"]).code).toBe(0);
    const yaml = readFileSync(join(dir, "outcomes", "2025.yaml"), "utf8");
    expect(yaml).toContain("# mål: 25 % av 12 683 elever = 3 171 elever — som antal elever, eller som andel: procent: …");
    expect(yaml).toContain("# Utfall 2025 för Byggarna i Norrdal");
  });
});

describe("the organisation's name", () => {
  it("lint warns while the config holds the init placeholder", () => {
    const r = plan(["lint", "2025", "-C", WS, "--format", "json"]);
    const results = JSON.parse(r.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; line: number }> }>;
    const found = results.flatMap((f) => f.messages.map((m) => ({ file: f.file, ...m }))).filter((m) => m.ruleId === "config/placeholder");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 2 });
    expect(found[0]!.file).toMatch(/plan\.config\.yaml$/);
  });

  it("plan init --name writes the name into the config and the plan; show and the report agree", () => {
    const dir = copyWorkspace("test/fixtures/figures/plans"); // any empty-ish folder to init into
    const target = join(dir, "ny");
    expect(plan(["init", target, "--lang", "sv", "--name", "Målarna i Söderby", "-q"]).code).toBe(0);
    const config = readFileSync(join(target, "plan.config.yaml"), "utf8");
    expect(config).toMatch(/^organisation: "Målarna i Söderby"$/m);
    const year = String(new Date().getFullYear());
    expect(plan(["show", year, "-C", target]).stdout).toContain("— Målarna i Söderby");
    const lint = plan(["lint", year, "-C", target, "--format", "json"]);
    expect(lint.stdout).not.toContain("config/placeholder");
  });

  it("without --name the placeholder is never shown as the name", () => {
    const dir = copyWorkspace("test/fixtures/figures/plans");
    const target = join(dir, "ny");
    expect(plan(["init", target, "--lang", "sv", "-q"]).code).toBe(0);
    const year = String(new Date().getFullYear());
    const show = plan(["show", year, "-C", target]).stdout;
    expect(show).not.toContain("Vår förening");
    expect(plan(["lint", year, "-C", target, "--format", "json"]).stdout).toContain("config/placeholder");
  });
});

describe("counts agree in number", () => {
  it("in the message catalogue, by Intl.PluralRules", async () => {
    const { t } = await import("../../src/i18n/t.js");
    expect(t("sv", "lint.problems", { count: 1, errors: 0, warnings: 1, infos: 0 })).toBe("1 problem (0 fel, 1 varning, 0 noteringar)");
    expect(t("sv", "lint.problems", { count: 2, errors: 0, warnings: 2, infos: 1 })).toBe("2 problem (0 fel, 2 varningar, 1 notering)");
    expect(t("nb", "lint.problems", { count: 1, errors: 0, warnings: 1, infos: 0 })).toBe("1 problem (0 feil, 1 advarsel, 0 merknader)");
    expect(t("nb", "lint.problems", { count: 2, errors: 0, warnings: 2, infos: 0 })).toBe("2 problemer (0 feil, 2 advarsler, 0 merknader)");
    expect(t("en", "lint.problems", { count: 1, errors: 0, warnings: 1, infos: 0 })).toBe("1 problem (0 errors, 1 warning, 0 notes)");
    expect(t("sv", "show.totals", { areas: 1, activities: 3, targets: 2, dates: 0 })).toBe("1 område, 3 aktiviteter, 2 måltal, 0 datum");
  });

  it("in plan show and the report's summary line", () => {
    expect(plan(["show", "2025", "-C", WS]).stdout).toContain("2 områden, 9 aktiviteter, 7 måltal, 0 datum");
    const r = plan(["report", "2025", "-C", WS, "--format", "md", "--stdout"]);
    expect(r.stderr).toContain("4 gröna, 3 gula, 0 röda, 1 ej bedömd, 1 ej rapporterad");
    expect(r.stderr).toContain("1 av 9 aktiviteter saknar utfall");
  });
});
