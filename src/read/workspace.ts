import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { InputError, InputErrors } from "../errors.js";
import { Config, defaultConfig } from "../model/config.js";
import { schemaErrors } from "../yaml/schema-errors.js";
import { parseYamlValue } from "../yaml/yaml-value.js";
import { insideWorkspace, readHead } from "./safe-read.js";
import { readSourceFile } from "./source-file.js";

export const PLAN_EXTENSIONS = [".md", ".markdown", ".txt", ".yaml", ".yml", ".docx"];
export const CONFIG_FILE = "plan.config.yaml";

/**
 * The workspace the person is in: the nearest folder, from `start` upward,
 * that holds plan.config.yaml (or else a plans/ folder) — as ESLint and
 * Prettier look for their configuration. Without one, `start` itself.
 */
export function findWorkspace(start: string): string {
  const isDir = (p: string) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE)) || isDir(join(dir, "plans"))) return dir;
    if (dirname(dir) === dir) return resolve(start);
  }
}

/** The year or years a plan file's name says it covers: "2024.md", "2024-2025.md". */
export function periodFromFileName(name: string): { from: number; to: number } | undefined {
  const m = /^(\d{4})(?:[-–_](\d{4}))?\.[a-z]+$/i.exec(name);
  if (!m) return undefined;
  return { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
}

/** `period:` in a file's front matter, read without parsing the whole plan. */
function periodFromFrontMatter(path: string): { from: number; to: number } | undefined {
  if (path.endsWith(".docx")) return undefined;
  let text: string;
  try {
    const head = readHead(path, 4000);
    if (!head) return undefined;
    text = Buffer.from(head).toString("utf8").replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  } catch {
    return undefined;
  }
  const fm = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*\n/.exec(text);
  const body = fm ? fm[1]! : text.match(/^period:.*$/m)?.[0] ?? "";
  const m = /^period:\s*["']?(\d{4})(?:\s*[-–]\s*(\d{4}))?/m.exec(body);
  return m ? { from: Number(m[1]), to: Number(m[2] ?? m[1]) } : undefined;
}

/** The years a plan file covers, by its name or its front matter. */
export function periodOfPlanFile(path: string): { from: number; to: number } | undefined {
  return periodFromFileName(basename(path)) ?? periodFromFrontMatter(path);
}

/** Finds the one plan that covers `year` in `dir/plans`, or says clearly what it found instead. */
export function findPlan(dir: string, year: number): string {
  const plansDir = join(dir, "plans");
  if (!existsSync(plansDir)) {
    throw new InputError("workspace.noPlans", { dir }, { file: plansDir }, { messageId: "hint.createPlan", data: { year } });
  }
  const files = readdirSync(plansDir)
    .filter((f) => PLAN_EXTENSIONS.some((e) => f.toLowerCase().endsWith(e)))
    .sort();
  const matching = files.filter((f) => {
    const p = periodFromFileName(f) ?? periodFromFrontMatter(join(plansDir, f));
    return p !== undefined && p.from <= year && year <= p.to;
  });
  const shown = (list: string[]) => list.map((f) => relative(dir, join(plansDir, f)) || f).join(", ");
  if (matching.length === 1) return join(plansDir, matching[0]!);
  if (matching.length > 1) {
    throw new InputError("workspace.manyPlans", { year, found: shown(matching) }, { file: plansDir }, { messageId: "hint.onePlan", data: { year } });
  }
  throw new InputError(
    "workspace.noPlan",
    { year, dir },
    { file: plansDir },
    files.length
      ? { messageId: "workspace.noPlanFound", data: { found: shown(files) } }
      : { messageId: "hint.createPlan", data: { year } },
  );
}

/** The outcomes file for `year`, if there is one; two of them (.yaml and .csv) is an error, not a guess. */
export function findOutcomes(dir: string, year: number): string | undefined {
  const found = [".yaml", ".yml", ".csv"].map((ext) => join(dir, "outcomes", `${year}${ext}`)).filter((p) => existsSync(p));
  if (found.length > 1) {
    throw new InputError("workspace.manyOutcomes", { year, found: found.map((p) => relative(dir, p)).join(", ") }, { file: found[1]! }, { messageId: "hint.oneOutcomes" });
  }
  return found[0];
}

/** The workspace's plan.config.yaml, or the defaults when there is none. */
export function loadConfig(dir: string): Config {
  const path = join(dir, CONFIG_FILE);
  if (!existsSync(path)) return defaultConfig();
  const source = readSourceFile(insideWorkspace(path, dir, CONFIG_FILE));
  const doc = parseYamlValue(source.text, path);
  const parsed = Config.safeParse(doc.value ?? {});
  if (!parsed.success) throw new InputErrors(schemaErrors(parsed.error.issues, Config, doc, path));
  const { green, yellow } = parsed.data.scoring;
  if (green < yellow) {
    throw new InputError("config.thresholdOrder", { green, yellow }, { file: path, ...doc.locate(["scoring", "green"]) }, { messageId: "hint.thresholdOrder" });
  }
  return parsed.data;
}
