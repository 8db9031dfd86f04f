import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { loadFonts } from "../../src/read/assets.js";
import { loadTemplates } from "../../src/read/templates.js";
import { buildLayout, type Layout } from "../../src/render/pdf/layout.js";
import { greyValue, LIGHT_STYLE } from "../../src/render/pdf/lights.js";
import { type Item, type Page, type Pagination, TOC_AFTER_PAGES } from "../../src/render/pdf/paginate.js";
import { paginatePdf } from "../../src/render/pdf/render-pdf.js";
import { copyWorkspace, plan } from "../helpers/cli.js";
import { readPdf, readStructure } from "../helpers/pdf.js";

const FIXTURES = join(import.meta.dirname, "..", "fixtures", "long");

function reportOf(ws: string): Report {
  const r = plan(["report", "2025", "-C", ws, "--format", "json", "--stdout", "-q"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

/** the atoms of a page that are its content, not what the page repeats at its top */
const content = (p: Page) => p.atoms.filter((a) => a.role !== "continued" && a.role !== "repeatedHeader");
const HEADINGS = new Set(["heading", "lightHeading", "label"]);

describe.each([1, 8, 18, 60])("a report with %i areas and long comments, page by page", (areas) => {
  let report: Report;
  let layout: Layout;
  let pag: Pagination;
  beforeAll(async () => {
    report = reportOf(join(FIXTURES, `areas-${areas}`));
    layout = buildLayout(report, loadTemplates("sv"));
    pag = await paginatePdf(layout, { fonts: loadFonts() });
  }, 120_000);

  it("never leaves a heading, a light's label or the Kommentar label last on a page", () => {
    for (const [n, page] of pag.pages.entries()) {
      const last = page.atoms[page.atoms.length - 1]!;
      expect(HEADINGS.has(last.role), `page ${n + 1} ends with ${last.role} "${last.text}"`).toBe(false);
    }
  });

  it("never ends a page on a sentence that leads into a list (\"… för året:\")", () => {
    for (const [n, page] of pag.pages.entries()) {
      if (n === pag.pages.length - 1) continue;
      const last = content(page).at(-1)!;
      expect(last.text.trim().endsWith(":"), `page ${n + 1} ends with "${last.text}"`).toBe(false);
    }
  });

  it("moves a heading with its first item and two lines", () => {
    for (const page of pag.pages) {
      const atoms = content(page);
      atoms.forEach((a, k) => {
        if (a.role !== "heading" || atoms[k + 1]?.role === "heading") return;
        // what follows the heading (up to the next heading) on the same page: at least two lines, or all of it
        const after = atoms.slice(k + 1);
        const end = after.findIndex((x) => x.role === "heading");
        const following = end < 0 ? after : after.slice(0, end);
        // the next heading on the same page: all that belongs to this one is here
        if (end >= 0) expect(following.length, `heading "${a.text}"`).toBeGreaterThanOrEqual(1);
        else expect(following.length, `heading "${a.text}"`).toBeGreaterThanOrEqual(2);
      });
    }
  });

  it("keeps the Kommentar label with two lines of its comment", () => {
    let labels = 0;
    for (const page of pag.pages) {
      const atoms = content(page);
      atoms.forEach((a, k) => {
        if (a.role !== "label") return;
        labels++;
        expect(atoms.slice(k + 1, k + 3).filter((x) => x.block === a.block && x.role === "text")).toHaveLength(2);
      });
    }
    expect(labels).toBe(report.areas.filter((a) => a.comment).length);
  });

  it("leaves no single line of a paragraph alone at the top or the foot of a page", () => {
    for (const [n, page] of pag.pages.entries()) {
      const atoms = content(page);
      const first = atoms[0]?.line;
      const last = atoms[atoms.length - 1]?.line;
      if (n > 0 && first && first.n > 1) expect(first.k, `widow at the top of page ${n + 1}`).not.toBe(first.n - 1);
      if (n < pag.pages.length - 1 && last && last.n > 1) expect(last.k, `orphan at the foot of page ${n + 1}`).not.toBe(0);
    }
  });

  it("repeats a table's header row on every page the table spans", () => {
    for (const [n, page] of pag.pages.entries()) {
      const atoms = content(page);
      if (atoms[0]?.role !== "row") continue;
      expect(page.atoms.some((a) => a.role === "repeatedHeader"), `page ${n + 1} starts in a table`).toBe(true);
      const header = page.atoms.find((a) => a.role === "repeatedHeader")!;
      expect(header.text).toContain(atoms[0].block === layout.blocks.findIndex((b) => b.type === "table") ? "Område" : "Mål");
    }
  });

  it('says which section a page continues: "Område … (forts.)"', () => {
    let section: string | undefined;
    for (const [n, page] of pag.pages.entries()) {
      const atoms = content(page);
      if (n > 0 && section && atoms[0]?.role !== "heading") {
        expect(page.atoms[0], `page ${n + 1}`).toMatchObject({ role: "continued", text: `${section} (forts.)` });
      }
      for (const a of atoms) if (a.role === "heading" && layout.blocks[a.block]?.type === "heading" && (layout.blocks[a.block] as { level: number }).level === 1) section = (layout.blocks[a.block] as { text: string }).text;
    }
  });

  it("draws every activity once, with its light as the list item's label", () => {
    const lights = pag.pages.flatMap((p) => p.items.filter((i): i is Extract<Item, { kind: "light" }> => i.kind === "light" && Boolean(i.tag)));
    const all = report.areas.flatMap((a) => [...a.activities, ...a.goals.filter((g) => g.rule !== "not-reported")]);
    expect(lights).toHaveLength(all.length);
    for (const l of lights) expect(l.tag!.map((t) => t.type)).toEqual(["L", "LI", "Lbl"]);
  });

  it("has a table of contents with the right page numbers once it is long", () => {
    expect(pag.toc).toBe(pag.pages.length > TOC_AFTER_PAGES);
    if (!pag.toc) return;
    const pageOf = new Map<string, number>();
    pag.pages.forEach((p, n) => p.items.forEach((i) => i.kind === "mark" && pageOf.set(i.dest, n + 1)));
    const numbers = pag.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === "text" ? i.pieces.filter((x) => x.pageOf) : [])));
    expect(numbers).toHaveLength(pageOf.size);
    for (const x of numbers) expect(x.text).toBe(String(pageOf.get(x.pageOf!)));
    const entries = pag.pages.flatMap((p) => p.atoms.filter((a) => a.role === "toc"));
    expect(entries.length).toBeGreaterThanOrEqual(report.areas.length);
  });
});

