import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError, InputErrors, PlanError, UsageError } from "../../errors.js";
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
import { diagnosticOf } from "../../model/diagnostic.js";
import type { Config } from "../../model/config.js";
import { configContext } from "../../lint/config-context.js";
import type { Language } from "../../model/plan.js";
import { isDocx } from "../../read/docx.js";
import { decodeForm, encodeLike, textForm } from "../../read/encode-text.js";
import { insideWorkspace, readRegularFile } from "../../read/safe-read.js";
import { readSourceFile } from "../../read/source-file.js";
import { PLAN_EXTENSIONS, findOutcomes, findPlan, loadConfig, periodOfPlanFile } from "../../read/workspace.js";
import { unknownIds } from "../../parse/ids.js";
import { note, resolveLanguage, shownPath, type Context } from "../context.js";
import { loadPlanFile } from "../pipeline.js";
import { writeFileAtomic } from "../write-file.js";
import pkg from "../../../package.json" with { type: "json" };
import { checkFormat, type FormatOf } from "../formats.js";

export interface LintOptions {
  dir: string;
  format: string;
  maxWarnings?: string;
  rules?: boolean;
  fix?: boolean;
  info?: boolean;
}


function ruleLevels(config: Config, configFile: string): RuleLevels {
  const [unknown] = unknownIds(Object.keys(config.lint.rules), RULES.map((r) => r.id));
  if (unknown) {
    const { id, suggestion } = unknown;
    throw new InputError("lint.unknownRule", { id }, { file: configFile }, suggestion ? { messageId: "hint.didYouMean", data: { suggestion } } : undefined);
  }
  return config.lint.rules as RuleLevels;
}

interface Target {
  plan: string;
  outcomes?: string;
  year?: number;
}

/**
 * With no arguments, what CI needs: every plan in plans/, each with the
 * outcomes of the year it covers (the first year of a longer plan that has them).
 */
function targets(args: string[], dir: string): Target[] {
  if (!args.length) {
    const plans = join(dir, "plans");
    if (!existsSync(plans)) throw new InputError("workspace.noPlans", { dir }, { file: plans }, { messageId: "hint.createPlan", data: { year: new Date().getFullYear() } });
    return readdirSync(plans)
      .filter((f) => PLAN_EXTENSIONS.some((e) => f.toLowerCase().endsWith(e)))
      .sort()
      .map((f) => {
        const plan = insideWorkspace(join(plans, f), dir, "plans/");
        const period = periodOfPlanFile(plan);
        for (let y = period?.from ?? 1; period && y <= period.to; y++) {
          const outcomes = findOutcomes(dir, y);
          if (outcomes) return { plan, outcomes, year: y };
        }
        return { plan };
      });
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

/** The id lint gives a file it could not read at all (ESLint's "fatal" parse error). */
export const FATAL_RULE = "file/unreadable";

/** A file that could not be read, as findings every output format shows (SARIF and GitHub annotations too). */
function fatalResult(error: unknown, file: string, lang: Language): FileResult {
  const errors = error instanceof InputErrors ? error.errors : error instanceof PlanError ? [error] : undefined;
  if (!errors) throw error;
  return {
    file: shownPath(file),
    messages: errors.map((e) => {
      const d = diagnosticOf(e, FATAL_RULE, "error", file);
      const message = t(lang, e.messageId, e.data) + (e.hint ? ` (${t(lang, e.hint.messageId, e.hint.data)})` : "");
      return { ruleId: d.ruleId, severity: d.severity, line: d.source.line, column: d.source.column, message };
    }),
  };
}

/** One plan (with its year's outcomes) linted, --fix applied; what cannot be read becomes a fatal finding. */
async function lintTarget(ctx: Context, target: Target, config: Config, configFile: string, levels: RuleLevels, fix: boolean, fallback: Language): Promise<{ results: FileResult[]; lang?: Language }> {
  let loaded: Awaited<ReturnType<typeof loadPlanFile>>;
  try {
    loaded = await loadPlanFile(target.plan);
  } catch (e) {
    return { results: [fatalResult(e, target.plan, fallback)] };
  }
  const planLang = loaded.plan.language;
  let outcomes: ReturnType<typeof outcomesContext> | undefined;
  let unreadableOutcomes: FileResult | undefined;
  if (target.outcomes) {
    try {
      outcomes = outcomesContext(readSourceFile(target.outcomes).text, target.outcomes, target.year ?? 0, planLang);
    } catch (e) {
      unreadableOutcomes = fatalResult(e, target.outcomes, planLang);
    }
  }
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
        ...(outcomes ? { outcomes } : {}),
      },
      levels,
    );
  let messages = run();
  if (fix && loaded.format !== "yaml" && messages.some((m) => m.fix && m.source.file === loaded.path)) {
    if (await fixFile(ctx, loaded.path, messages)) {
      loaded = await loadPlanFile(target.plan);
      messages = run();
    }
  }
  const words = (m: LintMessage) => findingText(m, planLang) + (m.data.hint ? ` (${m.data.hint})` : "");
  const results = toFileResults(messages, [loaded.path, ...(outcomes ? [outcomes.file] : [])], words, shownPath);
  return { results: unreadableOutcomes ? [...results, unreadableOutcomes] : results, lang: planLang };
}

