import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { readPlanSource } from "../../src/read/source-file.js";
import { plan } from "../helpers/cli.js";

/** A committee's draft as Word writes it: heading styles, bulleted lists, bold. */
async function draftDocx(): Promise<string> {
  const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Verksamhetsplan 2026", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Klubben på Verkstan", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: "Inledning", heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun("Klubben ska bli fler och synas mer på golvet.")] }),
          new Paragraph({ text: "Studier", heading: HeadingLevel.HEADING_2 }),
          bullet("Minst 12 deltagare i grundkursen"),
          bullet("Genomföra två studiecirklar om arbetsmiljö"),
          new Paragraph({ text: "Arbetsmiljö", heading: HeadingLevel.HEADING_2 }),
          bullet("Utse ett skyddsombud på varje skift"),
          new Paragraph({ children: [new TextRun({ text: "Skyddsronder", bold: true })], bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun("Fyra skyddsronder under året tillsammans med arbetsgivaren.")] }),
        ],
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "plan-docx-"));
  const path = join(dir, "utkast.docx");
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

/** A Norwegian handlingsplan as Word writes it: one real table per area, a bold header row. */
async function tableDocx(): Promise<string> {
  const row = (cells: string[], header = false) =>
    new TableRow({
      tableHeader: header,
      children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: header })] })] })),
    });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Handlingsplan 2026", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Fagforeningen skal være synlig på alle arbeidsplassene, og ikke bare i byen." }),
          new Paragraph({ text: "Verving", heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [
              row(["Tiltak", "Mål", "Ansvarlig", "Når", "Merknad"], true),
              row(["Verve nye medlemmer blant sommervikarene", "Minst 25 nye medlemmer", "Styret", "Juni–august", "Sammen med klubbene"]),
              row(["Holde medlemsmøte om lønnsoppgjøret", "2 møter", "Leder", "Våren", ""]),
            ],
          }),
          new Paragraph({ text: "Skolering", heading: HeadingLevel.HEADING_2 }),
          new Table({
            rows: [row(["Tiltak", "Ansvarlig", "Frist"], true), row(["Sende tillitsvalgte på grunnkurs", "Opplæringsansvarlig", "1. oktober"])],
          }),
        ],
      },
    ],
  });
  const dir = mkdtempSync(join(tmpdir(), "plan-docx-"));
  const path = join(dir, "handlingsplan.docx");
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

describe("Word tables", () => {
  it("a real Word table becomes a GFM table, each row an activity with owner, when and target", async () => {
    const path = await tableDocx();
    const source = await readPlanSource(path);
    expect(source.text).toMatch(/\| \*\*Tiltak\*\* +\| \*\*Mål\*\*/);
    const { plan: model } = parsePlan(source);
    expect(model.areas.map((a) => [a.title, a.activities.map((x) => [x.title, x.owner, x.when, x.targets.map((t) => t.value)])])).toEqual([
      ["Verving", [
        ["Verve nye medlemmer blant sommervikarene", "Styret", "Juni–august", [25]],
        ["Holde medlemsmøte om lønnsoppgjøret", "Leder", "Våren", [2]],
      ]],
      ["Skolering", [["Sende tillitsvalgte på grunnkurs", "Opplæringsansvarlig", "1. oktober", []]]],
    ]);
    expect(model.areas[0]!.activities[0]!.description).toBe("Merknad: Sammen med klubbene");
    // rows keep their lines in the Markdown the document became
    const lines = source.text.split("\n");
    expect(lines[model.areas[0]!.activities[1]!.source.line - 1]).toContain("Holde medlemsmøte");
  });

  it("plan show prints the owner and when of each row", async () => {
    const r = plan(["show", await tableDocx()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 områder, 3 aktiviteter");
    expect(r.stdout).toContain("ansvarlig: Styret · når: Juni–august");
  });
});

describe("Word documents", () => {
  it("a .docx plan is read into the same model as Markdown", async () => {
    const path = await draftDocx();
    const source = await readPlanSource(path);
    expect(source.format).toBe("markdown");
    const { plan: model } = parsePlan(source);
    expect(model).toMatchObject({ title: "Verksamhetsplan 2026", organisation: "Klubben på Verkstan", period: { from: 2026, to: 2026 } });
    expect(model.areas.map((a) => a.title)).toEqual(["Studier", "Arbetsmiljö"]);
    expect(model.areas[0]!.activities.map((a) => a.title)).toEqual(["Minst 12 deltagare i grundkursen", "Genomföra två studiecirklar om arbetsmiljö"]);
    expect(model.areas[0]!.activities[0]!.targets[0]).toMatchObject({ value: 12, comparison: "atLeast", unit: "deltagare" });
    const rounds = model.areas[1]!.activities[1]!;
    expect(rounds.title).toBe("Skyddsronder");
    expect(rounds.description).toContain("Fyra skyddsronder");
  });

  it("plan show reads it from the command line", async () => {
    const path = await draftDocx();
    const r = plan(["show", path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 områden, 4 aktiviteter");
  });

  it("a broken .docx is a clear error, not a crash", () => {
    const dir = mkdtempSync(join(tmpdir(), "plan-docx-"));
    const path = join(dir, "trasig.docx");
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    const r = plan(["show", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Word-filen gick inte att läsa");
  });
});
