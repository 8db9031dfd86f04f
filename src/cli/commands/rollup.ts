import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { InputError, InputErrors, UsageError } from "../../errors.js";
import { t } from "../../i18n/t.js";
import { LANGUAGES, type Language } from "../../i18n/lang/index.js";
import type { Report } from "../../model/report.js";
import { findReportFiles } from "../../read/report-files.js";
import { loadTemplates } from "../../read/templates.js";
import { renderRollupMarkdown } from "../../render/rollup/render-rollup-markdown.js";
import { checkReport } from "../../rollup/check-report.js";
import { RollupMap } from "../../rollup/rollup-map.js";
import { branchName, rollupReports } from "../../rollup/rollup-reports.js";
import { buildDate, note, shownPath, type Context } from "../context.js";
import { parseYear } from "../pipeline.js";
import { writeFileAtomic } from "../write-file.js";
import { checkFormat } from "../formats.js";

export interface RollupOptions {
  dir: string;
  format: string;
  out?: string;
  map?: string;
  year?: string;
  lang?: string;
}


/** The value most items have; a tie goes to the one seen first. */
function mostCommon<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const x of items) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best: T | undefined;
  for (const [x, n] of counts) if (best === undefined || n > counts.get(best)!) best = x;
  return best;
}

function readMap(path: string): RollupMap {
  if (!existsSync(path)) throw new InputError("file.notFound", {}, { file: path });
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path, "utf8"));
  } catch (e) {
    const detail = e instanceof Error ? e.message.split("\n")[0]! : String(e);
    throw new InputError("rollup.badMap", { detail }, { file: path }, { messageId: "hint.rollupMap" });
  }
  const parsed = RollupMap.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError("rollup.badMap", { detail: `${issue.path.join(".") || "/"}: ${issue.message}` }, { file: path }, { messageId: "hint.rollupMap" });
  }
  return parsed.data;
}

/** `plan rollup <files or folders…>`: many branches' JSON reports → one report for the federation. */
export async function rollupCommand(ctx: Context, args: string[], opts: RollupOptions): Promise<number> {
  const format = checkFormat("rollup", opts.format);
  if (opts.lang && !LANGUAGES.includes(opts.lang as Language)) {
    throw new UsageError("usage.badFormat", { value: opts.lang, allowed: LANGUAGES.join(" | ") });
  }
  if (format === "pdf" && !opts.out) throw new UsageError("rollup.pdfNeedsOut", {}, undefined, { messageId: "usage.hintHelp", data: { command: "rollup" } });
  const cwd = resolve(opts.dir); // files, --map and -o are relative to -C, like everything else
  const map = opts.map ? readMap(resolve(cwd, opts.map)) : undefined;

  const found = findReportFiles(args, cwd);
  if (!found.files.length) {
    throw new InputError("rollup.noReports", { paths: args.join(", ") }, undefined, { messageId: "hint.rollupReports" });
  }
  const errors: InputError[] = [];
  const reports: Array<{ path: string; report: Report }> = [];
  for (const f of found.files) {
    try {
      reports.push({ path: f.path, report: checkReport(f.text, f.path) });
    } catch (e) {
      if (e instanceof InputError) errors.push(e);
      else throw e;
    }
  }
  if (errors.length) throw new InputErrors(errors);

  const year = opts.year ? parseYear(opts.year, "rollup") : mostCommon(reports.map((r) => r.report.year))!;
  const seen = new Map<string, string>();
  for (const { path, report } of reports) {
    if (report.year !== year) {
      errors.push(new InputError("rollup.otherYear", { got: report.year, year }, { file: path }, { messageId: "hint.rollupYear" }));
      continue;
    }
    const name = branchName(report);
    const other = seen.get(name);
    if (other) errors.push(new InputError("rollup.twice", { name, other: shownPath(other) }, { file: path }, { messageId: "hint.rollupTwice" }));
    else seen.set(name, path);
  }
  if (errors.length) throw new InputErrors(errors);

  const language = (opts.lang as Language | undefined) ?? mostCommon(reports.map((r) => r.report.language))!;
  ctx.lang = language;
  const rollup = rollupReports({
    reports: reports.map((r) => r.report),
    year,
    language,
    ...(map ? { map } : {}),
    withoutReport: found.withoutReport,
  });

  const templates = loadTemplates(language);
  let data: string | Uint8Array;
  if (format === "json") data = JSON.stringify(rollup, null, 2) + "\n";
  else if (format === "md") data = renderRollupMarkdown(rollup, templates);
  else {
    const [{ buildRollupLayout }, { renderPdf }, { loadFonts }] = await Promise.all([
      import("../../render/rollup/rollup-layout.js"),
      import("../../render/pdf/render-pdf.js"),
      import("../../read/assets.js"),
    ]);
    data = await renderPdf(buildRollupLayout(rollup, templates), { fonts: loadFonts(), creationDate: buildDate(new Date(Date.UTC(year + 1, 0, 1))) });
  }

  if (opts.out) {
    const path = resolve(cwd, opts.out);
    writeFileAtomic(path, data);
    note(ctx, t(ctx.lang, "rollup.written", { path: shownPath(path) }));
  } else if (typeof data === "string") ctx.stdout(data);
  else process.stdout.write(data);
  return 0;
}
