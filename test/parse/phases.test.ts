import { describe, expect, it } from "vitest";
import { InputErrors } from "../../src/errors.js";
import { parseMarkdownBlocks } from "../../src/parse/markdown/mdast.js";
import { sourceOf } from "../../src/parse/markdown/nodes.js";
import { assemble } from "../../src/parse/markdown/phases/assemble.js";
import { classifyHead } from "../../src/parse/markdown/phases/classify.js";
import type { ReadContext } from "../../src/parse/markdown/phases/context.js";
import { readFrontMatter } from "../../src/parse/markdown/phases/front-matter.js";
import { readSections } from "../../src/parse/markdown/phases/read-sections.js";
import { splitIntoSections, type Head } from "../../src/parse/markdown/phases/sections.js";
import { readTitleBlock } from "../../src/parse/markdown/phases/title-block.js";
import { isPeriodOnly, parsePeriod } from "../../src/parse/period.js";

/** Each phase of the Markdown reader on its own. */
const ctxFor = (text: string, year?: number): ReadContext => ({
  file: "p.md",
  text,
  language: "sv",
  year,
  src: (n) => sourceOf("p.md", n),
  diagnostics: [],
});

describe("parsePeriod", () => {
  it("reads a year, a span with any dash, and refuses a span that runs backwards", () => {
    expect(parsePeriod("Verksamhetsplan 2026")).toEqual({ from: 2026, to: 2026 });
    expect(parsePeriod("Handlingsplan 2025 – 2027")).toEqual({ from: 2025, to: 2027 });
    expect(parsePeriod("2024-2025")).toEqual({ from: 2024, to: 2025 });
    expect(parsePeriod("2027–2025")).toBeUndefined();
    expect(parsePeriod("telefon 123456")).toBeUndefined();
    expect(isPeriodOnly("2025–2026")).toBe(true);
    expect(isPeriodOnly("År 2025")).toBe(false);
  });
});

describe("phase 1: front matter", () => {
  it("is read when present, and a wrong field is an error positioned in the Markdown file", () => {
    const blocks = parseMarkdownBlocks("---\ntitle: Plan för klubben\nperiod: 2026\n---\n\n# Plan\n");
    expect(readFrontMatter(blocks, "p.md")).toEqual({ frontMatter: { title: "Plan för klubben", period: 2026 }, next: 1 });
    expect(readFrontMatter(parseMarkdownBlocks("# Plan\n"), "p.md")).toEqual({ frontMatter: {}, next: 0 });
    const bad = parseMarkdownBlocks("---\ntitle: Plan\nperiod: nästa år\n---\n");
    try {
      readFrontMatter(bad, "p.md");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputErrors);
      expect((e as InputErrors).errors[0]!.where?.line).toBe(3);
    }
  });
});

