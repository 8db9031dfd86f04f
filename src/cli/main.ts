import { isAbsolute, resolve } from "node:path";
import { Command, CommanderError, Help, InvalidArgumentError, Option } from "commander";
import { t } from "../i18n/t.js";
import { createContext, LANGUAGE_CODES, languageFromEnv, normaliseLanguage, printError, type Context } from "./context.js";
import pkg from "../../package.json" with { type: "json" };
import { FORMATS } from "./formats.js";

/** One option of a command: its flags, the message id of its description, and what it accepts. */
interface OptionSpec {
  flags: string;
  description: string;
  default?: string;
  /** the values commander accepts (checked before the command runs) */
  choices?: readonly string[];
  required?: boolean;
  /** a language code: sv, nb (no, nn) or en, normalised to the language */
  language?: boolean;
  /** a file path typed by the person: relative to the folder they are in */
  file?: boolean;
}

/** One argument: its commander spec; `file` when it may be a path typed relative to the current folder. */
interface ArgumentSpec {
  spec: string;
  file?: boolean;
}

/**
 * One command of the table below. `run` imports the command's module only
 * when it runs, so `plan --version` loads neither remark nor yaml nor zod.
 * Descriptions are `cmd.<name>`, examples `cmd.<name>.example`.
 */
export interface CommandSpec {
  name: string;
  args?: ArgumentSpec[];
  options?: OptionSpec[];
  /** false: -C or the current folder as it is (init creates a workspace, it does not look for one) */
  findWorkspace?: boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  run: (ctx: Context, args: any[], opts: any) => Promise<number>;
}

const LANG_VALUES = Object.keys(LANGUAGE_CODES);

/** Every command, in the order `plan --help` lists them. Append new commands here. */
export const COMMANDS: CommandSpec[] = [
  {
    name: "init",
    args: [{ spec: "[dir]" }],
    options: [
      { flags: "--lang <lang>", description: "cmd.init.lang", language: true },
      { flags: "--name <organisation>", description: "cmd.init.name" },
    ],
    findWorkspace: false,
    run: async (ctx, [dir], o) => (await import("./commands/init.js")).initCommand(ctx, dir, o),
  },
  {
    name: "show",
    args: [{ spec: "<file|year>", file: true }],
    options: [{ flags: "-f, --format <format>", description: "cmd.show.format", default: "text", choices: FORMATS.show }],
    run: async (ctx, [arg], o) => (await import("./commands/show.js")).showCommand(ctx, arg, o),
  },
  {
    name: "report",
    args: [{ spec: "<year>" }],
    options: [
      { flags: "-f, --format <format>", description: "cmd.report.format", default: "all", choices: FORMATS.report },
      { flags: "-o, --out <dir>", description: "cmd.report.out", file: true },
      { flags: "--stdout", description: "cmd.report.stdout" },
      { flags: "--strict", description: "cmd.report.strict" },
      { flags: "--plan <file>", description: "cmd.report.plan", file: true },
      { flags: "--lang <lang>", description: "cmd.report.lang", language: true },
    ],
    run: async (ctx, [year], o) => (await import("./commands/report.js")).reportCommand(ctx, year, o),
  },
  {
    name: "lint",
    args: [{ spec: "[files-or-year...]", file: true }],
    options: [
      { flags: "-f, --format <format>", description: "cmd.lint.format", default: "stylish", choices: FORMATS.lint },
      { flags: "--max-warnings <n>", description: "cmd.lint.maxWarnings" },
      { flags: "--rules", description: "cmd.lint.rules" },
      { flags: "--fix", description: "cmd.lint.fix" },
      { flags: "--info", description: "cmd.lint.info" },
    ],
    run: async (ctx, [args], o) => (await import("./commands/lint.js")).lintCommand(ctx, args, o),
  },
  {
    name: "outcomes",
    args: [{ spec: "<year>" }],
    options: [
      { flags: "--csv", description: "cmd.outcomes.csv" },
      { flags: "--force", description: "cmd.outcomes.force" },
    ],
    run: async (ctx, [year], o) => (await import("./commands/outcomes.js")).outcomesCommand(ctx, year, o),
  },
  {
    name: "next",
    args: [{ spec: "<year>" }],
    run: async (ctx, [year], o) => (await import("./commands/next.js")).nextCommand(ctx, year, o),
  },
  {
    name: "diff",
    args: [{ spec: "<yearA>" }, { spec: "<yearB>" }],
    options: [{ flags: "-f, --format <format>", description: "cmd.diff.format", default: "text", choices: FORMATS.diff }],
    run: async (ctx, [a, b], o) => (await import("./commands/diff.js")).diffCommand(ctx, a, b, o),
  },
  {
    name: "calendar",
    args: [{ spec: "<year>" }],
    options: [{ flags: "--ics", description: "cmd.calendar.ics" }],
    run: async (ctx, [year], o) => (await import("./commands/calendar.js")).calendarCommand(ctx, year, o),
  },
  {
    name: "convert",
    args: [{ spec: "<file>", file: true }],
    options: [
      { flags: "-t, --to <format>", description: "cmd.convert.to", required: true, choices: FORMATS.convert },
      { flags: "-o, --out <file>", description: "cmd.convert.out", file: true },
    ],
    run: async (ctx, [file], o) => (await import("./commands/convert.js")).convertCommand(ctx, file, o),
  },
  {
    name: "schema",
    args: [{ spec: "[plan|outcomes|config|report]" }],
    options: [{ flags: "--write", description: "cmd.schema.write" }],
    run: async (ctx, [kind], o) => (await import("./commands/schema.js")).schemaCommand(ctx, kind, o),
  },
  {
    name: "status",
    args: [{ spec: "<year>" }],
    options: [
      { flags: "--as-of <date>", description: "cmd.status.asOf" },
      { flags: "-f, --format <format>", description: "cmd.status.format", default: "text", choices: FORMATS.status },
    ],
    run: async (ctx, [year], o) => (await import("./commands/status.js")).statusCommand(ctx, year, o),
  },
  {
    name: "rollup",
    args: [{ spec: "<files-or-folders...>", file: true }],
    options: [
      { flags: "-f, --format <format>", description: "cmd.rollup.format", default: "md", choices: FORMATS.rollup },
      { flags: "-o, --out <file>", description: "cmd.rollup.out", file: true },
      { flags: "--map <file>", description: "cmd.rollup.map", file: true },
      { flags: "--year <year>", description: "cmd.rollup.year" },
      { flags: "--lang <lang>", description: "cmd.rollup.lang", language: true },
    ],
    run: async (ctx, [paths], o) => (await import("./commands/rollup.js")).rollupCommand(ctx, paths, o),
  },
];

