import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { InputErrors } from "../../src/errors.js";
import { parseMarkdownPlan } from "../../src/parse/markdown/parse-markdown.js";
import { decodeText } from "../../src/read/source-file.js";

const parse = (text: string) => parseMarkdownPlan(text, "plan.md");

describe("a district-style plan (the shape of seed 000)", () => {
  const text = readFileSync("examples/distrikt/plans/2025.md", "utf8");
  const { plan, diagnostics } = parse(text);
  const activities = plan.areas.flatMap((a) => a.activities);

  it("reads title, organisation, period and language from the headings", () => {
    expect(plan).toMatchObject({
      title: "Verksamhetsplan 2025",
      organisation: "Facken i Älvbygden",
      period: { from: 2025, to: 2025 },
      language: "sv",
    });
  });

  it("areas are the headings with activities; contents, introduction and the year are prose", () => {
    expect(plan.areas.map((a) => a.title)).toEqual([
      "Arbetsmarknad",
      "Lokal verksamhet",
      "Facklig-politiskt",
      "Kommunikation",
      "Facklig utbildning",
      "Ung",
      "Skola",
      "Organisering och internationellt", // a ### area among ## areas, bold ignored
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Innehåll", "Inledning", "2025"]);
  });

  it("the introduction's lists are priorities, not activities", () => {
    expect(plan.priorities).toContain("Arbetsmarknad");
    expect(plan.priorities).toContain("Unga in i facket");
    expect(activities.map((a) => a.title)).not.toContain("Unga in i facket");
  });

  it("every bullet is an activity; a group label's children are activities that keep the label", () => {
    expect(activities).toHaveLength(40);
    const grouped = activities.filter((a) => a.group === "Centrala måltal");
    expect(grouped.map((a) => a.targets[0]?.value)).toEqual([240, 90, 320, 60]);
    expect(activities.filter((a) => a.group === "Centrala måltal UNG-utbildningar")).toHaveLength(3);
    expect(activities.map((a) => a.title)).not.toContain("Centrala måltal:");
  });

  it("every activity has a unique, stable id and a position", () => {
    const ids = activities.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parse(text).plan.areas.flatMap((a) => a.activities.map((x) => x.id))).toEqual(ids);
    const line = text.split("\n").findIndex((l) => l.includes("Genomföra 40 skolinformationer")) + 1;
    expect(activities.find((a) => a.title.startsWith("Genomföra 40"))?.source).toEqual({ file: "plan.md", line, column: 1 });
  });

  it("reads the important dates in the plan's year", () => {
    expect(plan.dates).toHaveLength(9);
    expect(plan.dates[4]).toMatchObject({ date: "2025-05-26", end: "2025-05-27", title: "Ledningskonferens" });
    expect(plan.dates[6]).toMatchObject({ date: "2025-09-30", end: "2025-10-02" });
    expect(diagnostics).toEqual([]);
  });
});

describe("front matter, attributes and ids", () => {
  const text = [
    "---",
    "title: Verksamhetsplan",
    "organisation: Exempelfacket Norrby",
    "period: 2024-2025",
    "adopted: {by: årsmötet, date: 2024-03-12}",
    "---",
    "",
    "# Verksamhetsplan",
    "",
    "## Studier {#studier}",
    "",
    "Studierna samordnas med ABF.",
    "",
    "- 1.1 Minst 120 deltagare i grundutbildningen",
    "- Starta en studiecirkel om arbetsmiljö {#cirkel owner=\"Studiegruppen\" due=2024-06-30 .arbetsmiljo}",
    "- Starta en studiecirkel om arbetsmiljö",
    "",
    "## **4. Internationellt**",
    "",
  ].join("\n");
  const { plan } = parse(text);

  it("front matter wins over the headings", () => {
    expect(plan).toMatchObject({
      title: "Verksamhetsplan",
      organisation: "Exempelfacket Norrby",
      period: { from: 2024, to: 2025 },
      adopted: { by: "årsmötet", date: "2024-03-12" },
    });
  });

  it("explicit id → number → slug", () => {
    const [a, b, c] = plan.areas[0]!.activities;
    expect(a).toMatchObject({ id: "1.1", number: "1.1", title: "Minst 120 deltagare i grundutbildningen" });
    expect(b).toMatchObject({ id: "cirkel", owner: "Studiegruppen", due: "2024-06-30", tags: ["arbetsmiljo"] });
    expect(b!.title).toBe("Starta en studiecirkel om arbetsmiljö");
    expect(c!.id).toBe("studier-starta-studiecirkel-arbetsmiljo");
  });

  it("an area keeps its explicit id and description; a numbered heading without items is an empty area", () => {
    expect(plan.areas[0]).toMatchObject({ id: "studier", description: "Studierna samordnas med ABF." });
    expect(plan.areas[1]).toMatchObject({ id: "4", title: "Internationellt", activities: [] });
  });

  it("unknown front-matter keys are errors with a suggestion and a line", () => {
    try {
      parse("---\ntitle: Plan 2024\norganization: Facket\n---\n# Plan 2024\n");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputErrors);
      const [err] = (e as InputErrors).errors;
      expect(err!.messageId).toBe("schema.unknownKey");
      expect(err!.where).toMatchObject({ file: "plan.md", line: 3 });
      expect(err!.hint?.data).toEqual({ suggestion: "organisation" });
    }
  });
});

