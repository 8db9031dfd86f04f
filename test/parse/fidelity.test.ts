import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { planToMarkdown } from "../../src/render/plan/plan-to-markdown.js";
import { planToYaml } from "../../src/render/plan/plan-to-yaml.js";
import { outcomesYamlTemplate } from "../../src/render/outcomes-template.js";

/** Plan shapes of issue 9, in our own words: tables, flat lists, section lines by shape, comments, title and period. */
const DIR = "test/fixtures/shapes";
const read = (name: string) => parsePlan({ path: name, text: readFileSync(`${DIR}/${name}`, "utf8") });
const lineOf = (name: string, start: string) => readFileSync(`${DIR}/${name}`, "utf8").split("\n").findIndex((l) => l.includes(start)) + 1;
const outline = (plan: Plan) =>
  plan.areas.map((a) => [a.title, a.source.line, a.activities.map((x) => [x.title, x.source.line, x.targets.map((t) => t.value), x.owner, x.when])]);

describe("activity tables", () => {
  it("sv: columns by their header words; each row an activity; owner, when and target read; unknown columns kept", () => {
    const { plan } = read("tabell.md");
    expect(outline(plan)).toEqual([
      ["Medlemsvärvning", 5, [
        ["Värva nya medlemmar bland sommarvikarierna", 9, [30], "Styrelsen", "Juni–augusti"],
        ["Hålla arbetsplatsträffar på alla skift", 10, [6], "Ordförande", "Varje kvartal"],
        ["Ta fram ett välkomstbrev", 11, [], "Sekreteraren", "Vår"],
      ]],
      ["Utbildning", 13, [["Skicka ombud på grundutbildning", 17, [4], "Studieansvarig", "Hösten"]]],
    ]);
    expect(plan.areas[0]!.activities[0]!.targets[0]).toMatchObject({ value: 30, comparison: "atLeast", text: "Minst 30 nya medlemmar" });
    expect(plan.areas[0]!.activities[0]!.description).toBe("Kommentar: Samarbete med avdelningen");
  });

  it("a table without an activity column is prose, not an area", () => {
    const { plan } = read("tabell.md");
    expect(plan.areas.map((a) => a.title)).not.toContain("Ekonomi");
    expect(plan.sections.find((s) => s.title === "Ekonomi")!.markdown).toContain("| Studier | 12 000 kr |");
  });

  it("nb: Tiltak | Måltall | Ansvarlig | Frist, and a table with no target column reads no target", () => {
    const { plan } = read("tiltak-tabell.md");
    expect(plan.language).toBe("nb");
    expect(outline(plan)).toEqual([
      ["Organisering", 5, [
        ["Verve medlemmer blant lærlingene", 9, [15], "Ungdomstillitsvalgt", "1. juni"],
        ["Besøke alle arbeidsplasser med tillitsvalgt", 10, [100], "Styret", "Løpende"],
      ]],
      ["Tariff", 12, [["Forberede lokale forhandlinger", 16, [], "Leder", "Høsten 2026"]]],
    ]);
    expect(plan.areas[0]!.activities[1]!.targets[0]).toMatchObject({ percent: true });
  });

  it("en: Activity | Target | Owner | When", () => {
    const { plan } = read("action-table.md");
    expect(outline(plan)).toEqual([
      ["Recruitment", 3, [
        ["Recruit members at the new depot", 7, [40], "Branch secretary", "By June"],
        ["Hold open meetings for shift workers", 8, [3], "Chair", "Spring"],
      ]],
    ]);
  });

  it("owner, when and the target column survive plan convert to Markdown and to YAML", () => {
    const { plan } = read("tabell.md");
    const strip = (p: Plan) => JSON.parse(JSON.stringify(p.areas, (k, v) => (k === "source" ? undefined : v)));
    const md = planToMarkdown(plan);
    expect(md).toContain('owner="Styrelsen" when="Juni–augusti" target="Minst 30 nya medlemmar"');
    expect(strip(parsePlan({ path: "b.md", text: md }).plan)).toEqual(strip(plan));
    const yaml = planToYaml(plan);
    expect(yaml).toContain("when: Juni–augusti");
    expect(strip(parsePlan({ path: "b.yaml", text: yaml }).plan)).toEqual(strip(plan));
  });

  it("the outcomes template names owner and when as comments", () => {
    const template = outcomesYamlTemplate(read("tabell.md").plan, 2026, "sv");
    expect(template).toContain("  medlemsvarvning-varva-nya-medlemmar:   # Värva nya medlemmar bland sommarvikarierna\n    # ansvarig: Styrelsen · när: Juni–augusti\n");
  });
});