/** commander's help headings and "(choices: …, default: …)" in the user's language. */
function localHelp(L: (id: string) => string) {
  return (cmd: Command, helper: Help) =>
    Help.prototype.formatHelp
      .call(helper, cmd, helper)
      .replace(/^Usage:/m, L("help.usage"))
      .replace(/^Arguments:/m, L("help.arguments"))
      .replace(/^Options:/m, L("help.options"))
      .replace(/^Commands:/m, L("help.commands"));
}

/** An option's line in the help: its description and, in the user's language, its default (the description lists the choices). */
function localOptionDescription(L: (id: string) => string) {
  return (option: Option): string => {
    const def = option.defaultValue;
    if (def === undefined || option.negate || typeof def === "boolean") return option.description;
    return `${option.description} (${L("help.default")}: ${option.defaultValueDescription ?? String(def)})`;
  };
}

/** A path the person typed, made absolute from where they are (the workspace may be a folder above). */
const fromHere = (p: unknown) => (typeof p === "string" && !/^\d{4}$/.test(p) && !isAbsolute(p) ? resolve(p) : p);

function addCommand(program: Command, spec: CommandSpec, L: (id: string) => string, run: (spec: CommandSpec, cmd: Command, args: unknown[]) => Promise<void>): void {
  const cmd = program.command(spec.name).description(L(`cmd.${spec.name}`));
  for (const a of spec.args ?? []) cmd.argument(a.spec);
  for (const o of spec.options ?? []) {
    const option = new Option(o.flags, L(o.description));
    if (o.default !== undefined) option.default(o.default);
    if (o.choices) option.choices(o.choices);
    if (o.required) option.makeOptionMandatory();
    if (o.language) {
      option.argParser((v: string) => {
        const lang = normaliseLanguage(v);
        if (!lang || !LANG_VALUES.includes(v.toLowerCase())) throw new InvalidArgumentError(`Allowed choices are ${LANG_VALUES.join(", ")}.`);
        return lang;
      });
    }
    cmd.addOption(option);
  }
  cmd.addHelpText("after", `\n${L(`cmd.${spec.name}.example`)}`);
  cmd.action(async (...all: unknown[]) => run(spec, all[all.length - 1] as Command, all.slice(0, -2)));
}

/**
 * commander's own errors (unknown option, missing argument, a value not in
 * the choices) as one line in the user's language, with the suggestion and
 * where to find help.
 */
