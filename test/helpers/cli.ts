import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BIN = join(ROOT, "bin", "plan");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built `plan` like a person would, in `cwd`, without colour. */
export function plan(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", LANG: "sv_SE.UTF-8", PLAN_LANG: "", ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A throwaway copy of a workspace, so tests can write reports and break files. */
export function copyWorkspace(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), "plan-test-"));
  cpSync(resolve(ROOT, from), dir, { recursive: true });
  return dir;
}