describe("a flat list under the title is one implicit area, not priorities", () => {
  it("sv, pasted text with a numbered list: the numbers are not targets", () => {
    const { plan } = read("flat-lista.txt");
    expect(plan.priorities).toEqual([]);
    expect(outline(plan)).toEqual([
      ["Verksamhetsplan 2026 för Klubb Slussen", 3, [
        ["Värva 20 nya medlemmar bland sommarvikarierna", 5, [20], undefined, undefined],
        ["Hålla 3 medlemsmöten", 6, [3], undefined, undefined],
        ["Utse ett skyddsombud på nattskiftet", 7, [], undefined, undefined],
      ]],
    ]);
  });

  it("nb, Markdown bullets after a lead-in that names the year", () => {
    const { plan } = read("flat-liste.md");
    expect(plan.language).toBe("nb");
    expect(plan.areas.map((a) => [a.title, a.activities.length])).toEqual([["Handlingsplan 2026", 3]]);
    expect(plan.areas[0]!.activities[0]).toMatchObject({ title: "Verve 12 nye medlemmer på lageret", source: { line: 5 } });
  });

  it("en, an ordered list under a title without a year", () => {
    const { plan } = read("flat-list.md");
    expect(plan.areas.map((a) => [a.title, a.activities.map((x) => [x.title, x.targets[0]?.value, x.source.line])])).toEqual([
      ["Activity plan", [["Recruit 15 new members at the depot", 15, 5], ["Hold 4 open meetings", 4, 6]]],
    ]);
    expect(plan.period).toBeUndefined();
  });

  it("with no title, the area is named by the plan's word for activities", () => {
    const { plan } = parsePlan({ path: "x.md", text: "Klubben ska under året:\n\n- Hålla 4 möten\n- Värva 10 nya medlemmar\n" });
    expect(plan.areas.map((a) => [a.title, a.activities.length])).toEqual([["Aktiviteter", 2]]);
  });

  it("when the plan has areas, the introduction's list stays priorities", () => {
    const { plan } = parsePlan({ path: "x.md", text: "# Plan 2026\n\nVi prioriterar:\n\n- Fler medlemmar\n\n## Studier\n\n- Hålla 2 kurser\n" });
    expect(plan.priorities).toEqual(["Fler medlemmar"]);
    expect(plan.areas.map((a) => a.title)).toEqual(["Studier"]);
  });
});

describe("section lines with no blank line before the list (a Word paste)", () => {
  it("sv: each bare line directly above bullets is an area, even right after another list", () => {
    const { plan } = read("utan-tomrad.txt");
    expect(outline(plan).map(([t, l, acts]) => [t, l, (acts as unknown[]).length])).toEqual([
      ["Medlemsvärvning", 4, 2],
      ["Arbetsmiljö", 7, 2],
      ["Studier", 10, 1],
    ]);
    expect(plan.areas[0]!.activities[1]!.title).toBe("Dela ut informationsblad vid varje introduktion");
    expect(plan.areas[1]!.activities[1]).toMatchObject({ title: "Utbilda två nya skyddsombud", targets: [{ value: 2 }] });
  });

  it("nb", () => {
    const { plan } = read("uten-blanklinje.txt");
    expect(plan.language).toBe("nb");
    expect(plan.areas.map((a) => [a.title, a.source.line, a.activities.map((x) => x.source.line)])).toEqual([
      ["Verving", 3, [4, 5]],
      ["Tariff", 6, [7, 8]],
    ]);
  });

  it("in Markdown too, but one such line alone is the lead-in of a flat list", () => {
    const two = parsePlan({ path: "x.md", text: "# Plan 2026\n\nVerving\n- Verve 5 nye\n- Ha stand\n\nTariff\n- Forberede kravene\n" }).plan;
    expect(two.areas.map((a) => a.title)).toEqual(["Verving", "Tariff"]);
    const one = parsePlan({ path: "x.md", text: "# Plan 2026\n\nVi skal\n- Verve 5 nye\n- Ha stand\n" }).plan;
    expect(one.areas.map((a) => [a.title, a.activities.length])).toEqual([["Plan 2026", 2]]);
  });
});

