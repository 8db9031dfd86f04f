// One report, stage by stage, in this process: time and heap after each stage.
// Bundled by bench/run.mjs with the build's own esbuild plugins into one
// CommonJS script and run through bin/code-cache.mjs, as bin/plan runs
// dist/plan.cjs: `node bench/stages-run.mjs <workspace> <year> [md,pdf,html]`.
// Prints one JSON line. The stages are the ones `plan report` runs (makeReport);
// the formats are the ones asked for (md + pdf by default: the "md + pdf"),
// and the files are written to <workspace>/reports/ as `plan report` does.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkOutcomesFile } from "../src/outcomes/parse-outcomes.js";
import { parsePlan } from "../src/parse/parse-plan.js";
import { loadFonts } from "../src/read/assets.js";
import { readSourceFile } from "../src/read/source-file.js";
import { loadTemplates } from "../src/read/templates.js";
import { makeReport, type ReportFormat } from "../src/make/make-report.js";
import { defaultConfig } from "../src/model/config.js";

export async function run(argv: string[]): Promise<number> {
  const [dir = ".", yearArg = "2024", formatsArg = "md,pdf"] = argv;
  const formats = formatsArg.split(",") as ReportFormat[];
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
  const templates = loadTemplates(plan.language);
  // the stages `plan report` runs, through the same makeReport: each stage ends where the next begins
  let current = "score";
  const made = await makeReport({
    plan,
    year,
    outcomes: checked.outcomes,
    config: defaultConfig(),
    language: plan.language,
    templates,
    formats,
    ...(formats.includes("pdf") ? { pdf: { fonts: loadFonts(), creationDate: new Date(Date.UTC(year + 1, 0, 1)) } } : {}),
    onStage: (s) => {
      if (s.stage !== "rendering") return;
      mark(current);
      current = s.format;
    },
  });
  mark(current);
  const out = join(dir, "reports");
  mkdirSync(out, { recursive: true });
  const bytes: Record<string, number> = {};
  for (const o of made.outputs) {
    writeFileSync(join(out, `${templates.fileName}-${year}.${o.format}`), o.data);
    bytes[o.format] = o.data.length;
  }
  console.log(JSON.stringify({ stages, bytes }));
  return 0;
}
