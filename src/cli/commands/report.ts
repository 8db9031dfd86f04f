import { join, resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { LANGUAGES, PACKS } from "../../i18n/lang/index.js";
import { formatNumber } from "../../text/numbers.js";
import { t } from "../../i18n/t.js";
import type { Config } from "../../model/config.js";
import type { Report } from "../../model/report.js";
import { makeReport, type PdfAssets, type ReportFormat, type ReportStage } from "../../make/make-report.js";
import { loadFonts, loadLogo } from "../../read/assets.js";
import { insideWorkspace } from "../../read/safe-read.js";
import { loadTemplates } from "../../read/templates.js";
import { loadConfig } from "../../read/workspace.js";
import { buildDate, normaliseLanguage, note, printDiagnostic, resolveLanguage, shownPath, type Context } from "../context.js";
import {
  checkPeriod,
  failOnPlanErrors,
  loadOutcomes,
  loadPlanFile,
  loadPreviousOutcomes,
  loadPreviousPlan,
  parseYear,
  resolvePlan,
} from "../pipeline.js";
import { terminalProgress, type Progress } from "../progress.js";
import { writeFilesAtomic } from "../write-file.js";
import { checkFormat } from "../formats.js";

export interface ReportOptions {
  dir: string;
  format: string;
  out?: string;
  stdout?: boolean;
  strict?: boolean;
  plan?: string;
  lang?: string;
}



/** `plan report <year>`: plan + outcomes → the scored report, written atomically to reports/. */
export async function reportCommand(ctx: Context, yearArg: string, opts: ReportOptions): Promise<number> {
  const progress = terminalProgress(ctx.quiet);
  // every message on standard error clears the progress line first
  const stderr = ctx.stderr;
  ctx.stderr = (s) => {
    progress.clear();
    stderr(s);
  };
  try {
    return await report(ctx, progress, yearArg, opts);
  } finally {
    progress.clear();
    ctx.stderr = stderr;
  }
}

/** The fonts, the logo and the date the PDF is stamped with: read here, drawn by makeReport. */
function pdfAssets(config: Config, dir: string, year: number): PdfAssets {
  const configFile = join(dir, "plan.config.yaml");
  const logoPath = config.branding?.logo;
  return {
    fonts: loadFonts(),
    creationDate: buildDate(new Date(Date.UTC(year + 1, 0, 1))), // the start of the year after the report's
    ...(logoPath ? { logo: { data: loadLogo(logoPath, dir, configFile), path: logoPath, configFile } } : {}),
  };
}

/** What the secretary is told at the end: the lights counted, and the activities without an outcome. */
function summarise(ctx: Context, report: Report, strict: boolean | undefined): number {
  const totals = report.totals;
  note(ctx, t(ctx.lang, "report.summary", { ...totals }));
  if (totals.notReported === 0) return 0;
  const missing = report.areas.flatMap((a) => a.activities.filter((x) => x.light === "not-reported").map((x) => x.id));
  const total = report.areas.reduce((n, a) => n + a.activities.length, 0);
  const ids = missing.length > 8 ? `${missing.slice(0, 8).join(", ")}, …` : missing.join(", ");
  const line = t(ctx.lang, "report.notReported", { count: missing.length, total, ids });
  if (strict) ctx.stderr(`${ctx.color.red(t(ctx.lang, "label.error"))}: ${line}\n`);
  else if (!ctx.quiet) ctx.stderr(`${ctx.color.yellow(t(ctx.lang, "label.warning"))}: ${line}\n`);
  return strict ? 1 : 0;
}

function progressLine(ctx: Context, s: ReportStage): string {
  return s.stage === "scoring"
    ? t(ctx.lang, "progress.scoring", { count: formatNumber(s.activities, PACKS[ctx.lang].decimalComma) })
    : t(ctx.lang, "progress.rendering", { format: s.format.toUpperCase(), index: s.index, total: s.total });
}

async function report(ctx: Context, progress: Progress, yearArg: string, opts: ReportOptions): Promise<number> {
  const year = parseYear(yearArg, "report");
  const format = checkFormat("report", opts.format);
  if (opts.lang && !normaliseLanguage(opts.lang)) {
    throw new UsageError("usage.badFormat", { value: opts.lang, allowed: LANGUAGES.join(" | ") });
  }
  const dir = resolve(opts.dir);
  const config = loadConfig(dir);
  ctx.lang = resolveLanguage(ctx, { option: opts.lang, config: config.language });

  progress.stage(t(ctx.lang, "progress.reading"));
  const loaded = await loadPlanFile(opts.plan ? resolve(dir, opts.plan) : resolvePlan(String(year), dir).path);
  const language = resolveLanguage(ctx, { option: opts.lang, config: config.language, plan: loaded.plan.language });
  ctx.lang = language;
  for (const d of loaded.diagnostics) if (d.severity !== "error") printDiagnostic(ctx, d);
  failOnPlanErrors(loaded);
  checkPeriod(loaded.plan, year, loaded.path);
  const { outcomes } = loadOutcomes(dir, year, loaded.plan);
  const { outcomes: previous, problem } = loadPreviousOutcomes(dir, year);
  const { plan: previousPlan, problem: planProblem } = previous ? await loadPreviousPlan(dir, year) : {};
  for (const p of [problem, planProblem]) {
    if (!p || ctx.quiet) continue;
    const where = p.where ? `${shownPath(p.where.file)}${p.where.line ? `:${p.where.line}` : ""}: ` : "";
    ctx.stderr(`${ctx.color.yellow(t(ctx.lang, "label.warning"))}: ${where}${t(ctx.lang, p.messageId, p.data)} — ${t(ctx.lang, "report.noComparison", { year: year - 1 })}\n`);
  }

  // Render everything first: nothing is written unless all of it could be made.
  const templates = loadTemplates(language, dir);
  const formats: ReportFormat[] = format === "all" ? ["md", "pdf", "html"] : [format];
  const made = await makeReport({
    plan: loaded.plan,
    year,
    outcomes,
    ...(previous ? { previous } : {}),
    ...(previousPlan ? { previousPlan } : {}),
    config,
    language,
    templates,
    formats,
    ...(formats.includes("pdf") ? { pdf: pdfAssets(config, dir, year) } : {}),
    onStage: (s) => progress.stage(progressLine(ctx, s)),
  });
  for (const d of made.diagnostics) printDiagnostic(ctx, d);

  if (opts.stdout) {
    for (const o of made.outputs) {
      if (typeof o.data === "string") ctx.stdout(o.data);
      else process.stdout.write(o.data);
    }
  } else {
    // --out is the person's own choice; reports/ (maybe a symlink from a pull request) must stay in the workspace
    const outDir = opts.out ? resolve(opts.out) : insideWorkspace("reports", dir, "reports/");
    const files = made.outputs.map((o) => ({ path: join(outDir, `${templates.fileName}-${year}.${o.format}`), data: o.data }));
    writeFilesAtomic(files);
    for (const f of files) note(ctx, t(ctx.lang, "report.written", { path: shownPath(f.path) }));
  }
  return summarise(ctx, made.report, opts.strict);
}
