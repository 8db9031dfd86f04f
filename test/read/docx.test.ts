import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
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
