import { join, resolve } from "node:path";
import { InputError, UsageError } from "../../errors.js";
import { LANGUAGES, PACKS } from "../../i18n/lang/index.js";
import { formatNumber } from "../../text/numbers.js";
import { t } from "../../i18n/t.js";
import { organisationName } from "../../model/config.js";
import { insideWorkspace } from "../../read/safe-read.js";
import { loadTemplates } from "../../read/templates.js";
import { loadConfig } from "../../read/workspace.js";
import { renderMarkdown } from "../../render/markdown/render-markdown.js";
import { scoreReport } from "../../score/score-report.js";
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

export interface ReportOptions {
  dir: string;
  format: string;
  out?: string;
  stdout?: boolean;
  strict?: boolean;
  plan?: string;
  lang?: string;
}

const FORMATS = ["md", "pdf", "html", "json", "all"] as const;


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

async function report(ctx: Context, progress: Progress, yearArg: string, opts: ReportOptions): Promise<number> {
  const year = parseYear(yearArg, "report");
  const format = opts.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    throw new UsageError("usage.badFormat", { value: opts.format, allowed: FORMATS.join(" | ") }, undefined, {
      messageId: "usage.hintHelp",
      data: { command: "report" },
    });
  }
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

  progress.stage(t(ctx.lang, "progress.scoring", { count: formatNumber(loaded.plan.areas.reduce((n, a) => n + a.activities.length, 0), PACKS[ctx.lang].decimalComma) }));
  const organisation = organisationName(loaded.plan.organisation, config.organisation);
  const { organisation: _asRead, ...rest } = loaded.plan;
  const plan = { ...rest, ...(organisation ? { organisation } : {}) };
  const { report, diagnostics } = scoreReport({
    plan,
    year,
    outcomes,
    scoring: config.scoring,
    ...(previous ? { previous } : {}),
    ...(previousPlan ? { previousPlan } : {}),
    ...(config.board ? { board: config.board } : {}),
    ...(config.staff ? { staff: config.staff } : {}),
    intro: config.report.intro,
  });
  report.language = language;
  for (const d of diagnostics) printDiagnostic(ctx, d);

  // Render everything first: nothing is written unless all of it could be made.
  const templates = loadTemplates(language, dir);
  const outputs: Array<{ ext: string; data: string | Uint8Array }> = [];
  const planned = format === "all" ? ["md", "pdf", "html"] : [format];
  const rendering = (ext: string) => progress.stage(t(ctx.lang, "progress.rendering", { format: ext.toUpperCase(), index: planned.indexOf(ext) + 1, total: planned.length }));
  if (format === "md" || format === "all") rendering("md");
  if (format === "md" || format === "all") outputs.push({ ext: "md", data: renderMarkdown(report, templates) });
  if (format === "json") outputs.push({ ext: "json", data: JSON.stringify(report, null, 2) + "\n" });
  if (format === "pdf" || format === "all") {
    rendering("pdf");
    const [{ buildLayout }, { renderPdf }, { loadFonts, loadLogo }] = await Promise.all([
      import("../../render/pdf/layout.js"),
      import("../../render/pdf/render-pdf.js"),
      import("../../read/assets.js"),
    ]);
    const logo = config.branding?.logo ? loadLogo(config.branding.logo, dir, join(dir, "plan.config.yaml")) : undefined;
    const layout = buildLayout(report, templates);
    const assets = {
      fonts: loadFonts(),
      ...(config.branding?.accent ? { accent: config.branding.accent } : {}),
      creationDate: buildDate(new Date(Date.UTC(year + 1, 0, 1))), // the start of the year after the report's
    };
    let pdf: Uint8Array;
    try {
      pdf = await renderPdf(layout, { ...assets, ...(logo ? { logo } : {}) });
    } catch (e) {
      // a logo that starts like a PNG or JPEG but is broken inside is the person's to fix, not a bug
      if (!logo) throw e;
      await renderPdf(layout, assets);
      throw new InputError("branding.logoBad", { path: config.branding!.logo! }, { file: join(dir, "plan.config.yaml") }, { messageId: "hint.logo" });
    }
    outputs.push({ ext: "pdf", data: pdf });
  }
  if (format === "html" || format === "all") {
    rendering("html");
    const [{ buildPresentation }, { renderHtml }] = await Promise.all([
      import("../../render/presentation/build.js"),
      import("../../render/html/render-html.js"),
    ]);
    const html = renderHtml(buildPresentation(report, templates), config.branding?.accent ? { accent: config.branding.accent } : {});
    outputs.push({ ext: "html", data: html });
  }

  if (opts.stdout) {
    for (const o of outputs) {
      if (typeof o.data === "string") ctx.stdout(o.data);
      else process.stdout.write(o.data);
    }
  } else {
    // --out is the person's own choice; reports/ (maybe a symlink from a pull request) must stay in the workspace
    const outDir = opts.out ? resolve(opts.out) : insideWorkspace("reports", dir, "reports/");
    const files = outputs.map((o) => ({ path: join(outDir, `${templates.fileName}-${year}.${o.ext}`), data: o.data }));
    writeFilesAtomic(files);
    for (const f of files) note(ctx, t(ctx.lang, "report.written", { path: shownPath(f.path) }));
  }

  const totals = report.totals;
  note(ctx, t(ctx.lang, "report.summary", { ...totals }));
  if (totals.notReported > 0) {
    const missing = report.areas.flatMap((a) => a.activities.filter((x) => x.light === "not-reported").map((x) => x.id));
    const total = report.areas.reduce((n, a) => n + a.activities.length, 0);
    const ids = missing.length > 8 ? `${missing.slice(0, 8).join(", ")}, …` : missing.join(", ");
    const line = t(ctx.lang, "report.notReported", { count: missing.length, total, ids });
    if (opts.strict) ctx.stderr(`${ctx.color.red(t(ctx.lang, "label.error"))}: ${line}\n`);
    else if (!ctx.quiet) ctx.stderr(`${ctx.color.yellow(t(ctx.lang, "label.warning"))}: ${line}\n`);
    if (opts.strict) return 1;
  }
  return 0;
}
