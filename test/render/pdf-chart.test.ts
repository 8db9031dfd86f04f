import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { loadTemplates } from "../../src/read/templates.js";
import { buildLayout } from "../../src/render/pdf/layout.js";
import { copyWorkspace, plan } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

describe("the year at a glance in the PDF", () => {
  const dir = copyWorkspace("examples/english");
  rmSync(join(dir, "reports"), { recursive: true, force: true });
  const r = plan(["report", "2025", "-C", dir, "--format", "pdf", "-q"]);
  const bytes = readFileSync(join(dir, "reports", "annual-report-2025.pdf"));
  const report = JSON.parse(plan(["report", "2025", "-C", dir, "--format", "json", "--stdout", "-q"]).stdout) as Report;

  it("follows the counts table in the layout, with the report's numbers", () => {
    expect(r.code).toBe(0);
    const blocks = buildLayout(report, loadTemplates("en")).blocks;
    const i = blocks.findIndex((b) => b.type === "chart");
    // the counts table, then the one sentence that says how the share of green is counted, then the chart
    expect(blocks[i - 1]?.type).toBe("paragraph");
    expect(blocks[i - 2]?.type).toBe("table");
    const chart = blocks[i]!.type === "chart" ? blocks[i].chart : undefined;
    expect(chart?.bars.map((b) => [b.label, b.total])).toEqual(report.areas.map((a) => [a.title, a.activities.length]));
  });

  it("is a tagged Figure whose alternative text says every area's counts", () => {
    const raw = bytes.toString("latin1");
    expect(raw).toContain("/S /Figure\n/Alt (The year at a glance. Organising \\(3\\): 2 Met, 1 Partly met. Health and safety \\(3\\): 1 Met, 1 Partly met, 1 Not met.");
  });

  it("writes the area names and the legend as text on the page", async () => {
    const pdf = await readPdf(bytes);
    const page = pdf.pages.find((p) => p.includes("The year at a glance"))!;
    for (const a of report.areas) expect(page).toContain(a.title);
    for (const label of ["Met", "Partly met", "Not met", "Not scored", "Not reported"]) expect(page).toContain(label);
  });
});
