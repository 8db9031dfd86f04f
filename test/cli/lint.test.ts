import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan } from "../helpers/cli.js";

const DRAFT = `# Verksamhetsplan 2025

## Klubben Verkstan

### Viktiga datum

- Skyddsombudens dag tisdag 22 oktober

## 1. Studier

- 1.1 Vi ska arbeta för att för att ordna kurser.
- 1.3 Vi ska genomföra minst 4 studiecirklar.
`;

function workspace(text = DRAFT): string {
  const dir = copyWorkspace("examples/distrikt");
  writeFileSync(join(dir, "plans", "2025.md"), text);
  return dir;
}

describe("plan lint", () => {
  it("stylish: grouped by file, line:col level message rule, a summary; exit 1 on errors", () => {
    const dir = workspace();
    const r = plan(["lint", "plans/2025.md"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        "plans/2025.md",
        "  7:1   fel      22 oktober 2025 är en onsdag, inte en tisdag  date/weekday-mismatch",
        '  11:1  varning  "för att för att": ordet upprepas             text/repeated-word',
        "  12:1  varning  1.3 följer på 1.1 — saknas 1.2?               activity/numbering-gap",
        "",
        "✖ 3 problem (1 fel, 2 varningar)", // counts what is shown (issue 13)
        "1 notering visas inte; se den med --info",
        "",
      ].join("\n"),
    );
  });

  it("json: one array, one entry per file, 1-based positions", () => {
    const dir = workspace();
    const r = plan(["lint", "plans/2025.md", "--format", "json"], { cwd: dir });
    const json = JSON.parse(r.stdout);
    expect(json[0].file).toBe("plans/2025.md");
    expect(json[0].messages[0]).toEqual({ ruleId: "date/weekday-mismatch", severity: "error", line: 7, column: 1, message: "22 oktober 2025 är en onsdag, inte en tisdag" });
  });

  it("sarif 2.1.0 for code scanning", () => {
    const dir = workspace();
    const sarif = JSON.parse(plan(["lint", "plans/2025.md", "--format", "sarif"], { cwd: dir }).stdout);
    expect(sarif.version).toBe("2.1.0");
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe("plan");
    expect(run.tool.driver.rules.length).toBeGreaterThan(20);
    expect(run.results[0]).toMatchObject({
      ruleId: "date/weekday-mismatch",
      level: "error",
      locations: [{ physicalLocation: { artifactLocation: { uri: "plans/2025.md" }, region: { startLine: 7, startColumn: 1 } } }],
    });
  });

  it("github: workflow annotations", () => {
    const dir = workspace();
    const r = plan(["lint", "plans/2025.md", "--format", "github"], { cwd: dir });
    expect(r.stdout.split("\n")[0]).toBe("::error file=plans/2025.md,line=7,col=1,title=date/weekday-mismatch::22 oktober 2025 är en onsdag, inte en tisdag");
    expect(r.stdout).toContain("::notice file=plans/2025.md");
  });

  it("--max-warnings, levels from the config, and exit 0 when clean", () => {
    const dir = workspace(DRAFT.replace("tisdag", "onsdag"));
    expect(plan(["lint", "plans/2025.md"], { cwd: dir }).code).toBe(0);
    expect(plan(["lint", "plans/2025.md", "--max-warnings", "1"], { cwd: dir }).code).toBe(1);
    writeFileSync(join(dir, "plan.config.yaml"), "lint:\n  rules:\n    text/repeated-word: off\n    activity/numbering-gap: error\n");
    const r = plan(["lint", "plans/2025.md", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string; severity: string }) => `${m.ruleId} ${m.severity}`)).toEqual([
      "activity/vague-verb info",
      "activity/numbering-gap error",
    ]);
  });

  it("an unknown rule in the config is an input error with a suggestion", () => {
    const dir = workspace();
    writeFileSync(join(dir, "plan.config.yaml"), "lint:\n  rules:\n    text/repeated-words: off\n");
    const r = plan(["lint", "plans/2025.md"], { cwd: dir });
    expect(r.code).toBe(2);
    // a fatal finding on plan.config.yaml, in the output like every finding (issue 13)
    expect(r.stdout).toMatch(/plan\.config\.yaml\n.*okänd lint-regel.*menade du "text\/repeated-word"\?.*file\/unreadable/);
  });

  it("<!-- plan-lint-disable rule-id --> silences that rule on the next item", () => {
    const dir = workspace(DRAFT.replace("- 1.3 Vi ska", "<!-- plan-lint-disable activity/numbering-gap -->\n- 1.3 Vi ska"));
    const r = plan(["lint", "plans/2025.md", "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain("activity/numbering-gap");
  });

  it("--fix removes a repeated word, and nothing else", () => {
    const dir = workspace();
    const r = plan(["lint", "plans/2025.md", "--fix", "--format", "json"], { cwd: dir });
    expect(r.stderr).toContain("rättade 1 problem i plans/2025.md");
    const text = readFileSync(join(dir, "plans", "2025.md"), "utf8");
    expect(text).toBe(DRAFT.replace("för att för att", "för att"));
    expect(JSON.parse(r.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain("text/repeated-word");
  });

  it("a year lints the plan and its outcomes, with did you mean for unknown ids", () => {
    const dir = copyWorkspace("examples/distrikt");
    const path = join(dir, "outcomes", "2025.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("ung-minst-40-deltagare:", "ung-minst-40-deltagre:").replace("actual: 41", "actual: fyrtio"));
    const r = plan(["lint", "2025", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout) as Array<{ file: string; messages: Array<{ ruleId: string; message: string }> }>;
    const outcomes = files.find((f) => f.file === "outcomes/2025.yaml")!;
    expect(outcomes.messages.map((m) => m.ruleId)).toEqual(["outcome/invalid-value"]);
    expect(outcomes.messages[0]!.message).toContain('"fyrtio" är inget tal');
    writeFileSync(path, readFileSync(path, "utf8").replace("actual: fyrtio", "actual: 41"));
    const again = JSON.parse(plan(["lint", "2025", "--format", "json"], { cwd: dir }).stdout) as typeof files;
    const msgs = again.find((f) => f.file === "outcomes/2025.yaml")!.messages;
    expect(msgs.find((m) => m.ruleId === "outcome/unknown-activity")!.message).toContain('menade du "ung-minst-40-deltagare"?');
    expect(msgs.filter((m) => m.ruleId === "outcome/missing").length).toBe(2);
  });

  it("without arguments lints every plan in plans/ and its year's outcomes", () => {
    const r = plan(["lint", "--format", "json", "-C", "examples/numrerad"]);
    const files = JSON.parse(r.stdout);
    expect(files.map((f: { file: string }) => f.file)).toEqual(["examples/numrerad/plans/2025.txt", "examples/numrerad/outcomes/2025.yaml"]);
    expect(files[0].messages.map((m: { ruleId: string }) => m.ruleId)).toContain("activity/numbering-gap");
  });

  it("a file that cannot be read is exit 2", () => {
    expect(plan(["lint", "plans/finns-inte.md"]).code).toBe(2);
  });
});

describe("precision on plans shaped like the real ones (regressions from the seeds)", () => {
  it("the district example has no errors, only the ### area among ## areas (and the missing outcome)", () => {
    const r = plan(["lint", "2025", "-C", "examples/distrikt", "--format", "json"]);
    expect(r.code).toBe(0);
    const all = (JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string; severity: string }> }>).flatMap((f) => f.messages);
    expect(all.filter((m) => m.severity !== "info").map((m) => m.ruleId)).toEqual(["heading/inconsistent-level", "outcome/missing"]);
  });
});
