import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan } from "../helpers/cli.js";

describe("plan report on the bundled example", () => {
  it("writes the Swedish report to reports/ and exits 0", () => {
    const dir = copyWorkspace("examples/distrikt");
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    const r = plan(["report", "2025", "-C", dir, "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const md = readFileSync(join(dir, "reports", "verksamhetsberattelse-2025.md"), "utf8");
    expect(md).toContain("# Verksamhetsberättelse 2025");
    expect(md).toContain("## Indikatorer på måluppfyllelse");
    expect(md).toMatch(/- 240 deltagare i grundläggande utbildning för förtroendevalda — Resultat: 260 planerade \/ 251 genomförda \/ mål 240 deltagare · 105\u00a0%/);
    expect(md).toContain("## Utanför verksamhetsplanen");
    expect(r.stderr).toContain("1 av 40 aktiviteter saknar utfall");
    // nothing half-written is left behind
    expect(readdirSync(join(dir, "reports"))).toEqual(["verksamhetsberattelse-2025.md"]);
  });

  it.each([
    ["distrikt", "verksamhetsberattelse-2025.md"],
    ["numrerad", "verksamhetsberattelse-2025.md"],
    ["handlingsplan", "arsberetning-2025.md"],
    ["english", "annual-report-2025.md"],
  ])("the committed report of examples/%s is what the tool writes today (golden)", async (ws, file) => {
    const r = plan(["report", "2025", "-C", `examples/${ws}`, "--format", "md", "--stdout"]);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../../examples/${ws}/reports/${file}`);
  });

  it("same input, same bytes", () => {
    const a = plan(["report", "2025", "-C", "examples/distrikt", "--format", "md", "--stdout"]);
    const b = plan(["report", "2025", "-C", "examples/distrikt", "--format", "md", "--stdout"]);
    expect(a.stdout).toBe(b.stdout);
  });

  it("--format json --stdout prints only the JSON report on stdout", () => {
    const r = plan(["report", "2025", "-C", "examples/distrikt", "--format", "json", "--stdout"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.totals).toMatchObject({ green: 24, yellow: 10, red: 3, notScored: 2, notReported: 1 });
    expect(r.stderr).not.toBe("");
  });

  it("--strict turns not reported activities into exit 1", () => {
    const r = plan(["report", "2025", "-C", "examples/distrikt", "--format", "md", "--stdout", "--strict"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^fel: 1 av 40 aktiviteter saknar utfall/m);
  });
});

describe("plan report when something is missing or wrong (exit 2, nothing written)", () => {
  it("no outcomes: names the expected path and suggests plan outcomes", () => {
    const dir = copyWorkspace("examples/distrikt");
    rmSync(join(dir, "outcomes", "2025.yaml"));
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("inget utfall för 2025: väntade outcomes/2025.yaml");
    expect(r.stderr).toContain('plan outcomes 2025');
    expect(existsSync(join(dir, "reports"))).toBe(false);
  });

  it("no plan for the year: lists the plans it found", () => {
    const r = plan(["report", "2019", "-C", "examples/distrikt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ingen plan för 2019");
    expect(r.stderr).toContain("plans/2025.md");
  });

  it("two plans for one year", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "plans", "2025-2026.md"), "# Plan 2025-2026\n");
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("flera planer gäller 2025: plans/2025-2026.md, plans/2025.md");
  });

  it("a typo in an outcome id: file, line, and did you mean", () => {
    const dir = copyWorkspace("examples/distrikt");
    const path = join(dir, "outcomes", "2025.yaml");
    writeFileSync(path, readFileSync(path, "utf8").replace("  ung-minst-40-deltagare:", "  ung-minst-40-deltagre:"));
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/fel: .*outcomes\/2025\.yaml:\d+:3: utfall för "ung-minst-40-deltagre"/);
    expect(r.stderr).toContain('menade du "ung-minst-40-deltagare"?');
    expect(r.stderr).not.toMatch(/at .*\.js/); // no stack trace
    expect(existsSync(join(dir, "reports"))).toBe(false);
  });

  it("an existing report is left as it was when the new one cannot be made", () => {
    const dir = copyWorkspace("examples/distrikt");
    const report = join(dir, "reports", "verksamhetsberattelse-2025.md");
    const before = readFileSync(report, "utf8");
    writeFileSync(join(dir, "outcomes", "2025.yaml"), "year: 2025\nactivities:\n  - oops\n");
    const r = plan(["report", "2025", "-C", dir]);
    expect(r.code).toBe(2);
    expect(readFileSync(report, "utf8")).toBe(before);
  });

  it("a year that is not a year is a usage error", () => {
    const r = plan(["report", "tjugotjugofem"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"tjugotjugofem" är inget år');
  });

  it("speaks English when the locale is English", () => {
    // (the example's config says "language: sv", which would win; this workspace has no config)
    const r = plan(["report", "2019", "-C", "test/fixtures/lights-2023"], { env: { LANG: "en_GB.UTF-8" } });
    expect(r.stderr).toContain("error: ");
    expect(r.stderr).toContain("no plan for 2019");
  });
});

describe("plan show", () => {
  it("prints the outline with ids and targets", () => {
    const r = plan(["show", "2025", "-C", "examples/distrikt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("8 områden, 40 aktiviteter");
    expect(r.stdout).toMatch(/ung-minst-80-deltagare {2}Minst 80 deltagare i Ung i facket/);
    expect(r.stdout).toContain('måltal: minst 80 deltagare (Ung i facket)  ← "Minst 80 deltagare i Ung i facket"');
  });

  it("--format json is the model and nothing else", () => {
    const r = plan(["show", "examples/distrikt/plans/2025.md", "--format", "json"]);
    const model = JSON.parse(r.stdout);
    expect(model.areas).toHaveLength(8);
    expect(model.source).toEqual({ file: expect.stringContaining("2025.md"), line: 1, column: 1 });
  });

  it("a missing file is exit 2 with the path", () => {
    const r = plan(["show", "plans/finns-inte.md"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("fel: plans/finns-inte.md: filen finns inte");
  });
});

describe("start-up", () => {
  it("--version prints the version from package.json", () => {
    const r = plan(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
  });

  it("--version loads neither remark, yaml, zod nor pdfkit: the static import graph of the CLI entry", () => {
    type Meta = { outputs: Record<string, { imports: Array<{ path: string; kind: string }>; inputs: Record<string, unknown> }> };
    const meta = JSON.parse(readFileSync("dist/meta.json", "utf8")) as Meta;
    const seen = new Set<string>();
    const walk = (out: string) => {
      if (seen.has(out)) return;
      seen.add(out);
      for (const i of meta.outputs[out]!.imports) if (i.kind === "import-statement" && meta.outputs[i.path]) walk(i.path);
    };
    walk("dist/main.js");
    const inputs = [...seen].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
    expect(inputs.some((i) => i.includes("node_modules/commander/"))).toBe(true);
    for (const heavy of ["remark-parse", "micromark", "unified", "yaml", "zod", "pdfkit"]) {
      expect(inputs.filter((i) => i.includes(`node_modules/${heavy}/`))).toEqual([]);
    }
    const staticImports = [...seen].flatMap((o) => meta.outputs[o]!.imports.filter((i) => i.kind === "import-statement").map((i) => i.path));
    expect(staticImports).not.toContain("pdfkit");
    // and they are reachable lazily, so the check above is not vacuous
    expect(Object.values(meta.outputs).some((o) => Object.keys(o.inputs).some((i) => i.includes("node_modules/micromark/")))).toBe(true);
  });
});

describe("plan show --format yaml", () => {
  it("prints the same model as json, as YAML", async () => {
    const { parse } = await import("yaml");
    const y = plan(["show", "examples/distrikt/plans/2025.md", "--format", "yaml"]);
    const j = plan(["show", "examples/distrikt/plans/2025.md", "--format", "json"]);
    expect(y.code).toBe(0);
    expect(parse(y.stdout)).toEqual(JSON.parse(j.stdout));
  });
});

describe("plan schema", () => {
  it.each(["plan", "outcomes", "config", "report"])("the committed schemas/%s.schema.json is what plan schema prints", (kind) => {
    const r = plan(["schema", kind]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`schemas/${kind}.schema.json`, "utf8")));
    expect(JSON.parse(r.stdout).properties).toBeDefined();
  });

  it("examples point the YAML language server at them", () => {
    for (const f of ["examples/english/plans/2025.yaml", "examples/english/outcomes/2025.yaml", "examples/distrikt/plan.config.yaml"]) {
      expect(readFileSync(f, "utf8").split("\n")[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+schemas\/\w+\.schema\.json$/);
    }
  });
});

describe("plan convert", () => {
  it("text pasted from Word becomes the Markdown loose mode understood", () => {
    const r = plan(["convert", "examples/numrerad/plans/2025.txt", "--to", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("## 3. Ungdomsverksamhet");
    expect(r.stdout).toContain("- 5.1 Vi ska delta i förbundets rekryteringsvecka");
  });

  it("never writes over its input", () => {
    const r = plan(["convert", "examples/numrerad/plans/2025.txt", "--to", "md", "-o", "examples/numrerad/plans/2025.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("skriver inte över indatafilen");
  });
});

describe("reports in Norwegian and English", () => {
  it.each([
    ["examples/handlingsplan", "arsberetning-2025.md", "# Årsberetning 2025", "🟢 **God måloppnåelse**"],
    ["examples/english", "annual-report-2025.md", "# Annual report 2025", "🟢 **Met**"],
    ["examples/numrerad", "verksamhetsberattelse-2025.md", "# Verksamhetsberättelse 2025", "- 5.3 Vi ska värva minst 150 nya medlemmar under året. — Resultat: 171 av 150 medlemmar"],
  ])("%s → %s", (ws, file, heading, line) => {
    const dir = copyWorkspace(ws);
    rmSync(join(dir, "reports"), { recursive: true, force: true });
    const r = plan(["report", "2025", "-C", dir, "--format", "md"]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "reports", file), "utf8");
    expect(md.split("\n")[0]).toBe(heading);
    expect(md).toContain(line);
  });
});
