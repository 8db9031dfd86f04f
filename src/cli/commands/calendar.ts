import { resolve } from "node:path";
import { t } from "../../i18n/t.js";
import { organisationName } from "../../model/config.js";
import { renderCalendarText, renderIcs } from "../../render/calendar.js";
import { loadConfig } from "../../read/workspace.js";
import { buildDate, note, resolveLanguage, type Context } from "../context.js";
import { loadPlanFile, parseYear, resolvePlan } from "../pipeline.js";
import pkg from "../../../package.json" with { type: "json" };

/** `plan calendar <year> [--ics]`: the important dates, as text or iCalendar on standard output. */
export async function calendarCommand(ctx: Context, yearArg: string, opts: { dir: string; ics?: boolean }): Promise<number> {
  const year = parseYear(yearArg, "calendar");
  const dir = resolve(opts.dir);
  const config = loadConfig(dir);
  const loaded = await loadPlanFile(resolvePlan(String(year), dir).path);
  ctx.lang = resolveLanguage(ctx, { config: config.language, plan: loaded.plan.language });
  const events = loaded.plan.dates.filter((d) => d.date.startsWith(String(year)) || (d.end ?? "").startsWith(String(year)));
  if (!events.length) note(ctx, t(ctx.lang, "calendar.none", { year }));
  if (!opts.ics) {
    ctx.stdout(renderCalendarText(events));
    return 0;
  }
  const stamp = buildDate(new Date(Date.UTC(year, 0, 1)));
  const name = [organisationName(loaded.plan.organisation, config.organisation), loaded.plan.title].filter(Boolean).join(" — ");
  ctx.stdout(renderIcs(events, { name, language: loaded.plan.language, stamp, version: pkg.version }));
  return 0;
}