describe("figures set for reading", () => {
  let pag: Pagination;
  beforeAll(async () => {
    pag = await paginatePdf(buildLayout(reportOf("examples/distrikt"), loadTemplates("sv")), { fonts: loadFonts() });
  }, 120_000);
  const pieces = () => pag.pages.flatMap((p) => p.items.flatMap((i) => (i.kind === "text" ? i.pieces : [])));

  it("sets activity numbers and figures apart, with tabular figures and no kerning", () => {
    const numbers = pieces().filter((p) => /^\d/.test(p.text));
    expect(numbers.length).toBeGreaterThan(20);
    for (const p of numbers) expect(p.numeric, p.text).toBe(true);
    // "2.1" is as wide as "2" + "." + "1" set one by one: nothing pulls the 1 over the full stop
    expect(pieces().filter((p) => p.text.includes(".") && /\d\.\d/.test(p.text)).every((p) => p.numeric)).toBe(true);
  });

  it("right-aligns the numbers of the summary table", () => {
    const rows = pag.pages.flatMap((p) => p.items.filter((i) => i.kind === "text" && i.tag?.some((t) => t.type === "TD") && i.tag[0]!.key === i.tag?.[0]?.key));
    const rightEdges = new Map<string, number[]>();
    for (const r of rows) {
      if (r.kind !== "text") continue;
      const cell = r.tag!.find((t) => t.type === "TD")!.key.replace(/^t\d+r\d+/, "");
      const p = r.pieces[r.pieces.length - 1]!;
      if (!/^\d/.test(r.pieces[0]!.text) || cell === "c0") continue;
      const key = `${r.tag![0]!.key}${cell}`;
      rightEdges.set(key, [...(rightEdges.get(key) ?? []), p.x + p.width]);
    }
    expect(rightEdges.size).toBeGreaterThan(5);
    for (const [col, edges] of rightEdges) expect(Math.max(...edges) - Math.min(...edges), col).toBeLessThan(0.01);
  });
});

