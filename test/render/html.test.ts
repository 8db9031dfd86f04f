import { describe, expect, it } from "vitest";
import type { Report } from "../../src/model/report.js";
import { loadTemplates } from "../../src/read/templates.js";
import { esc, htmlId, textWithLinks } from "../../src/render/html/escape.js";
import { inlineMarkdownToHtml, markdownToHtml } from "../../src/render/html/markdown-to-html.js";
import { renderHtml } from "../../src/render/html/render-html.js";
import { buildPresentation } from "../../src/render/presentation/build.js";
import { plan } from "../helpers/cli.js";

describe("HTML from text people wrote", () => {
  it("escapes the five characters that could start markup", () => {
    expect(esc(`<script>"x" & y</script>`)).toBe("&lt;script&gt;&quot;x&quot; &amp; y&lt;/script&gt;");
  });

  it("keeps bare web addresses in plan text as links, without trailing punctuation", () => {
    expect(textWithLinks("Se https://exempel.se/plan. <b>")).toBe('Se <a href="https://exempel.se/plan">https://exempel.se/plan</a>. &lt;b&gt;');
  });

  it("Markdown: raw HTML is shown as text, links only to web, mail and phone, images are never loaded", () => {
    const html = markdownToHtml('Hej <img src="x" onerror="alert(1)"> [a](javascript:alert(1)) [b](https://exempel.se) [c](mailto:x@exempel.se) ![logo](https://exempel.se/l.png)\n\n<script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script|javascript:/);
    expect(html).toContain("&lt;img src=&quot;x&quot;");
    expect(html).toContain('<a href="https://exempel.se">b</a>');
    expect(html).toContain('<a href="mailto:x@exempel.se">c</a>');
    expect(html).toContain('<a href="https://exempel.se/l.png">logo</a>');
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
  });

  it("Markdown headings sit under the section's own heading; comments keep their line breaks", () => {
    expect(markdownToHtml("# Bilaga\n\ntext", { headingBase: 3 })).toBe("<h3>Bilaga</h3>\n<p>text</p>");
    expect(inlineMarkdownToHtml("rad ett\nrad **två**")).toBe("rad ett<br>\nrad <strong>två</strong>");
  });

  it("ids from the plan become valid, distinct HTML ids", () => {
    expect(htmlId("item", "1.1")).toBe("item-1_2e_1");
    expect(htmlId("item", "1-1")).toBe("item-1-1");
    expect(htmlId("area", "skola besök")).toMatch(/^area-skola_20_bes_f6_k$/);
  });
});

describe("renderHtml", () => {
  const report = JSON.parse(plan(["report", "2025", "-C", "examples/english", "--format", "json", "--stdout", "-q"]).stdout) as Report;

  it("one document: language, landmarks, headings in order, no scripts, the chart inline", () => {
    const html = renderHtml(buildPresentation(report, loadTemplates("en")));
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    for (const tag of ["<header", "<nav", "<main>", "<footer>"]) expect(html).toContain(tag);
    expect(html).not.toMatch(/<script|<link|@import|url\(/);
    expect(html).toContain('<svg class="chart" width="100%"');
    const levels = [...html.matchAll(/<h([1-6])/g)].map((m) => Number(m[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });

  it("plan text that looks like HTML is escaped everywhere it appears", () => {
    const hostile: Report = structuredClone(report);
    hostile.plan.title = "<script>x</script>";
    hostile.areas[0]!.title = '<img src=x onerror="y">';
    hostile.areas[0]!.activities[0]!.title = "</li><li>fake";
    hostile.areas[0]!.activities[0]!.comment = "<b>bold</b>";
    const html = renderHtml(buildPresentation(hostile, loadTemplates("en")));
    expect(html).not.toMatch(/<script>x|<img|<\/li><li>fake|<b>bold/);
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;y&quot;&gt;");
  });

  it("takes the association's accent colour only when it is a colour", () => {
    const p = buildPresentation(report, loadTemplates("en"));
    expect(renderHtml(p, { accent: "#aa3300" })).toContain("--accent: #aa3300;");
    expect(renderHtml(p, { accent: "red;} body{display:none" })).toContain("--accent: #1f3a5f;");
  });
});

describe("the print stylesheet", () => {
  it("numbers the printed pages with the template's words, which can never close the style element", async () => {
    const { stylesheet } = await import("../../src/render/html/style.js");
    expect(stylesheet("#000", "Sida {page} av {pages}")).toContain('content: "Sida " counter(page) " av " counter(pages);');
    const hostile = stylesheet("#000", 'p. {page} "</style><script>x</script>');
    expect(hostile).not.toContain("</style>");
    expect(hostile).toContain('content: "p. " counter(page) " \\"\\3c /style>\\3c script>x\\3c /script>";');
  });
});
