import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputErrors } from "../../src/errors.js";
import { parsePlan } from "../../src/parse/parse-plan.js";

/** Our own look-alikes of the real documents' shapes (SPEC §3, seeds 000–004). */
const read = (path: string) => parsePlan({ path, text: readFileSync(path, "utf8") });
const activities = (p: ReturnType<typeof read>["plan"]) => p.areas.flatMap((a) => a.activities);

describe("a numbered plan pasted from Word (the shape of seed 003)", () => {
  const { plan, format } = read("examples/numrerad/plans/2025.txt");

  it("is read in loose mode: sections 1.–7. are areas, numbers kept as written", () => {
    expect(format).toBe("loose");
    expect(plan).toMatchObject({ title: "Verksamhetsplan Transportregionen Mälardalen 2025", organisation: "Transportregionen Mälardalen", period: { from: 2025, to: 2025 } });
    expect(plan.areas.map((a) => `${a.id} ${a.title}`)).toEqual([
      "1 Avtalsrörelsen", "2 Information", "3 Ungdomsverksamhet", "4 Kontakt med klubbarna", "5 Organisering", "6 Arbetsmiljö", "7 Utbildning",
    ]);
    expect(activities(plan)).toHaveLength(21);
  });

  it("a gap stays a gap: 3.2 is followed by 3.4, nothing renumbered or invented", () => {
    expect(plan.areas[2]!.activities.map((a) => a.number)).toEqual(["3.1", "3.2", "3.4"]);
    expect(activities(plan).map((a) => a.id)).toContain("3.4");
    expect(activities(plan).map((a) => a.id)).not.toContain("3.3");
  });

  it("paragraph items (5.1 … 7.3, no bullets) are activities, with their original lines", () => {
    const a = activities(plan).find((x) => x.id === "6.3")!;
    expect(a.title).toBe("Vi ska utbilda 40 nya skyddsombud i grundläggande arbetsmiljö.");
    expect(a.targets[0]).toMatchObject({ value: 40, unit: "skyddsombud" });
    const line = readFileSync("examples/numrerad/plans/2025.txt", "utf8").split("\n").findIndex((l) => l.startsWith("6.3 ")) + 1;
    expect(a.source.line).toBe(line);
  });

  it("the introduction's list gives priorities", () => {
    expect(plan.priorities).toEqual(["Fler medlemmar på varje arbetsplats", "Starka klubbar", "Trygga arbetsplatser"]);
  });
});

describe("a Norwegian two-year action plan (the shape of seed 004)", () => {
  const { plan } = read("examples/handlingsplan/plans/2025-2026.md");

  it("language, period and adoption come from the document", () => {
    expect(plan).toMatchObject({ language: "nb", period: { from: 2025, to: 2026 }, organisation: "Fagforeningen Elvedal", adopted: { by: "årsmøtet", date: "2025-01-29" } });
  });

  it("the numbered list of priorities is not an area; Hovedmål are goals; bold titles are activities", () => {
    expect(plan.priorities).toEqual(["Heltid og likelønn", "Organisering og tariffmakt", "Gode offentlige tjenester"]);
    expect(plan.areas.map((a) => [a.title, a.goals.length, a.activities.length])).toEqual([
      ["Heltid og likelønn", 2, 2],
      ["Organisering og tariffmakt", 3, 3],
      ["Gode offentlige tjenester", 1, 2],
    ]);
    const first = plan.areas[0]!.activities[0]!;
    expect(first.title).toBe("Følge opp heltidsavtalen");
    expect(first.description).toMatch(/^Heltid skal være tema/);
  });

  it("a target in a heading belongs to its area", () => {
    const goal = plan.areas[1]!.goals.find((g) => g.text.startsWith("Mål for innmeldinger"))!;
    expect(goal.targets.map((t) => [t.value, t.unit])).toEqual([
      [45, "nyinnmeldte"],
      [3, "økning"],
    ]);
    expect(plan.areas[1]!.goals[0]!.targets[0]).toMatchObject({ value: 10, percent: true });
  });
});

describe("an English plan in the YAML form", () => {
  const { plan, format } = read("examples/english/plans/2025.yaml");

  it("short forms and explicit fields give the same model", () => {
    expect(format).toBe("yaml");
    expect(plan).toMatchObject({ language: "en", period: { from: 2025, to: 2025 }, adopted: { by: "the annual general meeting", date: "2025-02-11" } });
    expect(activities(plan)).toHaveLength(8);
    const reps = activities(plan).find((a) => a.id === "reps")!;
    expect(reps).toMatchObject({ owner: "Education committee", due: "2025-11-30", targets: [{ value: 15, unit: "reps" }] });
    expect(activities(plan).find((a) => a.id === "inspections")!.targets).toEqual([
      { value: 6, unit: "inspections", percent: false, comparison: "atLeast", text: "min 6 inspections" },
    ]);
    expect(plan.dates[2]).toMatchObject({ date: "2025-09-22", end: "2025-09-24" });
  });

  it("every node has the line it was written on", () => {
    const text = readFileSync("examples/english/plans/2025.yaml", "utf8").split("\n");
    const reps = activities(plan).find((a) => a.id === "reps")!;
    expect(text[reps.source.line - 1]).toContain("- id: reps");
  });

  it("unknown keys are errors with their line and a suggestion", () => {
    try {
      parsePlan({ path: "p.yaml", text: "title: Plan 2025\nareas:\n  - title: Ung\n    activites:\n      - Läger\n" });
      expect.unreachable();
    } catch (e) {
      const [err] = (e as InputErrors).errors;
      expect(err).toMatchObject({ messageId: "schema.unknownKey", where: { line: 4, column: 5 }, hint: { data: { suggestion: "activities" } } });
    }
  });
});