describe("phase 2: title block", () => {
  it("title, organisation heading, adoption line, and where the body starts", () => {
    const text = "# Verksamhetsplan 2026\n\n## Klubben Norra Verken\n\nAntagen vid årsmötet den 4 mars 2026\n\n## Studier\n\n- Två kurser\n";
    const blocks = parseMarkdownBlocks(text);
    const t = readTitleBlock(blocks, 0, {});
    expect(t).toMatchObject({
      title: "Verksamhetsplan 2026",
      organisation: "Klubben Norra Verken",
      adopted: { by: "årsmötet", date: "2026-03-04" },
      period: { from: 2026, to: 2026 },
      next: 3,
    });
  });
  it("the organisation after a plan word that begins with å, in any case and language", () => {
    for (const [title, organisation] of [
      ["Årsplan 2026 for LO i Snøfjell", "LO i Snøfjell"],
      ["ÅRSPLAN 2026–2027 FOR LO I SNØFJELL", "LO I SNØFJELL"],
      ["Årsplanen 2026 för Klubben Älven", "Klubben Älven"],
      ["Årsplan 2026 for Fagforeningen Kystbyen", "Fagforeningen Kystbyen"],
    ] as const) {
      const blocks = parseMarkdownBlocks(`# ${title}\n\n## Studier\n\n- Två kurser\n`);
      expect(readTitleBlock(blocks, 0, {}).organisation, title).toBe(organisation);
    }
  });
  it("the line under the title that names the organisation: in bold, or beside the adoption", () => {
    const read = (text: string) => readTitleBlock(parseMarkdownBlocks(text), 0, {});
    expect(read("# Handlingsplan 2026\n**Fagforeningen Nordhavn** · vedtaget på generalforsamlingen 3. marts 2026\n\n## Uddannelse\n\n- Tre kurser\n")).toMatchObject({
      organisation: "Fagforeningen Nordhavn",
      adopted: { by: "generalforsamlingen", date: "2026-03-03" },
      next: 2,
    });
    expect(read("# Verksamhetsplan 2026\n\n**Klubben Norr**\n\n## Studier\n\n- Två kurser\n")).toMatchObject({ organisation: "Klubben Norr", next: 2 });
    expect(read("# Verksamhetsplan 2026\n\nAntagen vid årsmötet 4 mars 2026 | Klubben Norr\n\n## Studier\n")).toMatchObject({ organisation: "Klubben Norr", adopted: { date: "2026-03-04" } });
    // a bold heading word, or a sentence, is not a name
    expect(read("# Verksamhetsplan 2026\n\n**Inledning**\n\nText.\n\n## Studier\n").organisation).toBeUndefined();
    expect(read("# Verksamhetsplan 2026\n\n**Vi ska bli fler.**\n\n## Studier\n").organisation).toBeUndefined();
    expect(read("# Verksamhetsplan 2026\n\nÅret präglas av avtalsrörelsen · antagen vid årsmötet 4 mars 2026\n\n## Studier\n").organisation).toBeUndefined();
  });
  it("the word before the adoption date goes with the date: 'at the AGM on 12 February 2026'", () => {
    const blocks = parseMarkdownBlocks("# Work Plan 2026\n\nAdopted at the AGM on 12 February 2026\n\n## Organising\n\n- Recruit 150 new members\n");
    expect(readTitleBlock(blocks, 0, {}).adopted).toEqual({ by: "the AGM", date: "2026-02-12" });
  });
  it("no year in the title: a heading that is only a year names the period", () => {
    const blocks = parseMarkdownBlocks("# Plan för laget\n\n## 2027\n\nText.\n");
    expect(readTitleBlock(blocks, 0, {}).period).toEqual({ from: 2027, to: 2027 });
  });
});

describe("phase 3: sections", () => {
  it("cuts at headings and at a numbered section item followed by N.1 items", () => {
    const text = "Intro.\n\n## Studier\n\n- Kurs\n\n1. Organisering\n\n- 1.1 Värva fler\n";
    const sections = splitIntoSections(parseMarkdownBlocks(text), 0);
    expect(sections.map((s) => [s.head?.kind, s.head?.text, s.blocks.length])).toEqual([
      [undefined, undefined, 1],
      ["heading", "Studier", 1],
      ["item", "Organisering", 1],
    ]);
  });
});

describe("phase 4: classify", () => {
  const h = (text: string, depth = 2): Head => ({ kind: "heading", node: { type: "heading", depth: depth as 2, children: [] }, text, depth });
  it("by words and by depth under an area", () => {
    expect(classifyHead(h("Viktiga datum"), undefined)).toEqual({ kind: "dates" });
    expect(classifyHead(h("Inledning"), undefined)).toEqual({ kind: "prose" });
    expect(classifyHead(h("Mål"), undefined)).toEqual({ kind: "prose" });
    expect(classifyHead(h("Mål", 3), 2)).toEqual({ kind: "goals" });
    expect(classifyHead(h("Mål for verving: 30 nye", 3), 2)).toEqual({ kind: "goal" });
    expect(classifyHead(h("Tiltak", 3), 2)).toEqual({ kind: "activities" });
    expect(classifyHead(h("Tiltak", 2), 2)).toMatchObject({ kind: "area" });
    expect(classifyHead(h("2.1 Arbetsmiljö:"), undefined)).toEqual({ kind: "area", title: "Arbetsmiljö", number: "2.1" });
  });
});

