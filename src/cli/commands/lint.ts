import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError, UsageError } from "../../errors.js";
import { BASE_LANGUAGE } from "../../i18n/lang/index.js";
import { t } from "../../i18n/t.js";
import { countBySeverity, toFileResults, type FileResult } from "../../format/lint-result.js";
import { formatGithub } from "../../format/github.js";
import { formatJson } from "../../format/json.js";
import { formatSarif } from "../../format/sarif.js";
import { formatStylish } from "../../format/stylish.js";
import { levelOf, lint, type RuleLevels } from "../../lint/engine.js";
import { findingText } from "../../lint/message-text.js";
import { RULES } from "../../lint/rules/index.js";
import { applyFixes } from "../../lint/apply-fixes.js";
import { outcomesContext } from "../../lint/outcomes-context.js";
import type { LintMessage } from "../../lint/types.js";
import type { Config } from "../../model/config.js";
import { configContext } from "../../lint/config-context.js";
import type { Language } from "../../model/plan.js";
import { isDocx } from "../../read/docx.js";
import { decodeForm, encodeLike, textForm } from "../../read/encode-text.js";
import { insideWorkspace, readRegularFile } from "../../read/safe-read.js";
import { readSourceFile } from "../../read/source-file.js";
import { PLAN_EXTENSIONS, findOutcomes, findPlan, loadConfig } from "../../read/workspace.js";
import { suggest } from "../../util/suggest.js";
import { note, shownPath, type Context } from "../context.js";
import { loadPlanFile } from "../pipeline.js";
import { writeFileAtomic } from "../write-file.js";
import pkg from "../../../package.json" with { type: "json" };

export interface LintOptions {
  dir: string;
  format: string;
  maxWarnings?: string;
  rules?: boolean;
  fix?: boolean;
  info?: boolean;
}

const FORMATS = ["stylish", "json", "sarif", "github"] as const;

function ruleLevels(config: Config, configFile: string): RuleLevels {
  const ids = RULES.map((r) => r.id);
  for (const id of Object.keys(config.lint.rules)) {
    if (!ids.includes(id)) {
      const near = suggest(id, ids);
      throw new InputError("lint.unknownRule", { id }, { file: configFile }, near ? { messageId: "hint.didYouMean", data: { suggestion: near } } : undefined);
    }
  }
  return config.lint.rules as RuleLevels;
}

interface Target {
  plan: string;
  outcomes?: string;
  year?: number;
}

function targets(args: string[], dir: string): Target[] {
  if (!args.length) {
    const plans = join(dir, "plans");
    if (!existsSync(plans)) throw new InputError("workspace.noPlans", { dir }, { file: plans }, { messageId: "hint.createPlan", data: { year: new Date().getFullYear() } });
    return readdirSync(plans)
      .filter((f) => PLAN_EXTENSIONS.some((e) => f.toLowerCase().endsWith(e)))
      .sort()
      .map((f) => ({ plan: insideWorkspace(join(plans, f), dir, "plans/") }));
  }
  return args.map((a) => {
    if (/^\d{4}$/.test(a)) {
      const outcomes = findOutcomes(dir, Number(a));
      return {
        plan: insideWorkspace(findPlan(dir, Number(a)), dir, "plans/"),
        year: Number(a),
        ...(outcomes ? { outcomes: insideWorkspace(outcomes, dir, "outcomes/") } : {}),
      };
    }
    return { plan: resolve(dir, a) };
  });
}

/**
 * `--fix`: the repeated words removed, the rest of the file byte for byte as
 * it was — its encoding, BOM, line endings, permissions and symlink kept. A
 * file that cannot come back exactly (a .docx, mixed line endings) is left
 * alone, with a warning that says so.
 */
