import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { interpolate, t } from "../../i18n/t.js";
import type { Language } from "../../model/plan.js";
import { loadInitTemplates } from "../../read/templates.js";
import { CONFIG_FILE } from "../../read/workspace.js";
import { normaliseLanguage, note, resolveLanguage, shownPath, type Context } from "../context.js";
import { writeFileAtomic } from "../write-file.js";
import { schemaComment, writeSchemas } from "./schema.js";

const ORGANISATION: Record<Language, string> = { sv: "Vår förening", nb: "Vår forening", en: "Our association" };

/** `plan init [dir] [--lang]`: a workspace to start from. Existing files are never touched. */
export async function initCommand(ctx: Context, dirArg: string | undefined, opts: { dir: string; lang?: string }): Promise<number> {
  const lang = resolveLanguage(ctx, { option: opts.lang });
  if (opts.lang && !normaliseLanguage(opts.lang)) throw new UsageError("usage.badFormat", { value: String(opts.lang), allowed: "sv | nb | en" });
  ctx.lang = lang;
  const dir = resolve(opts.dir, dirArg ?? ".");
  const year = new Date().getFullYear();
  const templates = loadInitTemplates(lang);
  const files = [
    { path: join(dir, CONFIG_FILE), text: `${schemaComment("config", "")}\n${templates.config}` },
    { path: join(dir, "plans", `${year}.md`), text: interpolate(templates.plan, { year, organisation: ORGANISATION[lang] }) },
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
