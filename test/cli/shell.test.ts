import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { colorLevel, normaliseLanguage } from "../../src/cli/context.js";
import { copyWorkspace, plan } from "../helpers/cli.js";

const ANSI = /\u001b\[\d+m/;

/** A draft with one error (a wrong weekday) and two warnings (a repeated word, a gap in the numbering). */
function draft(): string {
  const dir = copyWorkspace("examples/distrikt");
  writeFileSync(
    join(dir, "plans", "2025.md"),
    "# Verksamhetsplan 2025\n\n## Klubben Svarven\n\n### Viktiga datum\n\n- Medlemsmöte tisdag 22 oktober\n\n## 1. Studier\n\n- 1.1 Vi ska ordna ordna kurser.\n- 1.3 Vi ska genomföra minst 4 studiecirklar.\n",
  );
  return dir;
}

describe("the workspace is found upward from the current folder", () => {
  it("in plans/, plan report writes to the workspace's reports/, and a file typed there is read from there", () => {
    const dir = copyWorkspace("examples/distrikt");
    const inPlans = join(dir, "plans");
    const r = plan(["report", "2025", "--format", "md"], { cwd: inPlans });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "reports", "verksamhetsberattelse-2025.md"))).toBe(true);
    expect(existsSync(join(inPlans, "reports"))).toBe(false);
    const show = plan(["show", "2025.md", "--format", "json"], { cwd: inPlans });
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout).areas).toHaveLength(8);
  });

  it("two levels down, by plan.config.yaml alone", () => {
    const dir = copyWorkspace("examples/distrikt");
    const deep = join(dir, "dokument", "utkast");
    mkdirSync(deep, { recursive: true });
    const r = plan(["lint", "2025", "--format", "json"], { cwd: deep });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((f: { file: string }) => f.file)).toEqual([join(dir, "plans", "2025.md"), join(dir, "outcomes", "2025.yaml")]);
  });

  it("-C still means exactly that folder", () => {
    const dir = copyWorkspace("examples/distrikt");
    const r = plan(["report", "2025", "-C", "plans", "--format", "md"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plans/");
  });
});

