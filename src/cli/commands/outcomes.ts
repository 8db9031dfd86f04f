import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../../errors.js";
import { t } from "../../i18n/t.js";
import { organisationName } from "../../model/config.js";
import { outcomesCsvTemplate, outcomesYamlTemplate } from "../../render/outcomes-template.js";
import { loadConfig } from "../../read/workspace.js";
import { note, resolveLanguage, shownPath, type Context } from "../context.js";
import { checkPeriod, failOnPlanErrors, loadPlanFile, parseYear, resolvePlan } from "../pipeline.js";
import { writeFileAtomic } from "../write-file.js";
import { schemaComment, schemaFileName, writeSchemas } from "./schema.js";

/** `plan outcomes <year> [--csv]`: the outcomes file, pre-filled for the secretary. Never overwrites without --force. */
export async function outcomesCommand(ctx: Context, yearArg: string, opts: { dir: string; csv?: boolean; force?: boolean }): Promise<number> {
  const year = parseYear(yearArg, "outcomes");
  const dir = resolve(opts.dir);
  const config = loadConfig(dir);
  const loaded = await loadPlanFile(resolvePlan(String(year), dir).path);
  const lang = resolveLanguage(ctx, { config: config.language, plan: loaded.plan.language });
  ctx.lang = lang;
  failOnPlanErrors(loaded);
  checkPeriod(loaded.plan, year, loaded.path);
  const organisation = organisationName(loaded.plan.organisation, config.organisation);
  const { organisation: _asRead, ...rest } = loaded.plan;
  const plan = { ...rest, ...(organisation ? { organisation } : {}) };
  const path = join(dir, "outcomes", `${year}.${opts.csv ? "csv" : "yaml"}`);
  const other = join(dir, "outcomes", `${year}.${opts.csv ? "yaml" : "csv"}`);
  if (existsSync(path) && !opts.force) throw new InputError("outcomes.exists", { path: shownPath(path) }, { file: path }, { messageId: "hint.force" });
  // the other form would compete with this one for the year: never silently
  if (existsSync(other)) throw new InputError("outcomes.exists", { path: shownPath(other) }, { file: other }, { messageId: "hint.oneOutcomes" });
  const existed = existsSync(path);
  // --force replaces a file the secretary may have filled in: the old one is kept as .bak
  writeFileAtomic(path, opts.csv ? outcomesCsvTemplate(plan, lang) : `${schemaComment("outcomes", "outcomes")}\n${outcomesYamlTemplate(plan, year, lang)}`, { backup: true });
  if (existed) note(ctx, t(lang, "file.backedUp", { path: shownPath(`${path}.bak`) }));
  if (!opts.csv && !existsSync(join(dir, "schemas", schemaFileName("outcomes")))) writeSchemas(ctx, dir);
  note(ctx, t(lang, "init.created", { path: shownPath(path) }));
  return 0;
}
