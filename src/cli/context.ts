import { relative } from "node:path";
import { Chalk, type ChalkInstance } from "chalk";
import { fromOsError, InputError, InputErrors, PlanError } from "../errors.js";
import { neutralOutput } from "../text/neutral.js";
import { t } from "../i18n/t.js";
import type { Diagnostic } from "../model/diagnostic.js";
import { BASE_LANGUAGE, LANGUAGES, PACKS, type Language } from "../i18n/lang/index.js";

/** What every command gets: the language to talk in, colour, and the two output streams. */
export interface Context {
  lang: Language;
  quiet: boolean;
  debug: boolean;
  /** colour for standard error */
  color: ChalkInstance;
  /** colour for standard output: only when it is a terminal, so piped output is plain */
  colorOut: ChalkInstance;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** The language of the person at the terminal, from the usual locale variables. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const raw = (env.PLAN_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "").toLowerCase();
  const prefix = /^([a-z]{2,3})(?:[_.@-]|$)/.exec(raw)?.[1];
  const found = LANGUAGES.find((l) => prefix && PACKS[l].localeCodes.includes(prefix));
  return found ?? BASE_LANGUAGE;
}

export function createContext(opts: { quiet?: boolean; debug?: boolean }): Context {
  const allowed = !("NO_COLOR" in process.env);
  const useColor = Boolean(process.stderr.isTTY) && allowed;
  const useColorOut = Boolean(process.stdout.isTTY) && allowed;
  return {
    lang: languageFromEnv(process.env),
    quiet: Boolean(opts.quiet),
    debug: Boolean(opts.debug),
    color: new Chalk({ level: useColor ? 1 : 0 }),
    colorOut: new Chalk({ level: useColorOut ? 1 : 0 }),
    // every line for a terminal or a CI log: no escape sequences from a plan get through
    stdout: (s) => void process.stdout.write(neutralOutput(s, useColorOut)),
    stderr: (s) => void process.stderr.write(neutralOutput(s, useColor)),
  };
}

/** A path as the person typed it: relative to where they are. */
export function shownPath(path: string): string {
  const r = relative(process.cwd(), path);
  return r && !r.startsWith("..") ? r : path;
}

function where(file: string | undefined, line?: number, column?: number): string {
  if (!file) return "";
  return `${shownPath(file)}${line ? `:${line}${column ? `:${column}` : ""}` : ""}: `;
}

/** Prints an error the way a person can act on it: file:line:col, what, and a hint. */
export function printError(ctx: Context, error: unknown): void {
  const errors = error instanceof InputErrors ? error.errors : [error];
  for (const raw of errors) {
    const os = fromOsError(raw);
    const e = os ? new InputError(os.messageId, { ...os.data, path: shownPath(String(os.data.path)) }, undefined, os.hint) : raw;
    if (ctx.debug && e !== raw && raw instanceof Error && raw.stack) ctx.stderr(`${raw.stack}\n`);
    if (e instanceof PlanError) {
      const w = e.where;
      ctx.stderr(
        `${ctx.color.red(t(ctx.lang, "label.error"))}: ${where(w?.file, w?.line, w?.column)}${t(ctx.lang, e.messageId, e.data)}\n`,
      );
      if (e.hint) ctx.stderr(`  ${ctx.color.cyan(t(ctx.lang, "label.hint"))}: ${t(ctx.lang, e.hint.messageId, e.hint.data)}\n`);
    } else {
      const message = e instanceof Error ? e.message : String(e);
      ctx.stderr(`${ctx.color.red(t(ctx.lang, "label.error"))}: ${t(ctx.lang, "internal.bug", { message })}\n`);
      if (ctx.debug && e instanceof Error && e.stack) ctx.stderr(`${e.stack}\n`);
    }
  }
}

/** A warning or note on standard error (never on standard output). */
export function printDiagnostic(ctx: Context, d: Diagnostic): void {
  if (ctx.quiet && d.severity !== "error") return;
  const label = t(ctx.lang, `label.${d.severity}`);
  const colored = d.severity === "error" ? ctx.color.red(label) : d.severity === "warning" ? ctx.color.yellow(label) : ctx.color.blue(label);
  ctx.stderr(`${colored}: ${where(d.source.file, d.source.line, d.source.column)}${t(ctx.lang, d.messageId, d.data)}\n`);
}

export function note(ctx: Context, text: string): void {
  if (!ctx.quiet) ctx.stderr(`${text}\n`);
}

/**
 * The date written into generated files: SOURCE_DATE_EPOCH when set
 * (reproducible builds), otherwise a fixed date the caller chooses, so the
 * same input always gives the same bytes.
 */
export function buildDate(fallback: Date, env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : fallback;
}
