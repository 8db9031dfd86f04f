import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { interpolate, t } from "../../i18n/t.js";
import { LANGUAGES } from "../../i18n/lang/index.js";
import { PLACEHOLDER_ORGANISATIONS } from "../../model/config.js";
import { loadInitTemplates } from "../../read/templates.js";
import { CONFIG_FILE } from "../../read/workspace.js";
import { normaliseLanguage, note, resolveLanguage, shownPath, type Context } from "../context.js";
import { writeFileAtomic } from "../write-file.js";
import { schemaComment, writeSchemas } from "./schema.js";

/** `plan init [dir] [--lang]`: a workspace to start from. Existing files are never touched. */
export async function initCommand(ctx: Context, dirArg: string | undefined, opts: { dir: string; lang?: string; name?: string }): Promise<number> {
  const lang = resolveLanguage(ctx, { option: opts.lang });
  if (opts.lang && !normaliseLanguage(opts.lang)) throw new UsageError("usage.badFormat", { value: String(opts.lang), allowed: LANGUAGES.join(" | ") });
  ctx.lang = lang;
  const dir = resolve(opts.dir, dirArg ?? ".");
  const year = new Date().getFullYear();
  const templates = loadInitTemplates(lang);
  const name = opts.name?.replace(/\s+/g, " ").trim();
  if (opts.name !== undefined && !name) throw new UsageError("usage.badFormat", { value: JSON.stringify(opts.name), allowed: "--name \"…\"" });
  const placeholder = PLACEHOLDER_ORGANISATIONS[lang];
  // the config names the organisation; without --name it keeps the placeholder, which lint flags (config/placeholder)
  const line = `organisation: ${JSON.stringify(name ?? placeholder)}`;
  const config = /^organisation:.*$/m.test(templates.config)
    ? templates.config.replace(/^organisation:.*$/m, name ? line : "$&")
    : templates.config.replace(/^((?:#.*\n)*)/, `$1${line}\n`);
  const files = [
    { path: join(dir, CONFIG_FILE), text: `${schemaComment("config", "")}\n${config}` },
    { path: join(dir, "plans", `${year}.md`), text: interpolate(templates.plan, { year, organisation: name ?? placeholder }) },
  ];
  for (const f of files) {
    if (existsSync(f.path)) {
      note(ctx, t(lang, "init.exists", { path: shownPath(f.path) }));
      continue;
    }
    writeFileAtomic(f.path, f.text);
    note(ctx, t(lang, "init.created", { path: shownPath(f.path) }));
  }
  // the schemas the files' first lines point to, so an editor completes them
  if (!existsSync(join(dir, "schemas"))) writeSchemas(ctx, dir);
  const outcomes = join(dir, "outcomes");
  if (!existsSync(outcomes)) {
    mkdirSync(outcomes, { recursive: true });
    note(ctx, t(lang, "init.created", { path: `${shownPath(outcomes)}/` }));
  }
  const here = shownPath(dir);
  const command = `plan show ${year}${here && here !== "." && dir !== process.cwd() ? ` -C ${here}` : ""}`;
  note(ctx, t(lang, "init.next", { plan: shownPath(files[1]!.path), command }));
  return 0;
}
