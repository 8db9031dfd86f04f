// The HTML report in a real browser: Debian's chromium driven by playwright-core.
// Skipped (with a message) where /usr/bin/chromium is missing; CI=true makes it required.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { HtmlValidate } from "html-validate";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interpolate } from "../../src/i18n/t.js";
import type { Report } from "../../src/model/report.js";
import { loadTemplates } from "../../src/read/templates.js";
import { Wording } from "../../src/render/wording.js";
import { ROOT, copyWorkspace, plan } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
if (!present && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (see .ci/run)`);
if (!present) console.warn(`\n[browser tests skipped] ${CHROMIUM} not found — install it with: apt-get install -y chromium\n`);

const EXAMPLES = [
  { ws: "distrikt", file: "verksamhetsberattelse-2025" },
  { ws: "numrerad", file: "verksamhetsberattelse-2025" },
  { ws: "handlingsplan", file: "arsberetning-2025" },
  { ws: "english", file: "annual-report-2025" },
] as const;
const SHOTS = join(ROOT, "test", ".tmp", "screenshots");

let context: BrowserContext;
let profile: string;
/** requests the pages made to anything but the report file itself */
const foreign: string[] = [];

function report(ws: string, dir = `examples/${ws}`): { html: string; json: Report; path: string } {
  const out = mkdtempSync(join(tmpdir(), "plan-html-"));
  const r = plan(["report", "2025", "-C", dir, "--format", "html", "--out", out, "-q"]);
  expect(r.code, r.stderr).toBeLessThan(2);
  const j = plan(["report", "2025", "-C", dir, "--format", "json", "--stdout", "-q"]);
  const name = EXAMPLES.find((e) => e.ws === ws)?.file ?? "verksamhetsberattelse-2025";
  const path = join(out, `${name}.html`);
  return { html: readFileSync(path, "utf8"), json: JSON.parse(j.stdout) as Report, path };
}

async function open(path: string, width: number): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(pathToFileURL(path).href);
  return page;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    return axe.run(document, { resultTypes: ["violations"] });
  });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

describe.skipIf(!present)("the HTML report in Chromium", () => {
  beforeAll(async () => {
    profile = mkdtempSync(join(tmpdir(), "plan-chromium-"));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (!url.startsWith("file://")) foreign.push(url);
      return url.startsWith("file://") ? route.continue() : route.abort();
    });
  });
  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  describe.each(EXAMPLES)("examples/$ws", ({ ws }) => {
    let r: ReturnType<typeof report>;
    beforeAll(() => {
      r = report(ws);
    });

    it.each([390, 1280])("has no horizontal scrolling and no axe violations at %i px", async (width) => {
      const page = await open(r.path, width);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(scroll).toBeLessThanOrEqual(client);
      // nothing sticks out of the page either (a table inside its own scroller would hide figures)
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll("table, svg.chart")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5).map((e) => e.outerHTML.slice(0, 60)),
      );
      expect(wide).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      if (ws === "distrikt") await page.screenshot({ path: join(SHOTS, `${ws}-${width}.png`), fullPage: true });
      await page.close();
    });

    it("prints to A4 with the print stylesheet, on a sane number of pages", async () => {
      const page = await open(r.path, 1280);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const printed = await readPdf(pdf);
      const activities = r.json.areas.reduce((n, a) => n + a.activities.length, 0);
      expect(printed.pages.length).toBeGreaterThanOrEqual(1);
      // about as long as the PDF report: at most one page per four activities, plus the front matter
      expect(printed.pages.length).toBeLessThanOrEqual(Math.ceil(activities / 4) + 2);
      expect(printed.text).toContain(r.json.areas[0]!.title);
      // the foot of each printed page says where the reader is, in the report's words
      const pageOf = loadTemplates(r.json.language).pageOf;
      expect(printed.pages[0]).toContain(interpolate(pageOf, { page: 1, pages: printed.pages.length }));
      mkdirSync(SHOTS, { recursive: true });
      if (ws === "distrikt") writeFileSync(join(SHOTS, `${ws}-print.pdf`), pdf);
      await page.close();
    });

    it("passes html-validate (recommended rules)", async () => {
      const result = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(r.html);
      expect(result.results.flatMap((x) => x.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
      expect(result.valid).toBe(true);
    });

    it("draws the chart with the JSON report's numbers", async () => {
      const page = await open(r.path, 390);
      const bars = await page.evaluate(() =>
        [...document.querySelectorAll("svg.chart g.bar")].map((g) => ({
          label: g.querySelector("text.label")?.textContent,
          counts: Object.fromEntries([...g.querySelectorAll("text.count")].map((t) => [t.getAttribute("data-light"), Number(t.textContent)])),
        })),
      );
      const key = { green: "green", yellow: "yellow", red: "red", "not-scored": "notScored", "not-reported": "notReported" } as const;
      expect(bars).toEqual(
        r.json.areas.map((a) => ({
          label: a.title,
          counts: Object.fromEntries(Object.entries(key).filter(([, k]) => a.totals[k] > 0).map(([l, k]) => [l, a.totals[k]])),
        })),
      );
      // the text alternative says the same numbers
      const desc = await page.evaluate(() => document.querySelector("svg.chart desc")?.textContent ?? "");
      // per area every counted item: its activities and its scored goals, as the totals count them
      const counted = (t: (typeof r.json.areas)[number]["totals"]) => t.green + t.yellow + t.red + t.notScored + t.notReported;
      for (const a of r.json.areas) expect(desc).toContain(`${a.title} (${counted(a.totals)})`);
      // with the year before in the workspace, each area it had shows its share of green then and now
      const changes = await page.evaluate(() => [...document.querySelectorAll("svg.chart g.bar")].map((g) => g.querySelector("text.change")?.textContent ?? null));
      const w = new Wording(loadTemplates(r.json.language), r.json.language);
      expect(changes).toEqual(r.json.areas.map((a) => (a.previous ? w.change(a.previous.totals, a.totals) : null)));
      if (ws === "distrikt") expect(changes.filter(Boolean).length).toBeGreaterThanOrEqual(6);
      await page.close();
    });

    it("loads nothing from any other host: no http(s) in src/href of scripts, styles, fonts, images", async () => {
      const before = foreign.length;
      const page = await open(r.path, 1280);
      const refs = await page.evaluate(() => {
        const urls: string[] = [];
        for (const e of document.querySelectorAll("script, link, img, source, iframe, object, embed, video, audio, use, image")) {
          for (const attr of ["src", "href", "xlink:href", "srcset", "data"]) {
            const v = e.getAttribute(attr);
            if (v) urls.push(`${e.tagName}:${v}`);
          }
        }
        const css = [...document.querySelectorAll("style")].map((s) => s.textContent ?? "").join("\n");
        for (const m of css.matchAll(/url\(([^)]*)\)|@import[^;]*/g)) urls.push(`css:${m[0]}`);
        return { urls, scripts: document.querySelectorAll("script").length };
      });
      expect(refs.urls.filter((u) => /https?:/i.test(u))).toEqual([]);
      expect(refs.scripts).toBe(0);
      expect(foreign.slice(before)).toEqual([]);
      await page.close();
    });
  });

  it("shows HTML written in plans and outcomes as text, never as markup", async () => {
    const dir = copyWorkspace("examples/english");
    const planPath = join(dir, "plans", "2025.yaml");
    writeFileSync(
      planPath,
      readFileSync(planPath, "utf8")
        .replace("title: Activity plan 2025", 'title: "Plan <script>window.pwned=1</script> 2025"')
        .replace("Recruit at least 120 new members", 'Recruit at least 120 new <img src=x onerror="window.pwned=2"> members'),
    );
    const outPath = join(dir, "outcomes", "2025.yaml");
    writeFileSync(
      outPath,
      readFileSync(outPath, "utf8")
        .replace("summary: |\n", 'summary: |\n  <iframe src="https://example.org/"></iframe>\n\n  [click](javascript:window.pwned=3) and [the minutes](https://example.org/minutes).\n\n')
        .replace("The employer cancelled", "<b onclick=\"window.pwned=4\">The employer</b> cancelled"),
    );
    const r = report("english", dir);
    const page = await open(r.path, 1280);
    const seen = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned,
      elements: document.querySelectorAll("script, img, iframe, b[onclick], [onerror]").length,
      hrefs: [...document.querySelectorAll("a")].map((a) => a.getAttribute("href")),
      text: document.body.innerText,
    }));
    expect(seen.pwned).toBeUndefined();
    expect(seen.elements).toBe(0);
    expect(seen.hrefs.some((h) => h?.startsWith("javascript:"))).toBe(false);
    expect(seen.hrefs).toContain("https://example.org/minutes"); // links a person wrote are kept
    expect(seen.text).toContain("Plan <script>window.pwned=1</script> 2025");
    expect(seen.text).toContain('<img src=x onerror="window.pwned=2">');
    expect(seen.text).toContain("The employer</b> cancelled");
    await page.close();
  });
});