describe("a strategy pasted from a PDF (the shape of seed 002)", () => {
  const { plan, format } = read("test/fixtures/shapes/strategi.txt");

  it("Insats: lines are the activities, under their bare-line and ALL-CAPS headings; other bullets are prose", () => {
    expect(format).toBe("loose");
    expect(plan.title).toBe("Strategi för medlemsnära arbete");
    expect(plan.areas.map((a) => [a.title, a.activities.map((x) => x.title)])).toEqual([
      ["Ombud på varje arbetsplats", ["Kartlägga alla arbetsplatser utan ombud"]],
      ["Utbildning av nya ombud", ["Erbjuda grundutbildning till alla nya ombud"]],
      ["DIGITALA MÖTESPLATSER", ["Starta ett digitalt medlemsforum"]],
      ["Uppföljning", ["Redovisa resultatet i verksamhetsberättelsen"]],
    ]);
  });
});

describe("repeated section numbers do not merge sections", () => {
  it("five sections all numbered 1. stay five areas", () => {
    const text = ["Plan för klubben 2025", "", ...["Studier", "Ung", "Miljö", "Skola", "Lön"].flatMap((t) => [`1. ${t}`, "", `- Genomföra en träff om ${t.toLowerCase()}`, ""])].join("\n");
    const { plan } = parsePlan({ path: "p.txt", text });
    expect(plan.areas.map((a) => a.title)).toEqual(["Studier", "Ung", "Miljö", "Skola", "Lön"]);
    expect(new Set(plan.areas.map((a) => a.id)).size).toBe(5);
  });
});

describe("tables in a plan without Markdown headings (issue 9's shapes, pasted)", () => {
  it("a Markdown table under a numbered line is read as activities, not escaped into text", () => {
    const { plan, format } = read("test/fixtures/shapes/tiltak-uten-overskrifter.md");
    expect(format).toBe("loose");
    expect(plan.adopted).toEqual({ by: "årsmøtet", date: "2026-02-12" });
    expect(plan.areas.map((a) => [a.title, a.activities.length])).toEqual([
      ["1 Verving og organisering", 3],
      ["2 Tariff og lønn", 2],
      ["3 Kurs og skolering", 3],
    ]);
    const lines = readFileSync("test/fixtures/shapes/tiltak-uten-overskrifter.md", "utf8").split("\n");
    const a = activities(plan).find((x) => x.title === "Rekruttere 12 nye tillitsvalgte")!;
    expect(a).toMatchObject({ owner: "Leder", when: "31.12.2026", targets: [{ value: 12, unit: "tillitsvalgte" }] });
    // its line is the row's own line in the file
    expect(lines[a.source.line - 1]).toContain("Rekruttere 12 nye tillitsvalgte");
    // "fra 20 % til 10 %" is one target: at most 10 %
    expect(activities(plan).at(-1)!.targets).toEqual([expect.objectContaining({ value: 10, comparison: "atMost", percent: true })]);
  });

  it("a Word table pasted as tab-separated rows is an activity table", () => {
    const { plan } = read("test/fixtures/shapes/word-tabell.txt");
    expect(plan.areas.map((a) => [a.title, a.activities.map((x) => x.title)])).toEqual([
      ["Arbetsmiljö", ["Utbilda 8 nya skyddsombud", "Genomföra en skyddsrond per kvartal"]],
      ["Medlemmar", ["Värva 25 nya medlemmar", "Ringa alla nya medlemmar"]],
    ]);
    expect(activities(plan)[2]).toMatchObject({ owner: "Alla", when: "Hela året", source: { line: 13 } });
    expect(activities(plan)[3]!.when).toBeUndefined();
  });
});

describe("text from a PDF with words broken at line ends", () => {
  const text = "VERKSAMHETSPLAN 2026\n\n1. Organisering\n• Värva minst 30 nya medlem-\nmar bland de visstidsanställda\n• Samverka med kultur- och\nfritidsförvaltningen\n\n2. Arbetsmiljö\n• Utbilda 6 nya skyddsombud\n";
  const { plan } = parsePlan({ path: "plan.txt", text });

  it("joins a word broken with a hyphen, and keeps the hyphen before a small word", () => {
    expect(activities(plan).map((a) => a.title)).toEqual([
      "Värva minst 30 nya medlemmar bland de visstidsanställda",
      "Samverka med kultur- och fritidsförvaltningen",
      "Utbilda 6 nya skyddsombud",
    ]);
    expect(activities(plan)[0]!.targets[0]).toMatchObject({ value: 30, unit: "medlemmar", comparison: "atLeast" });
  });
});

