// npm run bench — how fast plan is on this machine, as Markdown tables.
// Every command is timed side by side with a bare `node -e 0` (and with
// pandoc when it is installed): runs alternate, medians are compared, so a
// busy machine slows both sides alike. Large plans are generated. Each
// command runs once before it is timed, so the code cache (bin/code-cache.mjs)
// is written, as it is from a person's second run on.
import { execFileSync, spawnSync } from "node:child_process";
import { cpus, totalmem, tmpdir } from "node:os";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { lazyUnicodeTries, pdfkitHotPaths, pdfkitUnusedParts, zodEnglishOnly } from "../scripts/build-plugins.mjs";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "plan");
const quick = process.argv.includes("--quick");
const RUNS = quick ? 3 : 9;

function run(cmd, args, cwd = root) {
  const t = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cmd, ...args], { encoding: "utf8", cwd, maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(" ")} failed:\n${r.stderr}`);
  return { ms, mb: Number(r.stderr.trim().split("\n").pop()) / 1024, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Paired runs of several commands, interleaved; median ms and peak MB of each. */
function paired(commands, runs = RUNS) {
  const times = commands.map(() => []);
  const peaks = commands.map(() => 0);
  for (let i = 0; i < runs; i++) {
    commands.forEach(([cmd, args], k) => {
      const r = run(cmd, args);
      times[k].push(r.ms);
      peaks[k] = Math.max(peaks[k], r.mb);
    });
  }
  return commands.map((_, k) => ({ ms: median(times[k]), mb: peaks[k] }));
}

function workspace(activities) {
  const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
  mkdirSync(join(dir, "plans"));
  mkdirSync(join(dir, "outcomes"));
  const areas = Math.ceil(activities / 50);
  const md = ["# Verksamhetsplan 2024\n\n## Benchfacket\n\n"];
  const yaml = ["year: 2024\nactivities:\n"];
  let n = 0;
  for (let a = 1; a <= areas && n < activities; a++) {
    md.push(`## ${a}. Område nummer ${a}\n\nEtt område med många aktiviteter.\n\n`);
    for (let k = 1; k <= 50 && n < activities; k++, n++) {
      md.push(`- ${a}.${k} Genomföra ${k + 10} träffar med klubbarna i kommun ${a}\n`);
      yaml.push(`  "${a}.${k}": {actual: ${k + (n % 13)}}\n`);
    }
    md.push("\n");
  }
  writeFileSync(join(dir, "plans", "2024.md"), md.join(""));
  writeFileSync(join(dir, "outcomes", "2024.yaml"), yaml.join(""));
  return dir;
}

/** The seed-sized workspace: seed 000's shape and size (8 areas, 63 activities, ~15 KB), in our own words. */
function seedSized() {
  const dir = mkdtempSync(join(tmpdir(), "plan-bench-seed-"));
  mkdirSync(join(dir, "plans"));
  mkdirSync(join(dir, "outcomes"));
  const md = ["# Verksamhetsplan 2024\n\n## Facken i Benchbygden\n\nDistriktets plan för året, antagen av representantskapet.\n\n"];
  const yaml = ["year: 2024\nactivities:\n"];
  let n = 0;
  for (let a = 1; a <= 8; a++) {
    md.push(`## ${a}. Område ${a}\n\nDistriktet samordnar arbetet i området tillsammans med förbunden och de lokala klubbarna, och följer upp det vid varje styrelsemöte under året.\n\n`);
    for (let k = 1; k <= (a <= 7 ? 8 : 7); k++, n++) {
      md.push(`- ${a}.${k} Genomföra minst ${k * 10 + a} träffar med förtroendevalda och medlemmar i kommunerna, i samarbete med ABF och förbundens avdelningar, med uppföljning i oktober\n`);
      yaml.push(`  "${a}.${k}": {actual: ${k * 9 + a}, comment: "Genomfört enligt plan i de flesta kommuner."}\n`);
    }
    md.push("\n");
  }
  writeFileSync(join(dir, "plans", "2024.md"), md.join(""));
  writeFileSync(join(dir, "outcomes", "2024.yaml"), yaml.join(""));
  return { dir, plan: join(dir, "plans", "2024.md") };
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const out = [];
const say = (line = "") => {
  out.push(line);
  console.log(line);
};
const fmt = (ms) => ms.toFixed(0);

say(`Machine: ${machine}`);
say();

// 1. Start-up and the seed-sized commands, against bare Node.
const seed = seedSized();
const reportDir = mkdtempSync(join(tmpdir(), "plan-bench-out-"));
const node = process.execPath;
const rows = [
  ["plan --version", [bin, "--version"], 1.5],
  ["plan lint (63 activities)", [bin, "lint", seed.plan, "--format", "json", "-q"], 3],
  ["plan report --format md (63 activities)", [bin, "report", "2024", "-C", seed.dir, "--format", "md", "--stdout", "-q"], 3],
  ["plan report all: md + pdf + html (63 activities)", [bin, "report", "2024", "-C", seed.dir, "--out", reportDir, "-q"], undefined],
];
// a code cache of the benchmark's own, written by one run of each command before timing
process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), "plan-bench-cache-"));
for (const [, args] of rows) run(node, args);
const measured = paired([[node, ["-e", "0"]], ...rows.map(([, args]) => [node, args])]);
const bare = measured[0];
say("| command | median ms | × `node -e 0` | goal | peak MB |");
say("| --- | ---: | ---: | ---: | ---: |");
say(`| \`node -e 0\` | ${fmt(bare.ms)} | 1.00 | | ${bare.mb.toFixed(0)} |`);
rows.forEach(([name, , goal], k) => {
  const r = measured[k + 1];
  const ratio = r.ms / bare.ms;
  say(`| ${name} | ${fmt(r.ms)} | ${ratio.toFixed(2)} | ${goal ? `≤ ${goal} ${ratio <= goal ? "✓" : "✗"}` : ""} | ${r.mb.toFixed(0)} |`);
});
say();