describe("phases 5–6: read the sections and assemble", () => {
  it("activities under an area, priorities from the introduction, prose sections kept, ids assigned", () => {
    const text = "# Plan 2026\n\nVi prioriterar:\n\n- Fler medlemmar\n\n## Bakgrund\n\nText om klubben.\n\n## Studier\n\n- Genomföra 3 kurser\n- Starta en cirkel\n\n## Övrigt\n\nInget här.\n";
    const blocks = parseMarkdownBlocks(text);
    const title = readTitleBlock(blocks, 0, {});
    const ctx = ctxFor(text, 2026);
    const read = readSections(splitIntoSections(blocks, title.next), ctx);
    expect(read.priorities).toEqual(["Fler medlemmar"]);
    expect(read.drafts.map((d) => [d.area.title, d.area.activities.length])).toEqual([["Studier", 2], ["Övrigt", 0]]);
    const plan = assemble(title, read, blocks, ctx);
    expect(plan.areas.map((a) => a.id)).toEqual(["studier"]);
    expect(plan.areas[0]!.activities.map((a) => [a.id, a.source.line, a.targets[0]?.value])).toEqual([
      ["studier-genomfora-3-kurser", 13, 3],
      ["studier-starta-cirkel", 14, undefined],
    ]);
    expect(plan.sections.map((s) => [s.title, s.markdown])).toEqual([
      ["", "Vi prioriterar:\n\n- Fler medlemmar"],
      ["Bakgrund", "Text om klubben."],
      ["Övrigt", "Inget här."],
    ]);
  });
});

describe("activity tables: column roles by header words", () => {
  it("in the plan's language first, whole words, each role once; unknown columns have none", async () => {
    const { columnRole } = await import("../../src/parse/markdown/vocabulary.js");
    expect(["Aktivitet", "Mål", "Ansvarig person", "Tid/frist", "Kommentar"].map((h) => columnRole(h, "sv"))).toEqual(["activity", "target", "owner", "when", undefined]);
    expect(["**Tiltak**", "Måltall", "Ansvarlig", "Når"].map((h) => columnRole(h, "nb"))).toEqual(["activity", "target", "owner", "when"]);
    expect(["Action", "Target", "Responsible", "Deadline"].map((h) => columnRole(h, "en"))).toEqual(["activity", "target", "owner", "when"]);
    expect(columnRole("Målgrupp", "sv")).toBeUndefined();
    const { tableColumns } = await import("../../src/parse/markdown/phases/tables.js");
    const [table] = parseMarkdownBlocks("| Insats | Ansvar | Ansvarig |\n|---|---|---|\n| a | b | c |\n");
    expect(tableColumns(table as never, "sv").roles).toEqual(["activity", "owner", undefined]);
  });

  it("rows → activities: an empty activity cell is skipped, an empty target cell is no target", async () => {
    const { tableActivities } = await import("../../src/parse/markdown/phases/tables.js");
    const text = "| Aktivitet | Mål | När |\n|---|---|---|\n| Hålla 5 möten | | Våren |\n| | 3 kurser | |\n| Ordna kurs | 3 kurser | Hösten |\n";
    const [table] = parseMarkdownBlocks(text);
    const acts = tableActivities(table as never, ctxFor(text));
    expect(acts.map((a) => [a.title, a.targets.map((t) => t.value), a.when, a.source.line])).toEqual([
      ["Hålla 5 möten", [], "Våren", 3],
      ["Ordna kurs", [3], "Hösten", 5],
    ]);
  });
});

describe("section lines by shape", () => {
  it("a bare line on its list, a sentence with lead-ins; none when only one such line", async () => {
    const { findLineHeads, isLeadIn } = await import("../../src/parse/markdown/phases/line-heads.js");
    expect(["Så här gör vi:", "Det innebär att vi ska", "Vi vil derfor:", "To do this we will:"].every(isLeadIn)).toBe(true);
    expect(isLeadIn("Styrelsen ska verka för att fler medlemmar tar aktiv del i arbetet.")).toBe(false);
    const text = "Verving\n- a\n\nStyret skal arbeide for bedre lønn for alle.\nVi vil derfor:\n- b\n\nHer er en vanlig tekst.\n\n- c\n";
    const blocks = parseMarkdownBlocks(text);
    expect([...findLineHeads(blocks, 0).values()].map((h) => [h.text, h.leadIn])).toEqual([
      ["Verving", undefined],
      ["Styret skal arbeide for bedre lønn for alle.", "Vi vil derfor:"],
    ]);
    expect(findLineHeads(parseMarkdownBlocks("Verving\n- a\n"), 0).size).toBe(0);
  });
});
