import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyWorkspace, plan, ROOT } from "../helpers/cli.js";

describe("the package: what npm pack puts in the tarball", () => {
  // --ignore-scripts: the global setup has built dist/ already
  const packed = spawnSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" });
  const files: string[] = (JSON.parse(packed.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);

  it("bin, the built dist without its metafile, templates, schemas, LICENSE and README", () => {
    for (const f of ["bin/plan", "dist/main.js", "templates/sv.yaml", "templates/nb.yaml", "templates/en.yaml", "templates/init/sv.md", "LICENSE", "README.md", "package.json"]) {
      expect(files).toContain(f);
    }
    for (const kind of ["plan", "outcomes", "config"]) expect(files).toContain(`schemas/${kind}.schema.json`);
    expect(files.some((f) => f.startsWith("dist/chunks/"))).toBe(true);
    expect(files).not.toContain("dist/meta.json");
    expect(files.filter((f) => /^(src|test|examples|scripts|bench|node_modules)\//.test(f))).toEqual([]);
  });

  it("LICENSE is the MIT licence package.json names", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.license).toBe("MIT");
    const license = readFileSync(join(ROOT, "LICENSE"), "utf8");
    expect(license).toMatch(/^MIT License\n/);
    expect(license).toContain("Permission is hereby granted, free of charge");
  });
});

/** `>=20.19.0`, `^20.19.0 || >=22.12.0`, `^18 || >=20`, `*`: does `version` satisfy the range? */
function satisfies(version: string, range: string): boolean {
  const v = version.replace(/^v/, "").split(".").map(Number);
  const cmp = (a: number[], b: number[]) => {
    for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  };
  return range.split("||").some((alt) =>
    alt
      .trim()
      .replace(/([<>=^~]+)\s+/g, "$1")
      .split(/\s+/)
      .every((c) => {
        if (c === "*" || c === "" || c === "x") return true;
        const m = /^(>=|<=|>|<|\^|~|=)?v?(\d+)(?:\.(\d+|x))?(?:\.(\d+|x))?$/.exec(c);
        if (!m) throw new Error(`range not understood by the test: ${c}`);
        const want = [Number(m[2]), m[3] && m[3] !== "x" ? Number(m[3]) : 0, m[4] && m[4] !== "x" ? Number(m[4]) : 0];
        const d = cmp(v, want);
        switch (m[1]) {
          case ">=":
            return d >= 0;
          case ">":
            return d > 0;
          case "<=":
            return d <= 0;
          case "<":
            return d < 0;
          case "^":
            return d >= 0 && v[0] === want[0];
          case "~":
            return d >= 0 && v[0] === want[0] && v[1] === want[1];
          default:
            return m[3] === undefined || m[3] === "x" ? v[0] === want[0] : d === 0;
        }
      }),
  );
}

describe("runs on Node 20", () => {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
  };
  const refusing = (version: string, dev: boolean) =>
    Object.entries(lock.packages)
      .filter(([path, p]) => path && Boolean(p.dev) === dev && existsSync(join(ROOT, path)) && p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !satisfies(version, (p.engines as { node: string }).node))
      .map(([path, p]) => `${path} ${(p.engines as { node: string }).node}`);

  it("package.json promises Node 20, and every package plan runs with accepts Node 20.0", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.engines.node).toBe(">=20");
    expect(refusing("20.0.0", false)).toEqual([]);
    expect(satisfies("20.0.0", "^20.19.0 || >=22.12.0")).toBe(false); // the check can fail
  });

  it("the tools to build and test it (devDependencies) accept Node 20.19, as the README says for developers", () => {
    expect(refusing("20.19.0", true)).toEqual([]);
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toMatch(/Node 20\.19/);
  });
});

describe("the secretary's install survives deleting the clone", () => {
  it("npm install --global of the packed tarball copies plan; it runs with the clone out of reach", () => {
    const tmp = mkdtempSync(join(tmpdir(), "plan-install-"));
    const pack = spawnSync("npm", ["pack", "--ignore-scripts", "--pack-destination", tmp, "--json"], { cwd: ROOT, encoding: "utf8" });
    expect(pack.status).toBe(0);
    const tarball = join(tmp, (JSON.parse(pack.stdout) as Array<{ filename: string }>)[0]!.filename);
    const prefix = join(tmp, "prefix");
    const install = spawnSync("npm", ["install", "--global", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball], { cwd: tmp, encoding: "utf8" });
    expect(install.status, install.stderr).toBe(0);
    rmSync(tarball);
    const installed = join(prefix, "lib", "node_modules", "plan");
    // a copy, not a link back to this checkout (what `npm install --global .` makes)
    expect(lstatSync(installed).isSymbolicLink()).toBe(false);
    expect(realpathSync(installed).startsWith(ROOT)).toBe(false);
    const bin = join(prefix, "bin", "plan");
    const dir = copyWorkspace("examples/distrikt");
    const r = spawnSync(bin, ["report", "2025", "--format", "md", "--stdout"], { cwd: dir, encoding: "utf8", env: { ...process.env, LANG: "sv_SE.UTF-8", NO_COLOR: "1" } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(plan(["report", "2025", "--format", "md", "--stdout"], { cwd: dir }).stdout);
    expect(existsSync(join(installed, "schemas", "outcomes.schema.json"))).toBe(true);
  }, 240_000);
});
