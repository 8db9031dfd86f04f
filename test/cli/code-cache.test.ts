import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { plan } from "../helpers/cli.js";

// bin/plan runs dist/plan.cjs with V8's cached data from the user's cache folder
// (bin/code-cache.mjs). Whatever state that folder is in, the program runs and says the same.
const LINT = ["lint", "examples/distrikt/plans/2025.md", "--format", "json"];
const REPORT = ["report", "2025", "-C", "examples/distrikt", "--format", "md", "--stdout"];

function cacheHome(): string {
  return mkdtempSync(join(tmpdir(), "plan-cache-test-"));
}

describe("the code cache", () => {
  it("is written to $XDG_CACHE_HOME/plan, one file per command and format, and a second run says the same", () => {
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home };
    const first = plan(LINT, { env });
    const files = readdirSync(join(home, "plan"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/-lint-json\.v8$/);
    const second = plan(LINT, { env });
    expect(second).toEqual(first);
    const uncached = plan(LINT, { env: { PLAN_CODE_CACHE: "0" } });
    expect(uncached).toEqual(first);
    const report = plan(REPORT, { env });
    expect(report.code).toBe(0);
    expect(readdirSync(join(home, "plan")).sort()).toEqual([...files, files[0]!.replace(/-lint-json\.v8$/, "-report-md.v8")].sort());
    expect(plan(REPORT, { env })).toEqual(report);
    expect(plan(REPORT, { env: { PLAN_CODE_CACHE: "0" } })).toEqual(report);
  });

  it("a corrupt or foreign cache file is ignored (and replaced): same output", () => {
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home };
    const expected = plan(REPORT, { env });
    const file = join(home, "plan", readdirSync(join(home, "plan"))[0]!);
    const good = readFileSync(file);

    writeFileSync(file, Buffer.from("not a V8 code cache at all"));
    expect(plan(REPORT, { env })).toEqual(expected);
    expect(readFileSync(file).length).toBeGreaterThan(1000);

    // valid cached data, but for another script, with a header that checks out
    const data = new vm.Script("globalThis.x = function () { return 1 + 1; };\n".repeat(50)).createCachedData();
    const header = Buffer.alloc(16);
    header.write("planv8c1");
    header.writeUInt32LE(data.length, 8);
    header.writeUInt32LE(crc32(data), 12);
    writeFileSync(file, Buffer.concat([header, data]));
    expect(plan(REPORT, { env })).toEqual(expected);

    // V8's data without the header
    writeFileSync(file, good.subarray(16));
    expect(plan(REPORT, { env })).toEqual(expected);

    // the real cache with its bytes damaged in the middle
    const damaged = Buffer.from(good);
    for (let i = Math.floor(damaged.length / 2); i < damaged.length / 2 + 64; i++) damaged[i] = 0xff - damaged[i]!;
    writeFileSync(file, damaged);
    expect(plan(REPORT, { env })).toEqual(expected);
  });

  it("the files of other builds are removed once a week old; this build's stay", () => {
    const home = cacheHome();
    const env = { XDG_CACHE_HOME: home };
    const dir = join(home, "plan");
    mkdirSync(dir, { recursive: true });
    const old = join(dir, "0.0.1-node20.0.0-x64-0123456789abcdef-report-md.v8");
    const recent = join(dir, "0.0.1-node20.0.0-x64-fedcba9876543210-report-md.v8");
    const other = join(dir, "notes.txt");
    for (const f of [old, recent, other]) writeFileSync(f, "x");
    const weekAgo = (Date.now() - 8 * 24 * 3600 * 1000) / 1000;
    utimesSync(old, weekAgo, weekAgo);
    utimesSync(other, weekAgo, weekAgo);
    expect(plan(REPORT, { env }).code).toBe(0);
    const left = readdirSync(dir);
    expect(left).not.toContain("0.0.1-node20.0.0-x64-0123456789abcdef-report-md.v8");
    expect(left).toContain("0.0.1-node20.0.0-x64-fedcba9876543210-report-md.v8");
    expect(left).toContain("notes.txt");
    expect(left.filter((f) => f.endsWith("-report-md.v8"))).toHaveLength(2);
  });

  it("a cache folder that cannot be made or written is fine: the program runs, silently", () => {
    const home = cacheHome();
    const notAFolder = join(home, "file");
    writeFileSync(notAFolder, "a file where the cache folder would go");
    const r = plan(REPORT, { env: { XDG_CACHE_HOME: notAFolder } });
    expect(r.code).toBe(0);
    expect(r).toEqual(plan(REPORT, { env: { PLAN_CODE_CACHE: "0" } }));
  });
});