describe("the organisation and the adoption under a title pasted from Word", () => {
  const plan = (text: string) => parsePlan({ path: "plan.txt", text }).plan;
  it("on two lines under the title", () => {
    const p = plan("VERKSAMHETSPLAN 2026\nKlubben Norr\nAntagen vid årsmötet 4 mars 2026\n\n1. Studier\n1.1 Genomföra två kurser\n\n2. Organisering\n2.1 Värva 40 nya medlemmar\n");
    expect(p).toMatchObject({ organisation: "Klubben Norr", adopted: { by: "årsmötet", date: "2026-03-04" } });
    expect(p.areas.map((a) => a.title)).toEqual(["Studier", "Organisering"]);
    expect(p.sections).toEqual([]);
  });
  it("on one line, with a dot between them", () => {
    const p = plan("Verksamhetsplan 2026\n\nKlubben Norr · antagen vid årsmötet 4 mars 2026\n\nStudier\n• Genomföra två kurser\n\nOrganisering\n• Värva 40 nya medlemmar\n");
    expect(p).toMatchObject({ organisation: "Klubben Norr", adopted: { date: "2026-03-04" } });
    expect(p.areas.map((a) => a.title)).toEqual(["Studier", "Organisering"]);
  });
});

describe("activities written as headings of their own under numbered goals (Word's heading styles)", () => {
  const { plan } = read("test/fixtures/shapes/tiltak-som-overskrifter.md");
  it("each goal is an area and each sub-heading under it an activity, with its owner and when", () => {
    expect(plan.organisation).toBe("Fagforbundet Fjellby");
    expect(plan.areas.map((a) => a.title)).toEqual(["Mål 1: Flere medlemmer", "Mål 2: Sterke tillitsvalgte", "Økonomi"]);
    const [first, second] = plan.areas[0]!.activities;
    expect(first).toMatchObject({ title: "Vi skal verve 100 nye medlemmer", owner: "Styret", when: "1. desember", source: { line: 5 } });
    expect(first!.targets).toMatchObject([{ value: 100, unit: "medlemmer" }]);
    expect(second).toMatchObject({ title: "Vi skal besøke alle arbeidsplassene i kommunen", owner: "Tillitsvalgte", description: "Vi starter med sykehjemmene." });
    expect(plan.areas[1]!.activities.map((a) => a.title)).toEqual(["Minst 15 tillitsvalgte skal gjennomføre grunnopplæring", "Vi holder to samlinger for tillitsvalgte i løpet av året"]);
  });
  it("a sub-heading with a list under it still holds the activities, and a background heading stays text", () => {
    expect(plan.areas[2]!.activities.map((a) => a.title)).toEqual(["Lage budsjett for 2027"]);
    expect(plan.areas[2]!.description).toBe("Fagforeningen har god økonomi.");
    expect(plan.sections).toEqual([]);
  });
});

describe("a goal line under an area", () => {
  it("'**Mål:** …' in Markdown is the area's goal, as 'Mål: …' in pasted text is, without the word the report already heads it with", () => {
    const md = parsePlan({ path: "plan.md", text: "# Handlingsplan 2026\n\n## Organisering\n\n**Mål:** Flere medlemmer på hver arbejdsplads.\n\n- Hverve mindst 80 nye medlemmer\n" }).plan;
    expect(md.areas[0]!.goals.map((g) => g.text)).toEqual(["Flere medlemmer på hver arbejdsplads."]);
    expect(md.areas[0]!.description).toBeUndefined();
    const { plan } = read("test/fixtures/shapes/tiltak-uten-overskrifter.md");
    expect(plan.areas[0]!.goals).toMatchObject([{ text: "Avdelingen skal ha 1 150 medlemmer ved årets slutt.", targets: [{ value: 1150 }] }]);
  });
});

describe("a pasted plan with a Word table under an area line and lists without blank lines (Norwegian, the period in capitals)", () => {
  const { plan, format } = read("test/fixtures/shapes/deler-med-tabeller.txt");
  it("reads every part as an area, the table rows and the dashed items as activities", () => {
    expect(format).toBe("loose");
    expect(plan).toMatchObject({ organisation: "Fagforbundet avdeling Vestvik", period: { from: 2026, to: 2027 }, adopted: { date: "2026-03-04" } });
    expect(plan.areas.map((a) => [a.title, a.activities.length])).toEqual([["Del 1 – Organisering", 3], ["Del 2 – Opplæring", 3], ["Del 3 – Arbeidsmiljø", 2]]);
    expect(plan.areas[0]!.goals).toMatchObject([{ text: "1 400 medlemmer innen utgangen av 2027.", targets: [{ value: 1400 }] }]);
    expect(plan.areas[0]!.activities[0]).toMatchObject({ title: "Verve nye medlemmer på sykehjemmene", owner: "Styret", when: "Hele perioden", source: { line: 8 } });
    expect(plan.sections).toEqual([]);
  });
});
