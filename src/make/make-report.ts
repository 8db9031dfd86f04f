import { InputError } from "../errors.js";
import { organisationName, type Config } from "../model/config.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Outcomes } from "../model/outcomes.js";
import type { Language, Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";
import type { Templates } from "../model/templates.js";
import { presentationToMarkdown } from "../render/markdown/render-markdown.js";
import { buildPresentation } from "../render/presentation/build.js";
import type { Presentation } from "../render/presentation/model.js";
import { scoreReport } from "../score/score-report.js";

export const REPORT_FORMATS = ["md", "json", "pdf", "html"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What the PDF needs beyond the report: the fonts, the logo, the date written into the file. */
export interface PdfAssets {
  fonts: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
  creationDate: Date;
  /** the logo's bytes, with the name plan.config.yaml gave it and that file (for the error when it cannot be drawn) */
  logo?: { data: Uint8Array; path: string; configFile: string };
}

/** Where the work is, for a progress line: the caller words it. */
export type ReportStage = { stage: "scoring"; activities: number } | { stage: "rendering"; format: ReportFormat; index: number; total: number };

export interface ReportInput {
  /** the plan as read (its organisation as the plan wrote it) */
  plan: Plan;
  year: number;
  outcomes: Outcomes;
  /** last year's outcomes, for the comparison */
  previous?: Outcomes;
  /** last year's plan: with last year's outcomes, each area's change "2024 → 2025" */
  previousPlan?: Plan;
  config: Config;
  /** the report's language (resolveLanguage's answer) and the templates for it */
  language: Language;
  templates: Templates;
  /** what to render, in this order of work */
  formats: readonly ReportFormat[];
  /** required when `formats` has "pdf" */
  pdf?: PdfAssets;
  onStage?: (stage: ReportStage) => void;
}

export interface MadeReport {
  report: Report;
  /** in the order md, json, pdf, html, those asked for */
  outputs: Array<{ format: ReportFormat; data: string | Uint8Array }>;
  /** what scoring noticed (outcomes that do not fit their targets, …) */
  diagnostics: Diagnostic[];
}

/**
 * The plan's organisation rule: the plan's own name, unless it is a placeholder
 * ("Vår förening"), then plan.config.yaml's.
 */
export function withOrganisation(plan: Plan, config: Pick<Config, "organisation">): Plan {
  const organisation = organisationName(plan.organisation, config.organisation);
  const { organisation: _asRead, ...rest } = plan;
  return { ...rest, ...(organisation ? { organisation } : {}) };
}

/** Plan + outcomes + config → the scored report in the given language. Pure. */
export function scoreFor(input: Pick<ReportInput, "plan" | "year" | "outcomes" | "previous" | "previousPlan" | "config" | "language">): { report: Report; diagnostics: Diagnostic[] } {
  const { config } = input;
  const { report, diagnostics } = scoreReport({
    plan: withOrganisation(input.plan, config),
    year: input.year,
    outcomes: input.outcomes,
    scoring: config.scoring,
    ...(input.previous ? { previous: input.previous } : {}),
    ...(input.previousPlan ? { previousPlan: input.previousPlan } : {}),
    ...(config.board ? { board: config.board } : {}),
    ...(config.staff ? { staff: config.staff } : {}),
    intro: config.report.intro,
  });
  report.language = input.language;
  return { report, diagnostics };
}

async function pdfOf(presentation: Presentation, config: Config, assets: PdfAssets | undefined): Promise<Uint8Array> {
  if (!assets) throw new Error("makeReport: the PDF needs its fonts (input.pdf)");
  const [{ presentationToLayout }, { renderPdf }] = await Promise.all([import("../render/pdf/layout.js"), import("../render/pdf/render-pdf.js")]);
  const layout = presentationToLayout(presentation);
  const base = { fonts: assets.fonts, creationDate: assets.creationDate, ...(config.branding?.accent ? { accent: config.branding.accent } : {}) };
  const logo = assets.logo;
  try {
    return await renderPdf(layout, { ...base, ...(logo ? { logo: logo.data } : {}) });
  } catch (e) {
    // a logo that starts like a PNG or JPEG but is broken inside is the person's to fix, not a bug
    if (!logo) throw e;
    await renderPdf(layout, base);
    throw new InputError("branding.logoBad", { path: logo.path }, { file: logo.configFile }, { messageId: "hint.logo" });
  }
}

async function htmlOf(presentation: Presentation, config: Config): Promise<string> {
  const { renderHtml } = await import("../render/html/render-html.js");
  return renderHtml(presentation, config.branding?.accent ? { accent: config.branding.accent } : {});
}

/**
 * Everything `plan report` makes, without touching a file: the scored report,
 * every output asked for (all drawn from one presentation model) and the
 * diagnostics. The same input gives the same bytes. Pure (the PDF and HTML
 * renderers are loaded on demand).
 */
export async function makeReport(input: ReportInput): Promise<MadeReport> {
  const { formats, onStage } = input;
  onStage?.({ stage: "scoring", activities: input.plan.areas.reduce((n, a) => n + a.activities.length, 0) });
  const { report, diagnostics } = scoreFor(input);
  const presentation = buildPresentation(report, input.templates);
  const outputs: MadeReport["outputs"] = [];
  for (const format of REPORT_FORMATS.filter((f) => formats.includes(f))) {
    if (format !== "json") onStage?.({ stage: "rendering", format, index: formats.indexOf(format) + 1, total: formats.length });
    if (format === "md") outputs.push({ format, data: presentationToMarkdown(presentation) });
    if (format === "json") outputs.push({ format, data: JSON.stringify(report, null, 2) + "\n" });
    if (format === "pdf") outputs.push({ format, data: await pdfOf(presentation, input.config, input.pdf) });
    if (format === "html") outputs.push({ format, data: await htmlOf(presentation, input.config) });
  }
  return { report, outputs, diagnostics };
}