async function fixFile(ctx: Context, path: string, messages: LintMessage[]): Promise<boolean> {
  const bytes = readRegularFile(path, MAX_FIX_BYTES);
  const warn = (id: "lint.fixDocx" | "lint.fixRefused") => ctx.stderr(`${ctx.color.yellow(t(ctx.lang, "label.warning"))}: ${t(ctx.lang, id, { path: shownPath(path) })}\n`);
  if (isDocx(bytes)) {
    warn("lint.fixDocx");
    return false;
  }
  const form = textForm(bytes);
  if (!form) {
    warn("lint.fixRefused");
    return false;
  }
  const fixed = applyFixes(decodeForm(bytes, form), messages.filter((m) => m.source.file === path));
  if (!fixed.applied) return false;
  const out = encodeLike(bytes, fixed.text);
  if (!out) {
    warn("lint.fixRefused");
    return false;
  }
  writeFileAtomic(path, out, { followSymlink: true });
  note(ctx, t(ctx.lang, "lint.fixed", { count: fixed.applied, path: shownPath(path) }));
  return true;
}

const MAX_FIX_BYTES = 50 * 1024 * 1024;

/** `plan lint [files…|year]`: the committee's list of what to fix. */
export async function lintCommand(ctx: Context, args: string[], opts: LintOptions): Promise<number> {
  const format = opts.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    throw new UsageError("usage.badFormat", { value: opts.format, allowed: FORMATS.join(" | ") }, undefined, { messageId: "usage.hintHelp", data: { command: "lint" } });
  }
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError("usage.badFormat", { value: String(opts.maxWarnings), allowed: "0, 1, 2, …" });
  }
  const dir = resolve(opts.dir);
  const config = loadConfig(dir);
  if (config.language) ctx.lang = config.language;
  const configFile = join(dir, "plan.config.yaml");
  const levels = ruleLevels(config, configFile);

  if (opts.rules) {
    const rows = RULES.map((r) => `${r.id}\t${t(ctx.lang, `lint.level.${levelOf(r, levels)}`)}\t${t(ctx.lang, `${r.id}.description`)}`);
    ctx.stdout(rows.join("\n") + "\n");
    return 0;
  }

  const results: FileResult[] = [];
  let lang: Language | undefined = config.language;
  for (const target of targets(args, dir)) {
    let loaded = await loadPlanFile(target.plan);
    const run = (): LintMessage[] =>
      lint(
        {
          plan: loaded.plan,
          file: loaded.path,
          lines: loaded.text.split("\n"),
          format: loaded.format,
          parseDiagnostics: loaded.diagnostics,
          scoring: config.scoring,
          ...(existsSync(configFile) ? { config: configContext(readSourceFile(configFile).text, configFile) } : {}),
          ...(target.outcomes
            ? { outcomes: outcomesContext(readSourceFile(target.outcomes).text, target.outcomes, target.year ?? 0, loaded.plan.language) }
            : {}),
        },
        levels,
      );
    let messages = run();
    if (opts.fix && loaded.format !== "yaml" && messages.some((m) => m.fix && m.source.file === loaded.path)) {
      if (await fixFile(ctx, loaded.path, messages)) {
        loaded = await loadPlanFile(target.plan);
        messages = run();
      }
    }
    lang ??= loaded.plan.language;
    const planLang = loaded.plan.language;
    const words = (m: LintMessage) => findingText(m, planLang) + (m.data.hint ? ` (${m.data.hint})` : "");
    results.push(...toFileResults(messages, [loaded.path, ...(target.outcomes ? [target.outcomes] : [])], words, shownPath));
  }
  ctx.lang = lang ?? ctx.lang;

  if (format === "json") ctx.stdout(formatJson(results));
  else if (format === "github") ctx.stdout(formatGithub(results));
  else if (format === "sarif") {
    const rules = RULES.map((r) => ({ id: r.id, description: t(BASE_LANGUAGE, `${r.id}.description`), level: levelOf(r, levels) }));
    ctx.stdout(formatSarif(results, rules, pkg.version));
  } else {
    ctx.stdout(formatStylish(results, ctx.lang, ctx.colorOut, Boolean(opts.info)));
  }

  const n = countBySeverity(results);
  if (n.errors + n.warnings + n.infos === 0) note(ctx, `✔ ${t(ctx.lang, "lint.clean")}`);
  if (n.errors > 0) return 1;
  if (maxWarnings !== undefined && n.warnings > maxWarnings) {
    ctx.stderr(`${t(ctx.lang, "lint.maxWarnings", { warnings: n.warnings, max: maxWarnings })}\n`);
    return 1;
  }
  return 0;
}