describe("sentence area lines with lead-ins", () => {
  it("sv: the sentence is the area, the lead-in neither area nor activity", () => {
    const { plan } = read("meningar.txt");
    expect(outline(plan).map(([t, l, acts]) => [t, l, (acts as unknown[][]).map((a) => a[0])])).toEqual([
      ["Styrelsen ska verka för att fler medlemmar tar aktiv del i klubbens arbete", 3, ["Bjuda in till 4 öppna medlemsmöten", "Starta en kontaktombudsgrupp på varje avdelning"]],
      ["Styrelsen ska verka för en säkrare arbetsplats för alla som arbetar här", 8, ["Genomföra skyddsronder i alla hallar", "Följa upp varje tillbud inom en vecka"]],
    ]);
    const all = plan.areas.flatMap((a) => a.activities.map((x) => x.title));
    expect(all).not.toContain("Så här gör vi:");
    expect(plan.areas[0]!.activities[0]!.targets[0]).toMatchObject({ value: 4, unit: "medlemsmöten" });
    expect(plan.areas[0]!.activities[0]!.source.line).toBe(lineOf("meningar.txt", "Bjuda in"));
  });

  it("nb: lead-ins in paragraphs of their own, blank lines between", () => {
    const { plan } = read("setninger.txt");
    expect(plan.areas.map((a) => [a.title, a.source.line, a.activities.length])).toEqual([
      ["Laget skal arbeide for at flere unge blir med i fagforeningen", 3, 2],
      ["Laget skal arbeide for et godt arbeidsmiljø på alle arbeidsplassene våre", 10, 2],
    ]);
    expect(plan.areas[0]!.activities[0]).toMatchObject({ title: "Besøke 5 yrkesskoler i løpet av våren", source: { line: 7 }, targets: [{ value: 5 }] });
  });

  it("en", () => {
    const { plan } = read("sentences.txt");
    expect(plan.areas.map((a) => [a.title, a.activities.map((x) => x.title)])).toEqual([
      ["The branch works to make every member feel welcome from the first day", ["Send a welcome letter to every new member", "Hold 3 induction evenings"]],
      ["The branch works to win fair pay for part-time staff", ["Survey part-time members about their hours", "Raise the results at 2 meetings with management"]],
    ]);
  });
});

describe("HTML comments are invisible", () => {
  it("Markdown: no title, year, area or activity comes from a comment, even one over several lines with headings in it", () => {
    const { plan } = read("kommentarer.md");
    expect(plan).toMatchObject({ title: "Verksamhetsplan 2026", period: { from: 2026, to: 2026 } });
    expect(plan.areas.map((a) => [a.title, a.activities.map((x) => x.title)])).toEqual([
      ["Medlemmar", ["Värva 12 nya medlemmar", "Hålla ett välkomstmöte"]],
      ["Studier", ["Skicka 3 ombud på kurs"]],
    ]);
    expect(plan.areas[0]!.activities[0]!.targets.map((t) => t.value)).toEqual([12]);
  });

  it("pasted text: the comment lines are kept as written and read as nothing", () => {
    const { plan, markdown } = read("kommentarer.txt");
    expect(plan.title).toBe("Handlingsplan 2026");
    expect(plan.areas.map((a) => [a.title, a.source.line, a.activities.length])).toEqual([
      ["Verving", 9, 2],
      ["Skolering", 12, 1],
    ]);
    expect(markdown).toContain("<!--\nGammelt område\n• Dette er strøket\n-->");
  });
});

