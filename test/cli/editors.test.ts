import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { plan } from "../helpers/cli.js";

/** The schema a `yaml-language-server` comment on the first line points to, resolved from the file (as the editor does). */
function schemaOf(file: string): string {
  const first = readFileSync(file, "utf8").split("\n", 1)[0]!;
  const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  if (!m) throw new Error(`no schema comment on the first line of ${file}: ${first}`);
  return resolve(dirname(file), m[1]!);
}

describe("editors: schema comments that work outside this repository", () => {
  it("plan init writes schemas/ and a config that points to it; plan outcomes an outcomes file that does too", () => {
    const root = mkdtempSync(join(tmpdir(), "plan-editor-"));
    expect(plan(["init", "forening", "--lang", "sv"], { cwd: root }).code).toBe(0);
    const ws = join(root, "forening");
    const config = schemaOf(join(ws, "plan.config.yaml"));
    expect(config).toBe(join(ws, "schemas", "config.schema.json"));
    expect(readFileSync(config, "utf8")).toBe(plan(["schema", "config"]).stdout);

    const year = new Date().getFullYear();
    expect(plan(["outcomes", String(year)], { cwd: ws }).code).toBe(0);
    const outcomes = schemaOf(join(ws, "outcomes", `${year}.yaml`));
    expect(outcomes).toBe(join(ws, "schemas", "outcomes.schema.json"));
    expect(JSON.parse(readFileSync(outcomes, "utf8")).title).toBe("plan — outcomes file");
    // the file is still read as before: the comment is only a comment
    expect(plan(["lint", String(year)], { cwd: ws }).code).not.toBe(2);
  });

  it("plan schema --write puts the current schemas back, from a subfolder too", () => {
    const root = mkdtempSync(join(tmpdir(), "plan-editor-"));
    expect(plan(["init", "ws", "--lang", "en"], { cwd: root }).code).toBe(0);
    const ws = join(root, "ws");
    writeFileSync(join(ws, "schemas", "plan.schema.json"), "{}\n");
    rmSync(join(ws, "schemas", "outcomes.schema.json"));
    const r = plan(["schema", "--write"], { cwd: join(ws, "plans") });
    expect(r.code).toBe(0);
    for (const kind of ["plan", "outcomes", "config"]) {
      expect(readFileSync(join(ws, "schemas", `${kind}.schema.json`), "utf8")).toBe(plan(["schema", kind]).stdout);
    }
    expect(existsSync(join(ws, "plans", "schemas"))).toBe(false);
  });

  it("plan schema without a kind or --write says what it takes", () => {
    const r = plan(["schema"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plan | outcomes | config");
  });
});
