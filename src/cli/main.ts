import { Command, CommanderError, Help } from "commander";
import { t } from "../i18n/t.js";
import { createContext, languageFromEnv, printError, type Context } from "./context.js";
import pkg from "../../package.json" with { type: "json" };

/**
 * Wires the commands. Each command's module is imported only when it runs,
 * so `plan --version` loads neither remark nor yaml nor zod. Exit codes are
 * decided here and nowhere else: 0 fine, 1 problems found, 2 could not run.
 */
export async function main(argv: string[]): Promise<number> {
  const lang = languageFromEnv(process.env);
  const L = (id: string) => t(lang, id);
  let code = 0;
  let ctx: Context | undefined;
  const context = (cmd: Command): Context => {
    const o = cmd.optsWithGlobals() as { quiet?: boolean; debug?: boolean };
    ctx = createContext(o);
    return ctx;
  };

  const withDir = <T extends object>(cmd: Command, opts: T): T & { dir: string } => {
    const globals = cmd.optsWithGlobals() as { dir?: string };
    return { ...opts, dir: globals.dir ?? "." };
  };

  const program = new Command("plan")
    .description(L("cli.description"))
    .version(pkg.version, "-v, --version", L("cli.version"))
    .helpOption("-h, --help", L("cli.help"))
    .option("-C, --dir <path>", L("cli.dir"))
    .option("-q, --quiet", L("cli.quiet"))
    .option("--debug", L("cli.debug"))
    .showHelpAfterError()
    .exitOverride()
    .helpCommand("help [command]", L("cli.help"))
    .configureHelp({
      // commander writes its headings in English; say them in the user's language
      formatHelp: (cmd, helper) =>
        Help.prototype.formatHelp
          .call(helper, cmd, helper)
          .replace(/^Usage:/m, L("help.usage"))
          .replace(/^Arguments:/m, L("help.arguments"))
          .replace(/^Options:/m, L("help.options"))
          .replace(/^Commands:/m, L("help.commands"))
          .replace(/\(default: ("?)([^)"]*)\1\)/g, (_m, _q, v: string) => `(${L("help.default")}: ${v})`),
    });

  program
    .command("init")
    .argument("[dir]")
    .description(L("cmd.init"))
    .option("--lang <lang>", L("cmd.init.lang"))
    .option("--name <organisation>", L("cmd.init.name"))
    .addHelpText("after", `\n${L("cmd.init.example")}`)
    .action(async (dir: string | undefined, opts, cmd: Command) => {
      const { initCommand } = await import("./commands/init.js");
      code = await initCommand(context(cmd), dir, withDir(cmd, opts));
    });

  program
    .command("show")
    .argument("<file|year>")
    .description(L("cmd.show"))
    .option("-f, --format <format>", L("cmd.show.format"), "text")
    .addHelpText("after", `\n${L("cmd.show.example")}`)
    .action(async (arg: string, opts, cmd: Command) => {
      const { showCommand } = await import("./commands/show.js");
      code = await showCommand(context(cmd), arg, withDir(cmd, opts));
    });

  program
    .command("report")
    .argument("<year>")
    .description(L("cmd.report"))
    .option("-f, --format <format>", L("cmd.report.format"), "all")
    .option("-o, --out <dir>", L("cmd.report.out"))
    .option("--stdout", L("cmd.report.stdout"))
    .option("--strict", L("cmd.report.strict"))
    .option("--plan <file>", L("cmd.report.plan"))
    .option("--lang <lang>", L("cmd.report.lang"))
    .addHelpText("after", `\n${L("cmd.report.example")}`)
    .action(async (year: string, opts, cmd: Command) => {
      const { reportCommand } = await import("./commands/report.js");
      code = await reportCommand(context(cmd), year, withDir(cmd, opts));
    });

  program
    .command("lint")
    .argument("[files-or-year...]")
    .description(L("cmd.lint"))
    .option("-f, --format <format>", L("cmd.lint.format"), "stylish")
    .option("--max-warnings <n>", L("cmd.lint.maxWarnings"))
    .option("--rules", L("cmd.lint.rules"))
    .option("--fix", L("cmd.lint.fix"))
    .option("--info", L("cmd.lint.info"))
    .addHelpText("after", `\n${L("cmd.lint.example")}`)
    .action(async (args: string[], opts, cmd: Command) => {
      const { lintCommand } = await import("./commands/lint.js");
      code = await lintCommand(context(cmd), args, withDir(cmd, opts));
    });

  program
    .command("outcomes")
    .argument("<year>")
    .description(L("cmd.outcomes"))
    .option("--csv", L("cmd.outcomes.csv"))
    .option("--force", L("cmd.outcomes.force"))
    .addHelpText("after", `\n${L("cmd.outcomes.example")}`)
    .action(async (year: string, opts, cmd: Command) => {
      const { outcomesCommand } = await import("./commands/outcomes.js");
      code = await outcomesCommand(context(cmd), year, withDir(cmd, opts));
    });

  program
    .command("next")
    .argument("<year>")
    .description(L("cmd.next"))
    .addHelpText("after", `\n${L("cmd.next.example")}`)
    .action(async (year: string, opts, cmd: Command) => {
      const { nextCommand } = await import("./commands/next.js");
      code = await nextCommand(context(cmd), year, withDir(cmd, opts));
    });

  program
    .command("diff")
    .argument("<yearA>")
    .argument("<yearB>")
    .description(L("cmd.diff"))
    .option("-f, --format <format>", L("cmd.diff.format"), "text")
    .addHelpText("after", `\n${L("cmd.diff.example")}`)
    .action(async (a: string, b: string, opts, cmd: Command) => {
      const { diffCommand } = await import("./commands/diff.js");
      code = await diffCommand(context(cmd), a, b, withDir(cmd, opts));
    });

  program
    .command("calendar")
    .argument("<year>")
    .description(L("cmd.calendar"))
    .option("--ics", L("cmd.calendar.ics"))
    .addHelpText("after", `\n${L("cmd.calendar.example")}`)
    .action(async (year: string, opts, cmd: Command) => {
      const { calendarCommand } = await import("./commands/calendar.js");
      code = await calendarCommand(context(cmd), year, withDir(cmd, opts));
    });

  program
    .command("convert")
    .argument("<file>")
    .description(L("cmd.convert"))
    .requiredOption("-t, --to <format>", L("cmd.convert.to"))
    .option("-o, --out <file>", L("cmd.convert.out"))
    .addHelpText("after", `\n${L("cmd.convert.example")}`)
    .action(async (file: string, opts, cmd: Command) => {
      const { convertCommand } = await import("./commands/convert.js");
      code = await convertCommand(context(cmd), file, withDir(cmd, opts));
    });

  program
    .command("schema")
    .argument("<plan|outcomes|config|report>")
    .description(L("cmd.schema"))
    .addHelpText("after", `\n${L("cmd.schema.example")}`)
    .action(async (kind: string, _opts, cmd: Command) => {
      const { schemaCommand } = await import("./commands/schema.js");
      code = await schemaCommand(context(cmd), kind);
    });

  program
    .command("status")
    .argument("<year>")
    .description(L("cmd.status"))
    .option("--as-of <date>", L("cmd.status.asOf"))
    .option("-f, --format <format>", L("cmd.status.format"), "text")
    .addHelpText("after", `\n${L("cmd.status.example")}`)
    .action(async (year: string, opts, cmd: Command) => {
      const { statusCommand } = await import("./commands/status.js");
      code = await statusCommand(context(cmd), year, withDir(cmd, opts));
    });

  program
    .command("rollup")
    .argument("<files-or-folders...>")
    .description(L("cmd.rollup"))
    .option("-f, --format <format>", L("cmd.rollup.format"), "md")
    .option("-o, --out <file>", L("cmd.rollup.out"))
    .option("--map <file>", L("cmd.rollup.map"))
    .option("--year <year>", L("cmd.rollup.year"))
    .option("--lang <lang>", L("cmd.rollup.lang"))
    .addHelpText("after", `\n${L("cmd.rollup.example")}`)
    .action(async (paths: string[], opts, cmd: Command) => {
      const { rollupCommand } = await import("./commands/rollup.js");
      code = await rollupCommand(context(cmd), paths, withDir(cmd, opts));
    });

  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === "commander.helpDisplayed" || e.code === "commander.version" ? 0 : 2;
    }
    const c = ctx ?? createContext({ debug: argv.includes("--debug") });
    printError(c, e);
    // PlanError and InputErrors: the input is wrong; anything else: a bug. Either way it could not run.
    return 2;
  }
}
