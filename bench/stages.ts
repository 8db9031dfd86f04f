// One report, stage by stage, in this process: time and heap after each stage.
// Bundled by bench/run.mjs with the build's own esbuild plugins into one
// CommonJS script and run through bin/code-cache.mjs, as bin/plan runs
// dist/plan.cjs: `node bench/stages-run.mjs <workspace> <year> [md,pdf,html]`.
// Prints one JSON line. The stages are the ones `plan report` runs; the
// formats are the ones asked for (md + pdf by default: the "md + pdf"),
// and the files are written to <workspace>/reports/ as `plan report` does.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkOutcomesFile } from "../src/outcomes/parse-outcomes.js";
import { parsePlan } from "../src/parse/parse-plan.js";
import { loadFonts } from "../src/read/assets.js";
import { readSourceFile } from "../src/read/source-file.js";
import { loadTemplates } from "../src/read/templates.js";
import { renderMarkdown } from "../src/render/markdown/render-markdown.js";
import { buildLayout } from "../src/render/pdf/layout.js";
import { renderPdf } from "../src/render/pdf/render-pdf.js";
import { buildPresentation } from "../src/render/presentation/build.js";
import { renderHtml } from "../src/render/html/render-html.js";
import { defaultConfig } from "../src/model/config.js";
import { scoreReport } from "../src/score/score-report.js";

export async function run(argv: string[]): Promise<number> {
  const [dir = ".", yearArg = "2024", formatsArg = "md,pdf"] = argv;
  const formats = new Set(formatsArg.split(","));
  const year = Number(yearArg);
  const stages: Record<string, { ms: number; heapMb: number }> = {};
  let last = performance.now();
  const mark = (name: string) => {
    const now = performance.now();
    stages[name] = { ms: Math.round(now - last), heapMb: Math.round(process.memoryUsage().heapUsed / 1048576) };
    last = now;
  };

  const source = readSourceFile(join(dir, "plans", `${year}.md`));
  const { plan } = parsePlan(source);
  mark("parse");
  const checked = checkOutcomesFile(readFileSync(join(dir, "outcomes", `${year}.yaml`), "utf8"), "outcomes.yaml", year);
  if (!checked.outcomes) throw new Error("outcomes did not read");
  mark("outcomes");
  const { report } = scoreReport({ plan, year, outcomes: checked.outcomes, scoring: defaultConfig().scoring });
  mark("score");
  const templates = loadTemplates(plan.language);
  const out = join(dir, "reports");
  mkdirSync(out, { recursive: true });
  const bytes: Record<string, number> = {};
  const write = (ext: string, data: string | Uint8Array) => {
    writeFileSync(join(out, `${templates.fileName}-${year}.${ext}`), data);
    bytes[ext] = data.length;
  };
  if (formats.has("md")) {
    write("md", renderMarkdown(report, templates));
    mark("md");
  }
  if (formats.has("pdf")) {
    write("pdf", await renderPdf(buildLayout(report, templates), { fonts: loadFonts(), creationDate: new Date(Date.UTC(year + 1, 0, 1)) }));
    mark("pdf");
  }
  if (formats.has("html")) {
    write("html", renderHtml(buildPresentation(report, templates)));
    mark("html");
  }
  console.log(JSON.stringify({ stages, bytes }));
  return 0;
}