describe("duplicate explicit ids are reported, never renamed", () => {
  it("points at the second one", () => {
    const { plan, diagnostics } = parse("# Plan 2024\n\n## Ung\n\n- Läger {#ung-1}\n- Resa {#ung-1}\n");
    expect(plan.areas[0]!.activities.map((a) => a.id)).toEqual(["ung-1", "ung-1"]);
    expect(diagnostics).toMatchObject([{ ruleId: "activity/duplicate-id", severity: "error", source: { line: 6 } }]);
  });
});

describe("what the reader does to the bytes", () => {
  it("drops the BOM and turns CRLF into LF, so lines stay right", () => {
    const bytes = new TextEncoder().encode("\uFEFF# Plan 2024\r\n\r\n## Ung\r\n\r\n- Minst 10 deltagare i lägret\r\n");
    const source = decodeText(bytes, "plan.md");
    const { plan } = parse(source.text);
    expect(plan.title).toBe("Plan 2024");
    expect(plan.areas[0]!.activities[0]!.source.line).toBe(5);
  });
  it("reads Windows-1252 and says so", () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode("# Plan 2024 f"), 0xf6, 0x72]);
    expect(decodeText(bytes, "plan.md")).toMatchObject({ text: "# Plan 2024 för", decodedAs: "windows-1252" });
  });
  it("refuses empty and binary files", () => {
    expect(() => decodeText(new Uint8Array(), "a.md")).toThrow(/file.empty/);
    expect(() => decodeText(Uint8Array.from([0x50, 0x4b, 0, 0]), "a.md")).toThrow(/file.binary/);
  });
});

describe("pathological input", () => {
  it("lists nested absurdly deep are a positioned error, not minutes of parsing", () => {
    const text = ["# Plan 2025", "", "## Ung", "", ...Array.from({ length: 3000 }, (_, i) => `${"  ".repeat(i)}- nivå ${i}`)].join("\n");
    try {
      parse(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ messageId: "parse.tooDeep", where: { file: "plan.md", line: 46 } });
    }
    expect(() => parse(`# Plan 2025\n\n${">".repeat(500)} citat\n`)).toThrow(/parse.tooDeep/);
  });

  it("ten levels, as a real plan might have, are fine", () => {
    const text = ["# Plan 2025", "", "## Ung", "", ...Array.from({ length: 10 }, (_, i) => `${"  ".repeat(i)}- Genomföra träff ${i}`)].join("\n");
    expect(parse(text).plan.areas[0]!.activities).toHaveLength(10);
  });
});

describe("numbered sections as ordered-list items in a Markdown plan (seed 003's shape, with a heading)", () => {
  it("each '1. Title' followed by '1.1 …' items is an area; numbers kept as written", () => {
    const text = [
      "# Verksamhetsplan 2025",
      "",
      "1. Avtalsrörelsen",
      "",
      "- 1.1 Vi ska informera klubbarna varje vecka.",
      "- 1.2 Vi ska ordna avtalsmöten.",
      "",
      "2. Organisering: fler medlemmar",
      "",
      "2.1 Vi ska värva minst 150 nya medlemmar.",
      "",
      "2.3 Vi ska ordna en värvarkurs.",
      "",
    ].join("\n");
    const { plan } = parse(text);
    expect(plan.areas.map((a) => [a.id, a.title, a.activities.map((x) => x.id)])).toEqual([
      ["1", "Avtalsrörelsen", ["1.1", "1.2"]],
      ["2", "Organisering: fler medlemmar", ["2.1", "2.3"]],
    ]);
    expect(plan.areas[1]!.source.line).toBe(8);
  });

  it("an ordinary numbered list stays a list of activities", () => {
    const { plan } = parse("# Plan 2025\n\n## Studier\n\n1. Anordna en kurs\n2. Anordna en studiedag\n");
    expect(plan.areas[0]!.activities.map((a) => a.title)).toEqual(["Anordna en kurs", "Anordna en studiedag"]);
  });
});
