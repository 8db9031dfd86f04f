import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { loadTemplates } from "../../src/read/templates.js";
import { buildPresentation } from "../../src/render/presentation/build.js";
import { placeChart, DEFAULT_METRICS } from "../../src/render/presentation/chart.js";
import { buildLayout, presentationToLayout } from "../../src/render/pdf/layout.js";
import { presentationToMarkdown, renderMarkdown } from "../../src/render/markdown/render-markdown.js";
import type { Item, PlainGoal } from "../../src/render/presentation/model.js";
import { plan } from "../helpers/cli.js";

const isItem = (x: Item | PlainGoal): x is Item => "light" in x;

function reportOf(ws: string): Report {
  return JSON.parse(plan(["report", "2025", "-C", ws, "--format", "json", "--stdout", "-q"]).stdout) as Report;
}

describe("the presentation model", () => {
  const report = reportOf("examples/distrikt");
  const p = buildPresentation(report, loadTemplates("sv"));
  const areas = p.sections.filter((s) => s.kind === "area");

  // issue 14: the model now also holds the plan's introduction and the board-and-staff section, which
  // the Markdown and the PDF draw from it (the HTML does not draw them, as before)
  it("walks the report in the Markdown's order: intro, summary, indicators, areas, not scored, not reported, unplanned, appendices, board, signatures", () => {
    expect(p.sections.map((s) => s.kind)).toEqual([...report.intro.map(() => "intro"), "summary", "indicators", ...report.areas.map(() => "area"), "list", "list", "unplanned", ...report.appendices.map(() => "appendix"), "board", "signatures"]);
    expect(p.title).toBe("Verksamhetsberättelse 2025");
    expect(p.lang).toBe("sv-SE");
  });

  it("accounts for every activity exactly once, under its own light, in the area it belongs to", () => {
    report.areas.forEach((area, i) => {
      const s = areas[i]!;
      const items = s.kind === "area" ? s.groups.flatMap((g) => g.items.map((it) => ({ id: it.id, light: it.light, group: g.light }))) : [];
      expect(items.map((x) => x.id).sort()).toEqual(area.activities.map((a) => a.id).sort());
      for (const x of items) expect(x.light).toBe(x.group);
    });
  });

  it("words activities exactly like the PDF layout does (same results, same figures tables)", () => {
    const layout = buildLayout(report, loadTemplates("sv"));
    const fromPdf = layout.blocks.filter((b) => b.type === "activity").map((b) => ({ title: b.title, result: b.result, figures: b.figures }));
    const fromModel = p.sections.flatMap((s) =>
      s.kind !== "area" ? [] : [...(s.goals?.items ?? []), ...s.groups.flatMap((g) => g.items)].flatMap((it) => (isItem(it) ? [{ title: it.title, result: it.result, figures: it.figures }] : [])),
    );
    expect(fromModel).toEqual(fromPdf);
  });

  it("the chart's bars are the areas' counts, as shares that add up to the whole bar", () => {
    const s = p.sections.find((x) => x.kind === "indicators");
    if (s?.kind !== "indicators") throw new Error("no indicators");
    expect(s.chart.bars.map((b) => b.label)).toEqual(report.areas.map((a) => a.title));
    s.chart.bars.forEach((bar, i) => {
      const t = report.areas[i]!.totals;
      expect(bar.total).toBe(t.green + t.yellow + t.red + t.notScored + t.notReported);
      expect(Object.fromEntries(bar.segments.map((x) => [x.light, x.count]))).toEqual(
        Object.fromEntries(Object.entries({ green: t.green, yellow: t.yellow, red: t.red, "not-scored": t.notScored, "not-reported": t.notReported }).filter(([, n]) => n > 0)),
      );
      const end = bar.segments.at(-1)!;
      expect(end.start + end.width).toBeCloseTo(1, 9);
    });
    expect(s.chart.legend.map((l) => l.shape)).toEqual(["circle", "triangle", "square", "dash", "ring"]);
    expect(s.chart.description).toContain("Organisering och internationellt (4): 1 God måluppfyllelse, 1 Viss måluppfyllelse, 1 Ej bedömd, 1 Ej rapporterad; andel gröna 2024: 100\u00a0%, 2025: 50\u00a0%.");
    // an area new this year has no comparison in words either
    expect(s.chart.description).toContain("Ung (5): 5 God måluppfyllelse.");
    // placed for a page 400 points wide: boxes side by side, filling the width; narrow parts get their count outside
    const placed = placeChart(s.chart, { width: 400, ...DEFAULT_METRICS });
    for (const b of placed.bars) {
      const last = b.rects.at(-1)!;
      expect(last.x + last.width).toBeCloseTo(400, 6);
      for (const r of b.rects) expect(r.countInside).toBe(r.width >= DEFAULT_METRICS.minInside);
    }
    expect(placed.height).toBeGreaterThan(report.areas.length * DEFAULT_METRICS.barHeight);
  });

  it("is the one walk: Markdown and the PDF layout are drawn from it, so a word changed in the model shows in both", () => {
    expect(presentationToMarkdown(p)).toBe(renderMarkdown(report, loadTemplates("sv")));
    expect(presentationToLayout(p)).toEqual(buildLayout(report, loadTemplates("sv")));
    const changed = structuredClone(p);
    const area = changed.sections.find((s) => s.kind === "area");
    if (area?.kind !== "area") throw new Error("no area");
    area.heading = "Ett nytt namn på området";
    area.groups[0]!.items[0]!.title = "En omdöpt aktivitet";
    const md = presentationToMarkdown(changed);
    const blocks = presentationToLayout(changed).blocks;
    expect(md).toContain("\n## Ett nytt namn på området\n");
    expect(md).toContain("- En omdöpt aktivitet");
    expect(blocks).toContainEqual({ type: "heading", level: 1, text: "Ett nytt namn på området" });
    expect(blocks.some((b) => b.type === "activity" && b.title === "En omdöpt aktivitet")).toBe(true);
  });

  it("marks the plan's own words in a sentence, so only they are escaped", () => {
    const hostile = structuredClone(report);
    hostile.plan.title = "Plan *2025* <b>";
    const q = buildPresentation(hostile, loadTemplates("sv"));
    expect(q.basedOnPlan.filter((x) => typeof x !== "string")).toEqual([{ plan: "Plan *2025* <b>" }]);
    expect(presentationToMarkdown(q)).toContain("Plan \\*2025\\* \\<b\\>");
  });
});