export function commanderMessage(e: CommanderError, lang: Context["lang"], command: string | undefined): string | undefined {
  const m = e.message.replace(/^error: /, "");
  // "-f, --format <format>" is said as "--format"
  const quoted = [...m.matchAll(/'([^']*)'/g)].map((x) => /--[\w-]+/.exec(x[1]!)?.[0] ?? x[1]!);
  const near = /\(Did you mean (.+)\?\)/.exec(m)?.[1];
  let text: string | undefined;
  switch (e.code) {
    case "commander.unknownOption":
      text = t(lang, "cli.unknownOption", { option: quoted[0] ?? "" });
      break;
    case "commander.unknownCommand":
      text = t(lang, "cli.unknownCommand", { command: quoted[0] ?? "" });
      break;
    case "commander.missingArgument":
      text = t(lang, "cli.missingArgument", { name: quoted[0] ?? "" });
      break;
    case "commander.optionMissingArgument":
      text = t(lang, "cli.optionMissingArgument", { option: quoted[0] ?? "" });
      break;
    case "commander.missingMandatoryOptionValue":
      text = t(lang, "cli.missingMandatoryOption", { option: quoted[0] ?? "" });
      break;
    case "commander.excessArguments":
      text = t(lang, "cli.excessArguments", { expected: /Expected (\d+)/.exec(m)?.[1] ?? "?" });
      break;
    case "commander.invalidArgument": {
      const allowed = /Allowed choices are (.+?)\.?$/m.exec(m)?.[1] ?? "";
      text = t(lang, "cli.invalidChoice", { value: quoted[1] ?? "", option: quoted[0] ?? "", allowed });
      break;
    }
    default:
      return undefined;
  }
  const hint = near ? ` — ${t(lang, "cli.didYouMean", { suggestion: near })}` : ".";
  return `${text}${hint} ${t(lang, "cli.seeHelp", { command: command ? `plan ${command}` : "plan" })}`;
}

/**
 * Wires the commands of the table. Exit codes are decided here and nowhere
 * else: 0 fine, 1 problems found, 2 could not run.
 */
export async function main(argv: string[]): Promise<number> {
  // `plan show 2025 | head`: a reader that stops early is not an error
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
  const lang = languageFromEnv(process.env);
  const L = (id: string) => t(lang, id);
  let code = 0;
  let ctx: Context | undefined;

  const run = async (spec: CommandSpec, cmd: Command, args: unknown[]) => {
    const globals = cmd.optsWithGlobals() as { dir?: string; quiet?: boolean; debug?: boolean };
    ctx = createContext(globals);
    let dir = globals.dir ?? ".";
    let opts: Record<string, unknown> = { ...cmd.opts() };
    if (globals.dir === undefined && spec.findWorkspace !== false) {
      const { findWorkspace } = await import("../read/workspace.js");
      const found = findWorkspace(process.cwd());
      if (found !== process.cwd()) {
        dir = found;
        // what the person typed as a path stays relative to where they are
        args = args.map((a, i) => (spec.args?.[i]?.file ? (Array.isArray(a) ? a.map(fromHere) : fromHere(a)) : a));
        for (const o of spec.options ?? []) {
          const key = new Option(o.flags).attributeName();
          if (o.file && opts[key] !== undefined) opts = { ...opts, [key]: fromHere(opts[key]) };
        }
      }
    }
    code = await spec.run(ctx, args, { ...opts, dir });
  };

  const program = new Command("plan")
    .description(L("cli.description"))
    .version(pkg.version, "-v, --version", L("cli.version"))
    .helpOption("-h, --help", L("cli.help"))
    .option("-C, --dir <path>", L("cli.dir"))
    .option("-q, --quiet", L("cli.quiet"))
    .option("--debug", L("cli.debug"))
    .exitOverride()
    // commander's errors are said by commanderMessage below, in one line
    .configureOutput({ outputError: () => {} })
    .helpCommand("help [command]", L("cli.help"))
    .configureHelp({ formatHelp: localHelp(L), optionDescription: localOptionDescription(L) });

  for (const spec of COMMANDS) addCommand(program, spec, L, run);

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      const names = COMMANDS.map((c) => c.name);
      const command = argv.slice(2).find((a) => names.includes(a));
      const line = commanderMessage(e, lang, command);
      const color = createContext({}).color;
      if (line) process.stderr.write(`${color.red(t(lang, "label.error"))}: ${line}\n`);
      else if (e.code !== "commander.help") process.stderr.write(`${e.message}\n`);
      return 2;
    }
    const c = ctx ?? createContext({ debug: argv.includes("--debug") });
    printError(c, e);
    // PlanError and InputErrors: the input is wrong; anything else: a bug. Either way it could not run.
    return 2;
  }
}
