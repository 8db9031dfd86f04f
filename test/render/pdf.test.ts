import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { loadTemplates } from "../../src/read/templates.js";
import { buildLayout } from "../../src/render/pdf/layout.js";
import { copyWorkspace, plan } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

function reportOf(ws: string): Report {
  return JSON.parse(plan(["report", "2025", "-C", ws, "--format", "json", "--stdout", "-q"]).stdout) as Report;
}

function pdfOf(ws: string, env: Record<string, string> = {}): Uint8Array {
  const dir = copyWorkspace(ws);
  rmSync(join(dir, "reports"), { recursive: true, force: true });
  const r = plan(["report", "2025", "-C", dir, "--format", "pdf", "-q"], { env });
  expect(r.code).toBe(0);
  const file = { "examples/handlingsplan": "arsberetning", "examples/english": "annual-report" }[ws] ?? "verksamhetsberattelse";
  return readFileSync(join(dir, "reports", `${file}-2025.pdf`));
}

describe("the PDF layout model", () => {
  const report = reportOf("examples/distrikt");
  const layout = buildLayout(report, loadTemplates("sv"));
  const activities = layout.blocks.filter((b) => b.type === "activity");

  it("accounts for every activity exactly once, with its light", () => {
    const all = report.areas.flatMap((a) => a.activities);
    expect(activities).toHaveLength(all.length);
    for (const a of all) {
      expect(activities.filter((b) => b.type === "activity" && b.title === a.title && b.light === a.light)).toHaveLength(1);
    }
  });

  it("shows planned / actual / target as a small table, and simple results as one line", () => {
    const central = activities.find((b) => b.type === "activity" && b.title.startsWith("240 deltagare"));
    expect(central).toMatchObject({ figures: { header: ["Mål", "Planerat", "Utfall", "Uppfyllt"], rows: [["240 deltagare", "260", "251", "105\u00a0%"]] } });
    const simple = activities.find((b) => b.type === "activity" && b.title.startsWith("Minst 80 deltagare"));
    expect(simple).toMatchObject({ result: "Resultat: 77 av 80 deltagare · 96\u00a0%" });
    expect(simple).not.toHaveProperty("figures");
  });

  it("has metadata for the document", () => {
    expect(layout.meta).toMatchObject({
      title: "Verksamhetsberättelse 2025 — Facken i Älvbygden",
      author: "Facken i Älvbygden",
      language: "sv-SE",
      pageOf: "Sida {page} av {pages}",
    });
  });
});

describe("the PDF", () => {
  it("is byte-identical for identical input, and honours SOURCE_DATE_EPOCH", () => {
    const a = pdfOf("examples/distrikt");
    const b = pdfOf("examples/distrikt");
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    const c = pdfOf("examples/distrikt", { SOURCE_DATE_EPOCH: "1700000000" });
    expect(Buffer.compare(Buffer.from(a), Buffer.from(c))).not.toBe(0);
    expect(Buffer.from(c).toString("latin1")).toContain("D:20231114");
  }, 120_000);

  it("embeds its font, and no unembedded standard font", () => {
    const raw = Buffer.from(pdfOf("examples/distrikt")).toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
    expect(raw).not.toContain("Helvetica");
  });

  it("is tagged, with language and title shown", () => {
    const raw = Buffer.from(pdfOf("examples/distrikt")).toString("latin1");
    expect(raw).toContain("/StructTreeRoot");
    expect(raw).toMatch(/\/Marked true/);
    expect(raw).toContain("/Lang (sv-SE)");
    expect(raw).toContain("/DisplayDocTitle true");
    // headings, tables and lists carry their structure
    for (const tag of ["/S /H1", "/S /H2", "/S /Table", "/S /TR", "/S /TH", "/S /TD", "/S /L\n", "/S /LI", "/S /LBody"]) expect(raw).toContain(tag);
  });

  it.each([
    ["examples/distrikt", "Verksamhetsberättelse 2025", "Facken i Älvbygden", ["God måluppfyllelse", "Viss måluppfyllelse", "Låg måluppfyllelse"], "Sida 1 av"],
    ["examples/handlingsplan", "Årsberetning 2025", "Fagforeningen Elvedal", ["God måloppnåelse", "Delvis måloppnåelse"], "Side 1 av"],
    ["examples/english", "Annual report 2025", "Riverside Branch", ["Met", "Partly met", "Not met"], "Page 1 of"],
  ])("%s: the text can be read back — title, organisation, every activity, lights, numbers", async (ws, title, org, lights, pageLabel) => {
    const report = reportOf(ws);
    const pdf = await readPdf(pdfOf(ws));
    expect(pdf.info).toMatchObject({ Title: `${title} — ${org}`, Author: org });
    expect(pdf.pages[0]).toContain(title);
    expect(pdf.pages[0]).toContain(org);
    expect(pdf.pages[0]).toContain(pageLabel);
    for (const l of lights) expect(pdf.text).toContain(l);
    for (const a of report.areas.flatMap((x) => x.activities)) {
      expect(pdf.text).toContain((a.number ? `${a.number} ${a.title}` : a.title).replace(/\s+/g, " "));
    }
  });

  it("keeps å ä ö æ ø é and the numbers intact", async () => {
    const nb = await readPdf(pdfOf("examples/handlingsplan"));
    expect(nb.text).toContain("Følge opp heltidsavtalen");
    expect(nb.text).toContain("Opplæringskveld om trepartssamarbeid");
    const sv = await readPdf(pdfOf("examples/distrikt"));
    expect(sv.text).toContain("Skyddsombudens dag");
    expect(sv.text).toMatch(/Resultat: 77 av 80 deltagare · 96\s%/);
    expect(sv.text).toMatch(/240 deltagare 260 251 105\s%/);
  });
});

describe("branding", () => {
  const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

  it("a logo and an accent colour from the config", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "logo.png"), PNG);
    writeFileSync(join(dir, "plan.config.yaml"), readFileSync(join(dir, "plan.config.yaml"), "utf8") + 'branding:\n  logo: logo.png\n  accent: "#c8102e"\n');
    const r = plan(["report", "2025", "-C", dir, "--format", "pdf", "-q"]);
    expect(r.code).toBe(0);
    const raw = readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.pdf")).toString("latin1");
    expect(raw).toContain("/Subtype /Image");
    // the accent colour changes the drawing (content streams are compressed, so compare bytes)
    writeFileSync(join(dir, "plan.config.yaml"), readFileSync(join(dir, "plan.config.yaml"), "utf8").replace("#c8102e", "#1f3a5f"));
    expect(plan(["report", "2025", "-C", dir, "--format", "pdf", "-q"]).code).toBe(0);
    expect(readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.pdf")).toString("latin1")).not.toBe(raw);
  });

  it.each([
    ["finns-inte.png", undefined, "logotypen finns-inte.png som anges i branding.logo finns inte"],
    ["trasig.png", "inte en bild", "logotypen trasig.png är ingen PNG- eller JPEG-bild"],
  ])("a missing or broken logo (%s) is a clear error and nothing is written", (name, content, message) => {
    const dir = copyWorkspace("examples/distrikt");
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    if (content) writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, "plan.config.yaml"), readFileSync(join(dir, "plan.config.yaml"), "utf8") + `branding:\n  logo: ${name}\n`);
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(() => readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.md"))).toThrow();
  });
});