describe("commander's errors: one line, the suggestion, where the help is, in the user's language", () => {
  it("a mistyped option (Swedish)", () => {
    const r = plan(["report", "2025", "--fromat", "md", "-C", "examples/distrikt"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('fel: okänt alternativ --fromat — menade du --format? Kör "plan report --help" för hjälp.\n');
  });

  it("a mistyped command (Norwegian), and a value not among the choices (English)", () => {
    const cmd = plan(["reprot", "2025"], { env: { LANG: "nb_NO.UTF-8" } });
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe('feil: ukjent kommando "reprot" — mente du report? Kjør "plan --help" for hjelp.\n');
    const choice = plan(["show", "2025", "--format", "xml", "-C", "examples/distrikt"], { env: { LANG: "en_GB.UTF-8" } });
    expect(choice.code).toBe(2);
    expect(choice.stderr).toBe('error: "xml" is not allowed for --format (use text, json, yaml). Run "plan show --help" for help.\n');
  });

  it("a missing argument and too many arguments", () => {
    const missing = plan(["report"]);
    expect(missing.stderr).toBe('fel: argumentet <year> saknas. Kör "plan report --help" för hjälp.\n');
    const many = plan(["show", "2025", "2026"]);
    expect(many.stderr).toBe('fel: för många argument (väntade 1). Kör "plan show --help" för hjälp.\n');
    expect([missing.code, many.code]).toEqual([2, 2]);
  });

  it("--help is in the user's language, defaults included", () => {
    const r = plan(["show", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Användning: plan show/);
    expect(r.stdout).toContain("text, json eller yaml (standard: text)");
  });
});

describe("--quiet shows errors only", () => {
  it("lint: the warnings are gone, the error stays", () => {
    const dir = draft();
    const loud = plan(["lint", "plans/2025.md"], { cwd: dir });
    expect(loud.stdout).toContain("text/repeated-word");
    const quiet = plan(["lint", "plans/2025.md", "--quiet"], { cwd: dir });
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toContain("text/repeated-word");
    expect(quiet.stdout).not.toContain("activity/numbering-gap");
    expect(quiet.stdout).toContain("date/weekday-mismatch");
    expect(quiet.stdout).toContain("✖ 1 problem (1 fel, 0 varningar, 0 noteringar)");
  });

  it("report: nothing on standard error when all is well", () => {
    const dir = copyWorkspace("examples/distrikt");
    const r = plan(["report", "2025", "--format", "md", "--quiet"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe("colour follows FORCE_COLOR and NO_COLOR as chalk documents", () => {
  const lint = (env: Record<string, string>) => plan(["lint", "plans/2025.md"], { cwd: draft(), env });

  it("FORCE_COLOR=1 colours a pipe, FORCE_COLOR=0 does not, and without it a pipe is plain", () => {
    const forced = lint({ FORCE_COLOR: "1" });
    expect(forced.stdout).toContain("date/weekday-mismatch");
    expect(forced.stdout).toMatch(ANSI);
    expect(lint({ FORCE_COLOR: "0" }).stdout).not.toMatch(ANSI);
    expect(lint({ NO_COLOR: "" }).stdout).not.toMatch(ANSI);
  });

  it("the rules, as a table", () => {
    expect(colorLevel({ FORCE_COLOR: "1" }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: "" }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: "true" }, false)).toBe(1);
    expect(colorLevel({ FORCE_COLOR: "3" }, false)).toBe(3);
    expect(colorLevel({ FORCE_COLOR: "0" }, true)).toBe(0);
    expect(colorLevel({ FORCE_COLOR: "false" }, true)).toBe(0);
    expect(colorLevel({ NO_COLOR: "1" }, true)).toBe(0);
    expect(colorLevel({ NO_COLOR: "" }, true)).toBe(1); // empty NO_COLOR is not set (no-color.org)
    expect(colorLevel({}, true)).toBe(1);
    expect(colorLevel({}, false)).toBe(0);
  });
});

describe("--lang takes no as Norwegian, nn as nynorsk (read with the Norwegian words, reported with the bokmål templates)", () => {
  it("plan init --lang no writes the Norwegian workspace; report --lang nn the Norwegian report", () => {
    const root = mkdtempSync(join(tmpdir(), "plan-lang-"));
    expect(plan(["init", "ws", "--lang", "no"], { cwd: root }).code).toBe(0);
    expect(readFileSync(join(root, "ws", "plan.config.yaml"), "utf8")).toContain("language: nb");
    const r = plan(["report", "2025", "--lang", "nn", "--format", "md", "--stdout", "-C", "examples/distrikt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Årsberetning 2025/);
    const bad = plan(["report", "2025", "--lang", "de", "-C", "examples/distrikt"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("(använd sv, nb, no, en, nn, da)");
  });

  it("the codes a person may type", () => {
    expect(["sv", "sv_SE.UTF-8", "no", "nn_NO", "nb-NO", "en_GB", "de_DE", "C.UTF-8", ""].map(normaliseLanguage)).toEqual([
      "sv",
      "sv",
      "nb",
      "nn",
      "nb",
      "en",
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("small frictions", () => {
  it("plan show exits 1 when it printed an error", () => {
    const dir = copyWorkspace("examples/distrikt");
    const path = join(dir, "plans", "2025.md");
    writeFileSync(path, readFileSync(path, "utf8").replace("Årsmöte i Älvbygden 23 april", "Årsmöte i Älvbygden 31 juni"));
    const r = plan(["show", "2025"], { cwd: dir });
    expect(r.stderr).toContain("31 juni");
    expect(r.code).toBe(1);
    expect(plan(["show", "2025", "-C", "examples/distrikt"]).code).toBe(0);
  });
});
