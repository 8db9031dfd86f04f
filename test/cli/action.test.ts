import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join, resolve } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  "working-directory"?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  "continue-on-error"?: boolean;
}

const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
};

interface Ran {
  /** what each step printed, by step name */
  stdout: Record<string, string>;
  /** the exit code of each run step, by step name */
  codes: Record<string, number>;
  /** the steps that were skipped by their `if:` */
  skipped: string[];
  /** the `uses:` steps that would have run, with their `with:` evaluated */
  used: Array<{ uses: string; with: Record<string, string> }>;
  runnerTemp: string;
}

/**
 * Runs the composite action's steps the way the runner does: each `run:` in
 * bash in its working directory, with `${{ … }}` filled from the inputs,
 * runner.temp, github.action_path and earlier steps' outputs, GITHUB_OUTPUT
 * and GITHUB_PATH honoured, `if:` evaluated. `uses:` steps (setup-node, the
 * uploads) are recorded, not run; of "Install plan" the `npm ci` line is not
 * run (this checkout is installed already), its PATH line is.
 */
function runAction(repo: string, given: Record<string, string>): Ran {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? ""]));
  const runnerTemp = mkdtempSync(join(tmpdir(), "plan-runner-"));
  const outputs: Record<string, Record<string, string>> = {};
  const extraPath: string[] = [];
  const ran: Ran = { stdout: {}, codes: {}, skipped: [], used: [], runnerTemp };
  const value = (expr: string): string => {
    const e = expr.trim();
    if (e === "github.action_path") return ROOT;
    if (e === "runner.temp") return runnerTemp;
    let m = /^inputs\.([\w-]+)$/.exec(e);
    if (m) return inputs[m[1]!] ?? "";
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(e);
    if (m) return outputs[m[1]!]?.[m[2]!] ?? "";
    throw new Error(`expression not understood by the test: ${e}`);
  };
  const fill = (s: string) => s.replace(/\$\{\{(.*?)\}\}/g, (_w, e: string) => value(e));
  const condition = (cond: string): boolean => {
    const js = cond
      .replace(/always\(\)/g, "true")
      .replace(/(inputs|steps)\.[\w.-]+/g, (e) => JSON.stringify(value(e)))
      .replace(/==/g, "===")
      .replace(/!===/g, "!==");
    return Boolean(new Function(`return (${js});`)());
  };

  for (const step of action.runs.steps) {
    const name = step.name ?? step.uses ?? "?";
    if (step.if && !condition(step.if)) {
      ran.skipped.push(name);
      continue;
    }
    if (step.uses) {
      ran.used.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, fill(String(v))])) });
      continue;
    }
    const script = name === "Install plan" ? step.run!.split("\n").filter((l) => !/^npm ci\b/.test(l)).join("\n") : step.run!;
    const outputFile = join(runnerTemp, `output-${Object.keys(ran.codes).length}`);
    const pathFile = join(runnerTemp, `path-${Object.keys(ran.codes).length}`);
    writeFileSync(outputFile, "");
    writeFileSync(pathFile, "");
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      PATH: [...extraPath, process.env.PATH ?? ""].join(delimiter),
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_OUTPUT: outputFile,
      GITHUB_PATH: pathFile,
      RUNNER_TEMP: runnerTemp,
      LANG: "C.UTF-8",
      PLAN_LANG: "",
      NO_COLOR: "1",
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(String(v))])),
    };
    const cwd = resolve(repo, fill(step["working-directory"] ?? "."));
    const r = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env, encoding: "utf8" });
    ran.stdout[name] = r.stdout;
    ran.codes[name] = r.status ?? -1;
    if (r.status !== 0 && !step["continue-on-error"]) return ran;
    if (step.id) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, "utf8")
          .split("\n")
          .filter((l) => l.includes("="))
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
    }
    extraPath.unshift(...readFileSync(pathFile, "utf8").split("\n").filter(Boolean));
  }
  return ran;
}

