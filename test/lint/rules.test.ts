import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES, PACKS } from "../../src/i18n/lang/index.js";
import { lint } from "../../src/lint/engine.js";
import { findingText } from "../../src/lint/message-text.js";
import { RULES } from "../../src/lint/rules/index.js";
import type { LintContext, Rule } from "../../src/lint/types.js";
import { Config } from "../../src/model/config.js";
import { outcomesContext } from "../../src/lint/outcomes-context.js";
import { configContext } from "../../src/lint/config-context.js";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { planToYaml } from "../../src/render/plan/plan-to-yaml.js";
import { plan as runPlan } from "../helpers/cli.js";

const FIXTURES = "test/fixtures/lint";
const folderOf = (rule: Rule) => rule.id.replace("/", "-");

function context(file: string, text: string, outcomesText?: string, configText?: string): LintContext {
  const { plan, diagnostics, format } = parsePlan({ path: file, text });
  const ctx: LintContext = { plan, file, lines: text.split("\n"), format, parseDiagnostics: diagnostics, scoring: Config.parse({}).scoring };
  if (outcomesText !== undefined) ctx.outcomes = outcomesContext(outcomesText, "outcomes.yaml", 2025, plan.language);
  if (configText !== undefined) ctx.config = configContext(configText, "plan.config.yaml");
  return ctx;
}

const configOf = (dir: string, name: string) => {
  const path = join(dir, `${name}.config.yaml`);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
};

function run(rule: Rule, name: "ok" | "not-ok") {
  const dir = join(FIXTURES, folderOf(rule));
  const out = join(dir, `${name}.outcomes.yaml`);
  const ctx = context("plan.md", readFileSync(join(dir, `${name}.md`), "utf8"), existsSync(out) ? readFileSync(out, "utf8") : undefined, configOf(dir, name));
  return { ctx, messages: lint(ctx, {}, [rule]) };
}

const brief = (m: { source: { file: string; line: number; column: number }; severity: string; ruleId: string }) =>
  `${m.source.file === "plan.md" ? "" : `${m.source.file} `}${m.source.line}:${m.source.column} ${m.severity} ${m.ruleId}`;

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (_id, rule) => {
  it("finds nothing in ok.md", () => {
    const { ctx, messages } = run(rule, "ok");
    expect(messages.map((m) => `${brief(m)}  ${findingText(m, ctx.plan.language)}`)).toEqual([]);
  });

  it("finds what not-ok.expected.txt says in not-ok.md", () => {
    const expected = readFileSync(join(FIXTURES, folderOf(rule), "not-ok.expected.txt"), "utf8").trim().split("\n");
    expect(run(rule, "not-ok").messages.map(brief)).toEqual(expected);
  });

  it.skipIf(Boolean(rule.formats))("the same plan written as YAML gives the same findings", () => {
    const { ctx, messages } = run(rule, "not-ok");
    const yaml = planToYaml(ctx.plan);
    const out = join(FIXTURES, folderOf(rule), "not-ok.outcomes.yaml");
    const yctx = context("plan.yaml", yaml, existsSync(out) ? readFileSync(out, "utf8") : undefined, configOf(join(FIXTURES, folderOf(rule)), "not-ok"));
    // the same findings, wherever they are: line numbers in the evidence differ between the two files
    const words = (ms: typeof messages, c: LintContext) =>
      ms.map((m) => `${m.ruleId} ${m.severity} ${findingText({ ...m, data: { ...m.data, line: 0 } }, c.plan.language)}`);
    expect(words(lint(yctx, {}, [rule]), yctx)).toEqual(words(messages, ctx));
  });
});

describe("the rule registry is honest", () => {
  it("is alphabetical, one file per rule named after its id, with fixtures", () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    const files = readdirSync("src/lint/rules").filter((f) => f !== "index.ts");
    expect(files.sort()).toEqual(ids.map((id) => `${id.replace("/", "-")}.ts`).sort());
    for (const id of ids) {
      for (const f of ["ok.md", "not-ok.md", "not-ok.expected.txt"]) expect(existsSync(join(FIXTURES, id.replace("/", "-"), f)), `${id}/${f}`).toBe(true);
    }
  });

  it("every rule has a description and its messages in every language pack", () => {
    for (const rule of RULES) {
      for (const lang of LANGUAGES) {
        const table = PACKS[lang].messages;
        expect(table[`${rule.id}.description`], `${lang} ${rule.id}.description`).toBeTruthy();
        if (rule.id !== "outcome/invalid-value") expect(table[rule.id], `${lang} ${rule.id}`).toBeTruthy();
      }
    }
  });

  it("every rule is listed by plan lint --rules, with its level", () => {
    const r = runPlan(["lint", "--rules"], { env: { LANG: "en_GB.UTF-8" } });
    expect(r.code).toBe(0);
    for (const rule of RULES) expect(r.stdout).toContain(`${rule.id}\t${rule.defaultLevel}\t`);
  });
});
