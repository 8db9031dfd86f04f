import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Rollup } from "../../src/rollup/types.js";
import { copyWorkspace, plan, ROOT } from "../helpers/cli.js";
import { readPdf } from "../helpers/pdf.js";

const FED = "examples/federation";
const branches = readdirSync(join(ROOT, FED), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
/** what the shell makes of examples/federation/*\/reports/*.json */
const reportFiles = branches.flatMap((b) => readdirSync(join(ROOT, FED, b, "reports")).filter((f) => f.endsWith(".json")).map((f) => `${FED}/${b}/reports/${f}`));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function federationCopy(): string {
  const d = copyWorkspace(FED);
  temps.push(d);
  return d;
}

// every test runs the built CLI several times; the machine may be busy
describe("plan rollup on examples/federation", { timeout: 120_000 }, () => {
  it("has three or more branches that each made their JSON report", () => {
    expect(branches.length).toBeGreaterThanOrEqual(3);
    expect(reportFiles).toHaveLength(branches.length);
  });

  it("gives the committed roll-up byte for byte (Markdown and JSON)", () => {
    const md = plan(["rollup", ...reportFiles]);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toBe(readFileSync(join(ROOT, FED, "sammanstallning-2025.md"), "utf8"));
    const json = plan(["rollup", ...reportFiles, "--format", "json"]);
    expect(json.stdout).toBe(readFileSync(join(ROOT, FED, "sammanstallning-2025.json"), "utf8"));
  });

  it("each branch's committed JSON report is what plan report makes today", () => {
    for (const b of branches) {
      const r = plan(["report", "2025", "-C", `${FED}/${b}`, "--format", "json", "--stdout", "-q"]);
      expect(r.stdout).toBe(readFileSync(join(ROOT, FED, b, "reports", "verksamhetsberattelse-2025.json"), "utf8"));
    }
  });

  it("adds up targets that share a unit, counting only reported targets in the share", () => {
    const r = JSON.parse(plan(["rollup", ...reportFiles, "--format", "json"]).stdout) as Rollup;
    const members = r.units.find((u) => u.unit === "medlemmar")!;
    // 60 + 35 + 20 + 25 planned; Västra hamnen (25) has not reported, so 51 + 38 + 9 against 115
    expect(members).toEqual({ unit: "medlemmar", branches: 4, targets: 4, reported: 3, targetAll: 140, targetReported: 115, actual: 98, share: 98 / 115 });
    expect(r.totals).toMatchObject({ green: 10, yellow: 6, red: 1, notScored: 1, notReported: 4 });
    expect(r.missing).toEqual([{ name: "Byggklubben Västra hamnen", reason: "no-outcomes" }]);
    // the same template's ids join "Studier och utbildning" with "Studier"; Åsvik's numbered "1. Studier" joins by title
    const studies = r.areas.find((a) => a.title === "Studier")!;
    expect(studies.alsoNamed).toEqual(["Studier och utbildning"]);
    expect(studies.branches).toHaveLength(4);
  });

  it("reads a folder of branch workspaces the same way, and names a workspace without a report", () => {
    const same = plan(["rollup", FED]);
    expect(same.stdout).toBe(readFileSync(join(ROOT, FED, "sammanstallning-2025.md"), "utf8"));

    const dir = federationCopy();
    rmSync(join(dir, "sodervik", "reports"), { recursive: true });
    const r = plan(["rollup", dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("2 av 4 avdelningar har rapporterat sitt utfall för 2025.");
    expect(r.stdout).toContain("- Byggklubben Södervik — ingen rapport\n- Byggklubben Västra hamnen — en rapport utan något utfall");
  });

  it("joins differently named areas and expects branches from --map", () => {
    const dir = federationCopy();
    writeFileSync(
      join(dir, "omraden.yaml"),
      "title: Byggregionen Mellanbygd 2025\nareas:\n  Arbetsmiljö: [Arbetsmiljö och hälsa]\n  Unga: [Unga i facket]\nbranches: [Byggklubben Norrby, Byggklubben Kvarnby]\n",
    );
    const r = plan(["rollup", dir, "--map", join(dir, "omraden.yaml"), "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const rollup = JSON.parse(r.stdout) as Rollup;
    expect(rollup.title).toBe("Byggregionen Mellanbygd 2025");
    expect(rollup.areas.map((a) => a.title)).toEqual(["Studier", "Organisering", "Arbetsmiljö", "Unga"]);
    expect(rollup.areas.find((a) => a.title === "Arbetsmiljö")!.alsoNamed).toEqual(["Arbetsmiljö och hälsa"]);
    expect(rollup.missing).toEqual([
      { name: "Byggklubben Kvarnby", reason: "no-report" },
      { name: "Byggklubben Västra hamnen", reason: "no-outcomes" },
    ]);

    const missing = plan(["rollup", dir, "--map", join(dir, "finns-inte.yaml")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("finns-inte.yaml: filen finns inte");

    writeFileSync(join(dir, "trasig.yaml"), "areas: [Arbetsmiljö]\n");
    const bad = plan(["rollup", dir, "--map", join(dir, "trasig.yaml")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("trasig.yaml: filen med områden kan inte användas: areas:");
  });

  it("refuses a report of another year, of a newer version, or not a report, naming each file, and writes nothing", () => {
    const dir = federationCopy();
    const file = (b: string) => join(dir, b, "reports", "verksamhetsberattelse-2025.json");
    const edit = (b: string, f: (r: Record<string, unknown>) => void) => {
      const r = JSON.parse(readFileSync(file(b), "utf8")) as Record<string, unknown>;
      f(r);
      writeFileSync(file(b), JSON.stringify(r));
    };
    edit("asvik", (r) => (r.year = 2024));
    const year = plan(["rollup", dir, "-o", join(dir, "ut.md")]);
    expect(year.code).toBe(2);
    expect(year.stderr).toMatch(/asvik\/reports\/verksamhetsberattelse-2025\.json: rapporten gäller 2024, sammanställningen 2025/);
    expect(existsSync(join(dir, "ut.md"))).toBe(false);
    // with --year the others are the odd ones out
    expect(plan(["rollup", dir, "--year", "2024"]).stderr.match(/rapporten gäller 2025/g)).toHaveLength(3);

    edit("asvik", (r) => ((r.year = 2025), (r.version = 2)));
    edit("norrby", (r) => delete r.totals);
    writeFileSync(file("sodervik"), "{ inte json");
    const bad = plan(["rollup", dir]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/asvik\/reports\/verksamhetsberattelse-2025\.json: rapporten har version 2; den här versionen av plan läser rapporter upp till version 1/);
    expect(bad.stderr).toMatch(/norrby\/reports\/verksamhetsberattelse-2025\.json: det här är ingen rapport från plan \(--format json\): totals:/);
    expect(bad.stderr).toMatch(/sodervik\/reports\/verksamhetsberattelse-2025\.json: det här är ingen JSON-fil/);

    const none = plan(["rollup", join(dir, "asvik", "plans")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("hittar inga JSON-rapporter");
  });

  it("refuses two reports from one branch", () => {
    const r = plan(["rollup", reportFiles[0]!, FED]);
    expect(r.code).toBe(0); // the same file twice is one report
    const dir = federationCopy();
    writeFileSync(join(dir, "norrby", "reports", "kopia.json"), readFileSync(join(dir, "norrby", "reports", "verksamhetsberattelse-2025.json")));
    const twice = plan(["rollup", dir]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain("Byggklubben Norrby har två rapporter");
  });

  it("rolls up reports in any language, in the language asked for", () => {
    const dir = federationCopy();
    const reports = ["handlingsplan", "english"].map((ws) => {
      const out = join(dir, `${ws}.json`);
      writeFileSync(out, plan(["report", "2025", "-C", `examples/${ws}`, "--format", "json", "--stdout", "-q"]).stdout);
      return out;
    });
    const nb = plan(["rollup", ...reports, "--lang", "nb"]);
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stdout).toContain("# Sammenstilling 2025");
    expect(nb.stdout).toContain("| Lokallag |");
    expect(nb.stdout).toContain("| Fagforeningen Elvedal |");
    const en = plan(["rollup", ...reports, "--lang", "en"]);
    expect(en.stdout).toContain("## Per branch");
  });

  it("writes the PDF with -o: the tables read back, and the same bytes twice", async () => {
    const dir = federationCopy();
    const a = plan(["rollup", ...reportFiles, "--format", "pdf", "-o", join(dir, "a.pdf")]);
    expect(a.code, a.stderr).toBe(0);
    plan(["rollup", ...reportFiles, "--format", "pdf", "-o", join(dir, "b.pdf")]);
    const bytes = readFileSync(join(dir, "a.pdf"));
    expect(bytes.equals(readFileSync(join(dir, "b.pdf")))).toBe(true);
    const pdf = await readPdf(bytes);
    expect(pdf.text).toContain("Sammanställning 2025");
    expect(pdf.text).toContain("Byggklubben Södervik 2 2 1 1 0 40 %");
    expect(pdf.text).toContain("Byggklubben Västra hamnen — en rapport utan något utfall");

    const noOut = plan(["rollup", ...reportFiles, "--format", "pdf"]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("en PDF skrivs till en fil");
  });
});