// The stages script: src/ bundled with the build's own plugins, as one CommonJS script run
// through the code cache (bench/stages-run.mjs), the way bin/plan runs dist/plan.cjs.
const stagesRun = join(root, "bench", "stages-run.mjs");
await build({
  entryPoints: [join(root, "bench", "stages.ts")],
  outfile: join(root, "bench", ".out", "stages.cjs"),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  logLevel: "warning",
  define: { "import.meta.url": "__planFileUrl" },
  banner: { js: 'var __planFileUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [zodEnglishOnly, pdfkitUnusedParts, pdfkitHotPaths, lazyUnicodeTries],
});
// one run to write the code cache
run(node, [stagesRun, seed.dir, "2024", "md,pdf"]);

// 2. The PDF against pandoc -t ms (groff), on the same Markdown: plan makes md + pdf from the
// plan and outcomes in one process (the stages of `plan report`, html left out); pandoc makes the
// PDF from plan's Markdown.
// pandoc -t ms makes its PDF with groff's pdfroff (Debian: the groff package, not only groff-base)
const hasPandoc = ["pandoc", "groff", "pdfroff"].every((cmd) => spawnSync(cmd, ["--version"]).status === 0);
if (hasPandoc) {
  const md = join(reportDir, "verksamhetsberattelse-2024.md");
  execFileSync(node, [bin, "report", "2024", "-C", seed.dir, "--format", "md", "--out", reportDir, "-q"]);
  run(node, [bin, "report", "2024", "-C", seed.dir, "--format", "pdf", "--out", reportDir, "-q"]); // writes its code cache
  const [ours, pdfOnly, pandoc] = paired([
    [node, [stagesRun, seed.dir, "2024", "md,pdf"]],
    [node, [bin, "report", "2024", "-C", seed.dir, "--format", "pdf", "--out", reportDir, "-q"]],
    ["pandoc", [md, "-t", "ms", "-o", join(reportDir, "pandoc.pdf")]],
  ]);
  const ratio = ours.ms / pandoc.ms;
  say("| the report, 63 activities | median ms |");
  say("| --- | ---: |");
  say(`| plan: md + pdf (the stages of \`plan report\`, one process) | ${fmt(ours.ms)} |`);
  say(`| \`plan report --format pdf\` | ${fmt(pdfOnly.ms)} |`);
  say(`| \`pandoc report.md -t ms -o report.pdf\` | ${fmt(pandoc.ms)} |`);
  say(`| plan md + pdf ÷ pandoc | ${ratio.toFixed(2)} (goal ≤ 1.0, at least ≤ 1.5 ${ratio <= 1.5 ? "✓" : "✗"}) |`);
} else {
  say("pandoc or groff (with pdfroff) is not installed: the comparison with `pandoc -t ms` is skipped (apt-get install pandoc groff).");
}
say();

// 3. Growth: md + pdf of generated plans in one process, stage by stage (bench/stages.ts), with
// the build's plugins and through the code cache, as bin/plan runs: time and peak memory of the
// whole process, and the time and heap after each stage.
const sizes = quick ? [1000, 5000, 10000] : [1000, 5000, 10000, 20000, 40000];
say("| activities | md + pdf ms | peak MB | parse | outcomes | score | md | pdf (ms; heap MB after) |");
say("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
const totals = {};
for (const n of sizes) {
  const dir = workspace(n);
  const whole = run(node, [stagesRun, dir, "2024", "md,pdf"]);
  const stages = JSON.parse(whole.stdout).stages;
  totals[n] = whole;
  const cell = (s) => `${s.ms} (${s.heapMb})`;
  say(`| ${n} | ${fmt(whole.ms)} | ${whole.mb.toFixed(0)} | ${cell(stages.parse)} | ${cell(stages.outcomes)} | ${cell(stages.score)} | ${cell(stages.md)} | ${cell(stages.pdf)} |`);
}
say();
const g = (a, b) => (totals[a] && totals[b] ? `${(totals[b].ms / totals[a].ms).toFixed(2)} × time, ${(totals[b].mb / totals[a].mb).toFixed(2)} × memory` : "–");
say(`Growth (linear is 2.00): 20 000 / 10 000: ${g(10000, 20000)}; 40 000 / 20 000: ${g(20000, 40000)}.`);
if (totals[10000]) say(`10 000 activities, md + pdf: ${fmt(totals[10000].ms)} ms (goal ≤ 5000 ${totals[10000].ms <= 5000 ? "✓" : "✗"}), ${totals[10000].mb.toFixed(0)} MB (goal ≤ 300 ${totals[10000].mb <= 300 ? "✓" : "✗"}).`);
if (totals[10000]) {
  // the HTML, which `report --format all` adds, measured on its own
  const dir = workspace(10000);
  const html = run(node, [stagesRun, dir, "2024", "html"]);
  const st = JSON.parse(html.stdout).stages;
  say(`The HTML of 10 000 activities on its own (not part of md + pdf): ${st.html.ms} ms after ${st.parse.ms + st.outcomes.ms + st.score.ms} ms of reading and scoring; ${html.mb.toFixed(0)} MB peak.`);
}

if (process.argv.includes("--write")) {
  const doc = readFileSync(join(root, "docs", "benchmarks.md"), "utf8").split("<!-- bench -->")[0];
  writeFileSync(join(root, "docs", "benchmarks.md"), `${doc}<!-- bench -->\n\n${out.join("\n")}\n`);
}
