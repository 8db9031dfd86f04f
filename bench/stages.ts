// One report, stage by stage, in this process: time and heap after each stage.
// Bundled and run by bench/run.mjs (`node stages.mjs <workspace> <year>`);
// prints one JSON line. The stages are the ones `plan report` runs (makeReport).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkOutcomesFile } from "../src/outcomes/parse-outcomes.js";
import { parsePlan } from "../src/parse/parse-plan.js";
import { loadFonts } from "../src/read/assets.js";
import { readSourceFile } from "../src/read/source-file.js";
import { loadTemplates } from "../src/read/templates.js";
import { makeReport } from "../src/make/make-report.js";
import { Config } from "../src/model/config.js";

const [dir = ".", yearArg = "2024"] = process.argv.slice(2);
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
// the stages `plan report` runs, through the same makeReport: each stage ends where the next begins
const ends = { md: "score", pdf: "md" } as const;
const made = await makeReport({
  plan,
  year,
  outcomes: checked.outcomes,
  config: Config.parse({}),
  language: plan.language,
  templates: loadTemplates(plan.language),
  formats: ["md", "pdf"],
  pdf: { fonts: loadFonts(), creationDate: new Date(Date.UTC(year + 1, 0, 1)) },
  onStage: (s) => {
    if (s.stage === "rendering" && (s.format === "md" || s.format === "pdf")) mark(ends[s.format]);
  },
});
mark("pdf");
const [md, pdf] = made.outputs.map((o) => o.data);
console.log(JSON.stringify({ stages, bytes: { md: md!.length, pdf: pdf!.length } }));
