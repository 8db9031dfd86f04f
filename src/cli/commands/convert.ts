import { existsSync, realpathSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../../errors.js";
import { t } from "../../i18n/t.js";
import { planToMarkdown } from "../../render/plan/plan-to-markdown.js";
import { planToYaml } from "../../render/plan/plan-to-yaml.js";
import { note, printDiagnostic, resolveLanguage, shownPath, type Context } from "../context.js";
import { loadPlanFile } from "../pipeline.js";
import { writeFileAtomic } from "../write-file.js";
import { checkFormat } from "../formats.js";

/** Two paths that end at the same file, through symlinks or hard links. */
function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * `plan convert <file> --to yaml|md`: the explicit YAML form, or clean Markdown.
 * Text pasted from Word becomes exactly the Markdown the loose reader
 * understood, so a person can check it and keep it.
 */
export async function convertCommand(ctx: Context, file: string, opts: { dir: string; to?: string; out?: string }): Promise<number> {
  const to = checkFormat("convert", opts.to);
  const path = resolve(opts.dir, file);
  const loaded = await loadPlanFile(path);
  ctx.lang = resolveLanguage(ctx, { plan: loaded.plan.language });
  for (const d of loaded.diagnostics) printDiagnostic(ctx, d);
  const text = to === "yaml" ? planToYaml(loaded.plan) : loaded.format === "loose" && loaded.markdown ? loaded.markdown : planToMarkdown(loaded.plan);
  if (!opts.out) {
    ctx.stdout(text);
    return 0;
  }
  // -o resolves like the input: from the workspace (-C), not from wherever plan was started
  const out = resolve(opts.dir, opts.out);
  if (out === path || sameFile(out, path)) throw new UsageError("usage.wouldOverwrite", { path: shownPath(out) });
  const existed = existsSync(out);
  writeFileAtomic(out, text, { backup: true });
  if (existed) note(ctx, t(ctx.lang, "file.backedUp", { path: shownPath(`${out}.bak`) }));
  note(ctx, t(ctx.lang, "report.written", { path: shownPath(out) }));
  return 0;
}
