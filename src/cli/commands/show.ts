import { resolve } from "node:path";
import { stringify } from "yaml";
import { organisationName } from "../../model/config.js";
import { loadConfig } from "../../read/workspace.js";
import { renderOutline } from "../../render/outline.js";
import { printDiagnostic, resolveLanguage, type Context } from "../context.js";
import { loadPlanFile, resolvePlan } from "../pipeline.js";
import { checkFormat } from "../formats.js";


/** `plan show <file|year>`: the model as the tool read it. */
export async function showCommand(ctx: Context, arg: string, opts: { dir: string; format: string }): Promise<number> {
  const format = checkFormat("show", opts.format);
  const dir = resolve(opts.dir);
  const config = /^\d{4}$/.test(arg) ? loadConfig(dir) : undefined;
  ctx.lang = resolveLanguage(ctx, { config: config?.language });
  const loaded = await loadPlanFile(resolvePlan(arg, dir).path);
  // the same name the report prints: the plan's own, else the config's, never the init placeholder
  const organisation = organisationName(loaded.plan.organisation, config?.organisation);
  if (organisation) loaded.plan.organisation = organisation;
  else delete loaded.plan.organisation;
  ctx.lang = resolveLanguage(ctx, { config: config?.language, plan: loaded.plan.language });
  for (const d of loaded.diagnostics) printDiagnostic(ctx, d);
  if (format === "json") ctx.stdout(JSON.stringify(loaded.plan, null, 2) + "\n");
  else if (format === "yaml") ctx.stdout(stringify(loaded.plan, { lineWidth: 0 }));
  else {
    ctx.stdout(renderOutline(loaded.plan, ctx.lang, ctx.colorOut) + "\n");
  }
  // an error was printed (a date that does not exist, two activities with one id): say so in the exit code
  return loaded.diagnostics.some((d) => d.severity === "error") ? 1 : 0;
}
