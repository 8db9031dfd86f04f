import { join, resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { dateExists } from "../../extract/dates.js";
import { t } from "../../i18n/t.js";
import { loadTemplates } from "../../read/templates.js";
import { findOutcomes, loadConfig } from "../../read/workspace.js";
import { renderStatusMarkdown } from "../../render/status/render-status-markdown.js";
import { renderStatusText } from "../../render/status/render-status-text.js";
import { isoDay } from "../../status/calendar-days.js";
import { computeStatus } from "../../status/compute-status.js";
import { note, printDiagnostic, type Context } from "../context.js";
import { checkPeriod, failOnPlanErrors, loadOutcomes, loadPlanFile, parseYear, resolvePlan } from "../pipeline.js";
import { checkFormat } from "../formats.js";

export interface StatusOptions {
  dir: string;
  format: string;
  asOf?: string;
}


/** The day to look from: --as-of, else SOURCE_DATE_EPOCH (reproducible runs), else today. */
export function statusDay(asOf: string | undefined, env: NodeJS.ProcessEnv, now: () => Date): string {
  if (asOf !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf.trim());
    if (!m || !dateExists(+m[1]!, +m[2]!, +m[3]!)) {
      throw new UsageError("usage.badDate", { value: asOf }, undefined, { messageId: "usage.hintHelp", data: { command: "status" } });
    }
    return asOf.trim();
  }
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return isoDay(new Date(epoch * 1000));
  return isoDay(now());
}

/** `plan status <year>`: where the plan stands on a day, on standard output. Writes no file. */
export async function statusCommand(ctx: Context, yearArg: string, opts: StatusOptions): Promise<number> {
  const year = parseYear(yearArg, "status");
  const format = checkFormat("status", opts.format);
  const asOf = statusDay(opts.asOf, process.env, () => new Date());
  const dir = resolve(opts.dir);
  const config = loadConfig(dir);
  if (config.language) ctx.lang = config.language;

  const loaded = await loadPlanFile(resolvePlan(String(year), dir).path);
  const language = config.language ?? loaded.plan.language;
  ctx.lang = language;
  for (const d of loaded.diagnostics) if (d.severity !== "error") printDiagnostic(ctx, d);
  failOnPlanErrors(loaded);
  checkPeriod(loaded.plan, year, loaded.path);
  // during the year there may be no outcomes file yet: then nothing has started
  const outcomes = findOutcomes(dir, year) ? loadOutcomes(dir, year, loaded.plan).outcomes : undefined;
  if (!outcomes) note(ctx, t(ctx.lang, "status.noOutcomes", { year, path: join("outcomes", `${year}.yaml`) }));

  const plan = { ...loaded.plan, language, organisation: config.organisation ?? loaded.plan.organisation };
  const status = computeStatus({ plan, year, asOf, scoring: config.scoring, ...(outcomes ? { outcomes } : {}) });
  const templates = loadTemplates(language, dir);
  if (format === "json") ctx.stdout(JSON.stringify(status, null, 2) + "\n");
  else if (format === "md") ctx.stdout(renderStatusMarkdown(status, templates));
  else ctx.stdout(renderStatusText(status, templates));
  return 0;
}