/** A repository that holds only an association's plans, in a subfolder. */
function plansRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), "plan-repo-"));
  cpSync(join(ROOT, "examples", "distrikt"), join(repo, "forening"), { recursive: true });
  return repo;
}

describe("the GitHub Action (action.yml), step by step on an example workspace", () => {
  it("is a composite action on current majors, with inputs for the folder, the year and the formats", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(["directory", "year", "formats"]));
    const uses = action.runs.steps.flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses).toEqual(["actions/setup-node@v7", "github/codeql-action/upload-sarif@v4", "actions/upload-artifact@v7"]);
    expect(action.inputs["node-version"]!.default).toBe("24");
  });

  it("lints with annotations and SARIF, builds the year's Markdown and PDF, and keeps them as an artifact", () => {
    const repo = plansRepo();
    const ran = runAction(repo, { directory: "forening", year: "2025" });
    expect(ran.codes).toEqual({ "Install plan": 0, "Lint for code scanning": 0, Lint: 0, "Build the reports": 0, Result: 0 });
    const sarif = JSON.parse(readFileSync(join(ran.runnerTemp, "plan.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    const heading = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "heading/inconsistent-level");
    // paths as the repository has them, where annotations and code scanning look
    expect(heading.locations[0].physicalLocation.artifactLocation.uri).toBe("forening/plans/2025.md");
    expect(ran.stdout.Lint).toMatch(/^::warning file=forening\/plans\/2025\.md,line=\d+,col=\d+,title=heading\/inconsistent-level::/m);
    expect(existsSync(join(repo, "forening", "reports", "verksamhetsberattelse-2025.md"))).toBe(true);
    expect(readFileSync(join(repo, "forening", "reports", "verksamhetsberattelse-2025.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(ran.used).toEqual([
      { uses: "actions/setup-node@v7", with: { "node-version": "24" } },
      { uses: "github/codeql-action/upload-sarif@v4", with: { sarif_file: join(ran.runnerTemp, "plan.sarif"), category: "plan" } },
      { uses: "actions/upload-artifact@v7", with: { name: "plan-reports", path: "forening/reports/", "if-no-files-found": "ignore" } },
    ]);
  });

  it("a broken outcomes file is an error annotation and a SARIF result, and fails the job", () => {
    const repo = plansRepo();
    writeFileSync(join(repo, "forening", "outcomes", "2025.yaml"), "year: 2025\nactivities:\n  a: [unclosed\n");
    const ran = runAction(repo, { directory: "forening", year: "2025", formats: "" });
    expect(ran.stdout.Lint).toMatch(/^::error file=forening\/outcomes\/2025\.yaml,line=\d+,col=\d+,title=file\/unreadable::.*YAML/m);
    const sarif = JSON.parse(readFileSync(join(ran.runnerTemp, "plan.sarif"), "utf8"));
    const fatal = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "file/unreadable");
    expect(fatal.level).toBe("error");
    expect(fatal.locations[0].physicalLocation.artifactLocation.uri).toBe("forening/outcomes/2025.yaml");
    expect(sarif.runs[0].tool.driver.rules[fatal.ruleIndex].id).toBe("file/unreadable");
    expect(ran.skipped).toEqual(["Build the reports", "Keep the reports"]);
    expect(ran.codes.Result).not.toBe(0);
  });

  it("the example workflow uses the action on current majors and does not run twice on a same-repo pull request", () => {
    const wf = parse(readFileSync(join(ROOT, "examples", "ci", "plan.yml"), "utf8"));
    const job = wf.jobs.plan;
    expect(job.steps.map((s: Step) => s.uses)).toEqual(["actions/checkout@v7", "OWNER/plan@main"]);
    expect(Object.keys(wf.on)).toEqual(["push", "pull_request"]);
    expect(job.if).toBe("github.event_name == 'push' || github.event.pull_request.head.repo.full_name != github.repository");
    expect(wf.permissions["security-events"]).toBe("write");
  });
});
