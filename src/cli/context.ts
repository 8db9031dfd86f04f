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
  /** the language of the terminal's locale, the last choice of resolveLanguage */
  envLang: Language;
  quiet: boolean;
  debug: boolean;
  /** colour for standard error */
  color: ChalkInstance;
  /** colour for standard output: only when it is a terminal, so piped output is plain */
  colorOut: ChalkInstance;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** The languages plan speaks, and the codes a person may type for them ("no" and "nn" are Norwegian). */
/** What a person may type for a language, or a locale may start with: each pack's code and locale prefixes ("no" → nb, "nn" → nn). */
export const LANGUAGE_CODES: Record<string, Language> = Object.fromEntries(
  LANGUAGES.flatMap((l) => [[l, l] as const, ...PACKS[l].localeCodes.map((c) => [c, l] as const)]),
);

/** "sv", "sv_SE.UTF-8", "no", "nn_NO", "en-GB" → the language, or undefined. */
export function normaliseLanguage(raw: string | undefined | null): Language | undefined {
  const m = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec((raw ?? "").trim());
  return m ? LANGUAGE_CODES[m[1]!.toLowerCase()] : undefined;
}

/** The language of the person at the terminal, from the usual locale variables. */
export function languageFromEnv(env: NodeJS.ProcessEnv): Language {
  const raw = env.PLAN_LANG || env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return normaliseLanguage(raw) ?? BASE_LANGUAGE;
}

/**
 * The one order every command picks its language in: what the person asked
 * for (--lang), then the workspace's plan.config.yaml, then the plan's own
 * language, then the terminal's locale.
 */
export function resolveLanguage(ctx: Pick<Context, "envLang">, from: { option?: string | undefined; config?: Language | undefined; plan?: Language | undefined }): Language {
  return normaliseLanguage(from.option) ?? from.config ?? from.plan ?? ctx.envLang;
}

/**
 * The colour level as chalk documents it: FORCE_COLOR=0/false off, 1/true or
 * empty on, 2 and 3 more colours, whether or not the stream is a terminal;
 * otherwise NO_COLOR, when set and not empty, turns colour off
 * (https://no-color.org); otherwise colour only on a terminal.
 */
export function colorLevel(env: NodeJS.ProcessEnv, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "" || force === "true") return 1;
    if (force === "false") return 0;
    const n = Number.parseInt(force, 10);
    return Number.isNaN(n) ? 1 : (Math.max(0, Math.min(3, n)) as 0 | 1 | 2 | 3);
  }
  if (env.NO_COLOR) return 0;
  return isTTY ? 1 : 0;
}

export function createContext(opts: { quiet?: boolean; debug?: boolean }): Context {
  const envLang = languageFromEnv(process.env);
  const errLevel = colorLevel(process.env, Boolean(process.stderr.isTTY));
  const outLevel = colorLevel(process.env, Boolean(process.stdout.isTTY));
  return {
    lang: envLang,
    envLang,
    quiet: Boolean(opts.quiet),
    debug: Boolean(opts.debug),
    color: new Chalk({ level: errLevel }),
    colorOut: new Chalk({ level: outLevel }),
    // every line for a terminal or a CI log: no escape sequences from a plan get through
    stdout: (s) => void process.stdout.write(neutralOutput(s, outLevel > 0)),
    stderr: (s) => void process.stderr.write(neutralOutput(s, errLevel > 0)),
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