describe("lights that do not depend on colour", () => {
  it("differ in lightness by a clear step, and each has its own mark", () => {
    const g = greyValue(LIGHT_STYLE.green.fill);
    const r = greyValue(LIGHT_STYLE.red.fill);
    const y = greyValue(LIGHT_STYLE.yellow.fill);
    expect(r - g).toBeGreaterThanOrEqual(40);
    expect(y - r).toBeGreaterThanOrEqual(40);
    const marks = Object.values(LIGHT_STYLE).map((s) => `${s.mark}${s.dashed ? "-dashed" : ""}`);
    expect(new Set(marks).size).toBe(marks.length);
  });

  it("in the legend and in the summary table's header too", async () => {
    const pag = await paginatePdf(buildLayout(reportOf("examples/distrikt"), loadTemplates("sv")), { fonts: loadFonts() });
    const untagged = pag.pages.flatMap((p) => p.items.filter((i) => i.kind === "light" && !i.tag)).map((i) => (i as { light: string }).light);
    // legend (3) + light headings + table header (5)
    for (const l of ["green", "yellow", "red", "not-scored", "not-reported"]) expect(untagged).toContain(l);
    expect(untagged.filter((l) => l === "green").length).toBeGreaterThanOrEqual(3);
  }, 120_000);
});

describe("the PDF as a screen reader and a viewer see it", () => {
  let pdf: Uint8Array;
  let report: Report;
  beforeAll(() => {
    const dir = copyWorkspace(join(FIXTURES, "areas-18"));
    report = reportOf(dir);
    expect(plan(["report", "2025", "-C", dir, "--format", "pdf", "-q"]).code).toBe(0);
    pdf = readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.pdf"));
  }, 120_000);

  it("has headings, tables, lists with labels, links and a table of contents in its tags", async () => {
    const s = await readStructure(pdf);
    for (const role of ["H1", "H2", "H3", "H4", "Table", "TR", "TH", "TD", "L", "LI", "Lbl", "LBody", "Link", "TOC", "TOCI", "P"]) {
      expect(s.roles.get(role) ?? 0, role).toBeGreaterThan(0);
    }
    const activities = report.areas.flatMap((a) => a.activities).length;
    expect(s.roles.get("Lbl")).toBeGreaterThanOrEqual(activities);
  }, 120_000);

  it("has bookmarks for the summary, every area and the sections after them", async () => {
    const s = await readStructure(pdf);
    expect(s.outline).toContain("Sammanfattning");
    for (const a of report.areas) expect(s.outline).toContain(a.title);
    expect(s.outline).toContain("Ej rapporterad");
  }, 120_000);

  it("renders the comments' Markdown: bold and italic set in their fonts, links clickable", async () => {
    const s = await readStructure(pdf);
    expect(s.links.some((l) => l.url === "https://example.org/rapport-2025")).toBe(true);
    expect(s.links.some((l) => /^https:\/\/www\.av\.se\/?$/.test(l.url ?? ""))).toBe(true);
    expect(s.links.some((l) => l.dest)).toBe(true); // the table of contents
    const text = (await readPdf(pdf)).text;
    expect(text).not.toContain("**");
    expect(text).toContain("bättre än väntat");
    const bold = s.fonts.find((f) => f.str.includes("bättre än väntat"));
    const italic = s.fonts.find((f) => f.str.includes("ledare som kan ta ansvar"));
    expect(bold?.font).toMatch(/Bold/);
    expect(italic?.font).toMatch(/Italic/);
  }, 120_000);
});

describe("the district example, page by page", () => {
  it("keeps the introduction's lead-in sentence with the list it introduces", async () => {
    const report = reportOf("examples/distrikt");
    const pag = await paginatePdf(buildLayout(report, loadTemplates("sv")), { fonts: loadFonts() });
    const lead = pag.pages.findIndex((p) => p.atoms.some((a) => a.text.includes("tre tyngdpunkter för året:")));
    expect(lead).toBeGreaterThanOrEqual(0);
    const page = content(pag.pages[lead]!);
    // the sentence is not the page's last line: its first item follows it on the same page
    expect(page.at(-1)!.text).not.toContain("tyngdpunkter för året:");
  });
});