describe("title and period, in order of trust, with where they came from", () => {
  it("front matter first", () => {
    const { plan } = parsePlan({ path: "x.md", text: "---\ntitle: Plan för Klubben\nperiod: 2027\n---\n\n# Verksamhetsplan 2026\n\n## A\n\n- B\n" });
    expect(plan).toMatchObject({ title: "Plan för Klubben", period: { from: 2027, to: 2027 }, origin: { title: { kind: "frontMatter" }, period: { kind: "frontMatter" } } });
  });

  it("an ALL-CAPS title line with the year under the organisation's name; the adoption date is not the year; a parent label is not an area", () => {
    const { plan } = read("versaler.txt");
    expect(plan).toMatchObject({
      title: "VERKSAMHETSPLAN 2026 – KLUBBEN VARVET",
      organisation: "Klubben Varvet",
      period: { from: 2026, to: 2026 },
      adopted: { by: "årsmötet", date: "2025-04-03" },
      origin: { title: { kind: "titleLine", source: { line: 3 } }, period: { kind: "titleLine", source: { line: 3 } } },
    });
    expect(plan.areas.map((a) => [a.title, a.activities.length])).toEqual([["Fler medlemmar", 2], ["Bättre arbetsmiljö", 1]]);
  });

  it("a period phrase, not the adoption date (nb)", () => {
    const { plan } = read("perioden.md");
    expect(plan).toMatchObject({
      period: { from: 2026, to: 2027 },
      adopted: { by: "årsmøtet", date: "2026-02-12" },
      origin: { period: { kind: "periodPhrase", source: { line: 5 } } },
    });
  });

  it("a lead-in naming the year, not the adoption date", () => {
    const { plan } = read("under-aret.md");
    expect(plan).toMatchObject({ period: { from: 2026, to: 2026 }, adopted: { date: "2025-04-03" }, origin: { period: { kind: "leadIn", source: { line: 5 } } } });
    expect(plan.adopted!.by).toBeUndefined();
  });

  it("a bare span 2024–2025 in the text before the lists", () => {
    const { plan } = parsePlan({ path: "x.md", text: "# Handlingsplan\n\nPlanperiode 2024–2025.\n\n## Verving\n\n- Verve 5 nye\n" });
    expect(plan).toMatchObject({ period: { from: 2024, to: 2025 }, origin: { period: { kind: "periodPhrase", source: { line: 3 } } } });
  });
});

describe("a nynorsk activity table", () => {
  it("is read with the Norwegian words plus the nynorsk column names (Ansvarleg, Frist)", () => {
    const { plan } = read("tiltak-nynorsk.md");
    expect(plan.language).toBe("nn");
    expect(plan.areas.map((a) => [a.title, a.activities.length])).toEqual([
      ["Verving", 2],
      ["Skolering", 1],
    ]);
    const [first, second] = plan.areas[0]!.activities;
    expect(first).toMatchObject({ title: "Verve nye medlemer på vidaregåande skular", owner: "Styret", when: "Juni", source: { line: 9 } });
    expect(first!.targets).toMatchObject([{ value: 25, unit: "medlemer", comparison: "atLeast" }]);
    // an empty target cell is no target
    expect(second).toMatchObject({ owner: "Leiar", when: "Oktober", targets: [] });
  });
});

describe("a Norwegian plan with a capitalised title, a table per area and a list pasted with – bullets", () => {
  it("is Norwegian (ø, æ and the table's words), keeps the units, and reads the pasted bullets as activities", () => {
    const { plan } = read("tiltak-versaler-nb.md");
    expect(plan.language).toBe("nb");
    expect(plan.period).toEqual({ from: 2026, to: 2027 });
    expect(plan.adopted?.date).toBe("2026-02-18");
    expect(plan.areas.map((a) => a.title)).toEqual(["Organisering", "Arbeidsmiljø"]);
    expect(plan.areas[0]!.activities[0]!.targets).toMatchObject([{ value: 30, unit: "medlemmer", comparison: "atLeast" }]);
    // the three "– …" lines after the table: not swallowed into a paragraph
    expect(plan.areas[1]!.activities.map((a) => [a.title, a.source.line])).toEqual([
      ["Kartlegge støy på verkstedet", 16],
      ["Sende fem tillitsvalgte på grunnkurs", 19],
      ["Arrangere to temamøter om tariff", 20],
      ["Delta på regionens skoleringshelg i oktober", 21],
    ]);
  });
});
