// Regenerates every committed example report from its plan and outcomes:
// `npm run examples`. Tests compare the committed files with a fresh run, so
// run this after any change meant to change a report, and read the diff.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const plan = (...args) => execFileSync(process.execPath, ["bin/plan", ...args], { stdio: ["ignore", "ignore", "inherit"] });
const year = "2025";

for (const ws of ["distrikt", "english", "handlingsplan", "numrerad", "dansk"]) {
  plan("report", year, "-C", join("examples", ws), "--quiet");
}
const branches = readdirSync("examples/federation", { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
for (const b of branches) plan("report", year, "-C", join("examples/federation", b), "--format", "json", "--quiet");
const reports = branches.flatMap((b) =>
  readdirSync(join("examples/federation", b, "reports")).filter((f) => f.endsWith(".json")).map((f) => join("examples/federation", b, "reports", f)),
);
const out = "examples/federation/sammanstallning-2025";
plan("rollup", ...reports, "-o", `${out}.md`, "--quiet");
plan("rollup", ...reports, "--format", "json", "-o", `${out}.json`, "--quiet");
plan("rollup", ...reports, "--format", "pdf", "-o", `${out}.pdf`, "--quiet");
