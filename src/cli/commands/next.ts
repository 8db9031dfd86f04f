import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../../errors.js";
import { t } from "../../i18n/t.js";
import { findPlan, loadConfig } from "../../read/workspace.js";
import { planToMarkdown } from "../../render/plan/plan-to-markdown.js";
import { scoreReport } from "../../score/score-report.js";
import { nextPlan } from "../../year/next-plan.js";
import { note, resolveLanguage, shownPath, type Context } from "../context.js";
import { failOnPlanErrors, loadOutcomes, loadPlanFile, parseYear, resolvePlan } from "../pipeline.js";
import { writeFileAtomic } from "../write-file.js";

/** The plan (or the first of several) that already covers `year`, if any. */
function existingPlan(dir: string, year: number): string | undefined {
  try {
    return findPlan(dir, year);
  } catch (e) {
    if (e instanceof InputError && e.messageId === "workspace.manyPlans") return join(dir, "plans");
    if (e instanceof InputError && (e.messageId === "workspace.noPlan" || e.messageId === "workspace.noPlans")) return undefined;
    throw e;
  }
}

/** `plan next <year>`: next year's draft, written to plans/ — never over an existing plan. */
export async function nextCommand(ctx: Context, yearArg: string, opts: { dir: string }): Promise<number> {
  const year = parseYear(yearArg, "next");
  const dir = resolve(opts.dir);
  const config = loadConfig(dir);
  const loaded = await loadPlanFile(resolvePlan(String(year), dir).path);
  ctx.lang = resolveLanguage(ctx, { config: config.language, plan: loaded.plan.language });
  failOnPlanErrors(loaded);
  let report;
  try {
    const { outcomes } = loadOutcomes(dir, year, loaded.plan);
    report = scoreReport({ plan: loaded.plan, year, outcomes, scoring: config.scoring }).report;
  } catch (e) {
    if (!(e instanceof InputError) || e.messageId !== "workspace.noOutcomes") throw e;
    note(ctx, t(ctx.lang, "next.noOutcomes", { year }));
  }
  const next = nextPlan(loaded.plan, year, report);
  const p = next.period!;
  const path = join(dir, "plans", `${p.from === p.to ? p.from : `${p.from}-${p.to}`}.md`);
  if (existsSync(path)) throw new InputError("next.exists", { path: shownPath(path) }, { file: path });
  // 2026.yaml, 2026.docx or 2025-2026.md already covers next year: never a second plan beside it
  for (let y = p.from; y <= p.to; y++) {
    const existing = existingPlan(dir, y);
    if (existing) throw new InputError("next.exists", { path: shownPath(existing) }, { file: existing });
  }
  writeFileAtomic(path, planToMarkdown(next));
  note(ctx, t(ctx.lang, "init.created", { path: shownPath(path) }));
  return 0;
}
