// npm run bench — how fast plan is on this machine, as a table.
// Start-up is compared with a bare `node -e 0`; the large plan is generated.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "plan");

function time(args, runs = 7) {
  const times = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], { encoding: "utf8", cwd: root });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed:\n${r.stderr}`);
    peak = Math.max(peak, Number(r.stderr.trim().split("\n").pop()) / 1024);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], mb: peak };
}

function bigWorkspace(activities) {
  const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
  mkdirSync(join(dir, "plans"));
  mkdirSync(join(dir, "outcomes"));
  const areas = Math.ceil(activities / 50);
  let md = "# Verksamhetsplan 2024\n\n## Benchfacket\n\n";
  let yaml = "year: 2024\nactivities:\n";
  let n = 0;
  for (let a = 1; a <= areas && n < activities; a++) {
    md += `## ${a}. Område nummer ${a}\n\nEtt område med många aktiviteter.\n\n`;
    for (let k = 1; k <= 50 && n < activities; k++, n++) {
      md += `- ${a}.${k} Genomföra ${k + 10} träffar med klubbarna i kommun ${a}\n`;
      yaml += `  "${a}.${k}": {actual: ${k + (n % 13)}}\n`;
    }
    md += "\n";
  }
  writeFileSync(join(dir, "plans", "2024.md"), md);
  writeFileSync(join(dir, "outcomes", "2024.yaml"), yaml);
  return dir;
}

const rows = [];
const tmpOut = mkdtempSync(join(tmpdir(), "plan-bench-out-"));
const bare = time(["-e", "0"]);
rows.push(["node -e 0 (bare start)", bare]);
rows.push(["plan --version", time([bin, "--version"])]);
rows.push(["plan show (example, 40 activities)", time([bin, "show", "2025", "-C", "examples/distrikt"])]);
rows.push(["plan report --format md (example)", time([bin, "report", "2025", "-C", "examples/distrikt", "--format", "md", "--stdout", "-q"])]);
rows.push(["plan lint (example)", time([bin, "lint", "2025", "-C", "examples/distrikt", "--format", "json", "-q"])]);
rows.push(["plan report --format all (example, md + pdf)", time([bin, "report", "2025", "-C", "examples/distrikt", "--out", tmpOut, "-q"])]);
const big10 = bigWorkspace(10_000);
const r10 = time([bin, "report", "2024", "-C", big10, "--format", "md", "-q"], 3);
rows.push(["report md, 10 000 activities", r10]);
rows.push(["report all (md + pdf), 10 000 activities", time([bin, "report", "2024", "-C", big10, "--format", "all", "-q"], 1)]);
rows.push(["lint, 10 000 activities", time([bin, "lint", "2024", "-C", big10, "--format", "json", "-q"], 3)]);
const big20 = bigWorkspace(20_000);
const r20 = time([bin, "report", "2024", "-C", big20, "--format", "md", "-q"], 3);
rows.push(["report md, 20 000 activities", r20]);

console.log("| what | median ms | × bare node | peak MB |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, r] of rows) {
  console.log(`| ${name} | ${r.ms.toFixed(0)} | ${(r.ms / bare.ms).toFixed(2)} | ${r.mb.toFixed(0)} |`);
}
console.log(`\n20 000 / 10 000 activities: ${(r20.ms / r10.ms).toFixed(2)}× (linear is 2×)`);