/** The findings in the chosen format on standard output; the exit code: 2 when a file could not be read, 1 on errors or too many warnings. */
function report(ctx: Context, results: FileResult[], opts: { format: FormatOf<"lint">; levels: RuleLevels; info: boolean; maxWarnings?: number }): number {
  // --quiet: errors only, in every format
  if (ctx.quiet) for (const r of results) r.messages = r.messages.filter((m) => m.severity === "error");
  if (opts.format === "json") ctx.stdout(formatJson(results));
  else if (opts.format === "github") ctx.stdout(formatGithub(results));
  else if (opts.format === "sarif") {
    const rules = RULES.map((r) => ({ id: r.id, description: t(BASE_LANGUAGE, `${r.id}.description`), level: levelOf(r, opts.levels) }));
    // findings that come from reading rather than from a rule (a fatal error, an encoding warning)
    const extra = [...new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)))].filter((id) => !rules.some((r) => r.id === id));
    rules.push(...extra.map((id) => ({ id, description: id === FATAL_RULE ? "The file could not be read (or is invalid), so nothing in it was checked" : id, level: "error" as const })));
    ctx.stdout(formatSarif(results, rules, pkg.version));
  } else {
    ctx.stdout(formatStylish(results, ctx.lang, ctx.colorOut, opts.info));
  }

  const n = countBySeverity(results);
  if (n.errors + n.warnings + n.infos === 0) note(ctx, `✔ ${t(ctx.lang, "lint.clean")}`);
  // a file that could not be read was not checked: shown as a finding, but the run could not do its job
  if (results.some((r) => r.messages.some((m) => m.ruleId === FATAL_RULE))) return 2;
  if (n.errors > 0) return 1;
  if (opts.maxWarnings !== undefined && n.warnings > opts.maxWarnings) {
    ctx.stderr(`${t(ctx.lang, "lint.maxWarnings", { warnings: n.warnings, max: opts.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** `plan lint [files…|year]`: the committee's list of what to fix. */
export async function lintCommand(ctx: Context, args: string[], opts: LintOptions): Promise<number> {
  const format = checkFormat("lint", opts.format);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError("usage.badFormat", { value: String(opts.maxWarnings), allowed: "0, 1, 2, …" });
  }
  const out = { format, info: Boolean(opts.info), ...(maxWarnings !== undefined ? { maxWarnings } : {}) };
  const dir = resolve(opts.dir);
  const configFile = join(dir, "plan.config.yaml");
  let config: Config;
  let levels: RuleLevels;
  try {
    config = loadConfig(dir);
    levels = ruleLevels(config, configFile);
  } catch (e) {
    // a broken plan.config.yaml is a finding too, so CI shows it where it is
    if (opts.rules) throw e;
    return report(ctx, [fatalResult(e, configFile, ctx.lang)], { ...out, levels: {} });
  }
  ctx.lang = resolveLanguage(ctx, { config: config.language });

  if (opts.rules) {
    const rows = RULES.map((r) => `${r.id}\t${t(ctx.lang, `lint.level.${levelOf(r, levels)}`)}\t${t(ctx.lang, `${r.id}.description`)}`);
    ctx.stdout(rows.join("\n") + "\n");
    return 0;
  }

  const results: FileResult[] = [];
  let lang: Language | undefined = config.language;
  for (const target of targets(args, dir)) {
    const linted = await lintTarget(ctx, target, config, configFile, levels, Boolean(opts.fix), lang ?? ctx.lang);
    results.push(...linted.results);
    lang ??= linted.lang;
  }
  ctx.lang = resolveLanguage(ctx, { config: lang });
  return report(ctx, results, { ...out, levels });
}
