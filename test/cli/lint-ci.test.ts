import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan } from "../helpers/cli.js";

type Files = Array<{ file: string; messages: Array<{ ruleId: string; severity: string; line: number; message: string }> }>;

describe("plan lint with no arguments checks what CI needs", () => {
  it("each plan with the outcomes of its year: a wrong outcome is found", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "outcomes", "2025.yaml"), "year: 2025\nactivities:\n  ung-minst-80-deltagare:\n    actual: många\n");
    const r = plan(["lint", "--format", "json"], { cwd: dir });
    const files = JSON.parse(r.stdout) as Files;
    // every year in plans/, in order, each followed by its outcomes
    expect(files.map((f) => f.file)).toEqual(["plans/2024.md", "outcomes/2024.yaml", "plans/2025.md", "outcomes/2025.yaml"]);
    expect(files[3]!.messages.map((m) => [m.ruleId, m.line])).toContainEqual(["outcome/invalid-value", 4]);
    expect(r.code).toBe(1);
  });

  it("an outcomes file that cannot be read is a fatal finding in json and stylish, exit 2", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "outcomes", "2025.yaml"), "year: 2025\nactivities: [\n");
    const json = plan(["lint", "--format", "json"], { cwd: dir });
    expect(json.code).toBe(2);
    const fatal = (JSON.parse(json.stdout) as Files).find((f) => f.file === "outcomes/2025.yaml")!;
    expect(fatal.messages).toEqual([expect.objectContaining({ ruleId: "file/unreadable", severity: "error" })]);
    expect(fatal.messages[0]!.message).toMatch(/^fel i YAML/);
    const stylish = plan(["lint"], { cwd: dir });
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toMatch(/outcomes\/2025\.yaml\n {2}\d+:\d+ +fel +fel i YAML.*file\/unreadable/);
  });

  it("a plan that cannot be read is a fatal finding; the other plans are still checked", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "plans", "2024.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const r = plan(["lint", "--format", "github"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/^::error file=plans\/2024\.md,line=1,col=1,title=file\/unreadable::det här är ingen textfil/m);
    expect(r.stdout).toMatch(/^::warning file=plans\/2025\.md,/m);
  });

  it("a plan.config.yaml that cannot be read is a fatal finding too, in SARIF", () => {
    const dir = copyWorkspace("examples/distrikt");
    writeFileSync(join(dir, "plan.config.yaml"), "language: sv\nscoring: {green: 0.9\n");
    const r = plan(["lint", "--format", "sarif"], { cwd: dir });
    expect(r.code).toBe(2);
    const results = JSON.parse(r.stdout).runs[0].results;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ ruleId: "file/unreadable", level: "error" });
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("plan.config.yaml");
  });
});
