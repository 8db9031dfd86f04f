import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { InputError } from "../errors.js";
import { CONFIG_FILE, loadConfig } from "./workspace.js";

export interface FoundReports {
  /** JSON files, sorted */
  files: Array<{ path: string; text: string }>;
  /** branch workspaces found in a folder that hold no JSON report: their names */
  withoutReport: string[];
}

const isWorkspace = (dir: string) => existsSync(join(dir, CONFIG_FILE)) || existsSync(join(dir, "plans"));
const jsonIn = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.toLowerCase().endsWith(".json")).sort().map((f) => join(dir, f)) : [];

/**
 * What `plan rollup` is given: JSON files, a folder of them, a branch's
 * workspace (its reports/), or a folder of branch workspaces. A workspace without a JSON
 * report is remembered by name, so the roll-up can say it has not reported.
 */
export function findReportFiles(args: string[], cwd: string): FoundReports {
  const paths = new Set<string>();
  const withoutReport: string[] = [];
  const workspace = (dir: string) => {
    const found = [...jsonIn(join(dir, "reports")), ...jsonIn(dir)];
    if (found.length) found.forEach((f) => paths.add(f));
    else withoutReport.push(loadConfig(dir).organisation ?? basename(dir));
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    if (!existsSync(path)) throw new InputError("file.notFound", { path: arg }, { file: path });
    if (!statSync(path).isDirectory()) {
      paths.add(path);
      continue;
    }
    if (isWorkspace(path)) {
      workspace(path);
      continue;
    }
    // a folder of branch workspaces is read through them (a roll-up written beside them is not a report)
    const subs = readdirSync(path).sort().map((sub) => join(path, sub)).filter((dir) => statSync(dir).isDirectory() && isWorkspace(dir));
    if (subs.length) subs.forEach(workspace);
    else jsonIn(path).forEach((f) => paths.add(f));
  }
  const files = [...paths].sort().map((p) => ({ path: p, text: readFileSync(p, "utf8") }));
  return { files, withoutReport };
}
