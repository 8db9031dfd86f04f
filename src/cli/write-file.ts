import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface WriteOptions {
  /** keep the file that was there as `<name>.bak` */
  backup?: boolean;
  /**
   * write through a symlink to the file it points at, instead of replacing
   * the link (for the user's own files: `lint --fix` on a linked plan)
   */
  followSymlink?: boolean;
}

const tmpName = (path: string, pid: number) => join(dirname(path), `.${basename(path)}.${pid}.tmp`);

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Temporary files a killed run left next to `path` (`.name.PID.tmp` of a process that is gone). */
export function removeStaleTemps(path: string): void {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.`;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length, -".tmp".length));
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) rmSync(join(dir, name), { force: true });
  }
}

interface Prepared {
  path: string;
  tmp: string;
  backup: boolean;
}

function prepare(path: string, data: string | Uint8Array, opts: WriteOptions): Prepared {
  let target = path;
  if (opts.followSymlink && existsSync(path) && lstatSync(path).isSymbolicLink()) target = realpathSync(path);
  mkdirSync(dirname(target), { recursive: true });
  // a folder where the file should be: found before anything is renamed, so no file of the run is half-replaced
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw Object.assign(new Error(`EISDIR: ${target}`), { code: "EISDIR", path: target, syscall: "rename" });
  }
  removeStaleTemps(target);
  const tmp = tmpName(target, process.pid);
  try {
    writeFileSync(tmp, data, { flag: "w" });
    // the file keeps its permissions (a 0600 plan stays 0600)
    if (existsSync(target)) chmodSync(tmp, statSync(target).mode & 0o7777);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  return { path: target, tmp, backup: Boolean(opts.backup) && existsSync(target) };
}

function commit(p: Prepared): void {
  if (p.backup) copyFileSync(p.path, `${p.path}.bak`);
  renameSync(p.tmp, p.path);
}

/**
 * Writes a file so that it is either the old file or the whole new one, never
 * half: a temporary file in the same folder, then a rename.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: WriteOptions = {}): void {
  writeFilesAtomic([{ path, data }], opts);
}

/**
 * Several files of one run (the report's .md and .pdf): every temporary file
 * is written first, then all are renamed, so a failure or a kill while
 * writing never leaves a .md from this run next to a .pdf from the last one.
 */
export function writeFilesAtomic(files: Array<{ path: string; data: string | Uint8Array }>, opts: WriteOptions = {}): void {
  const prepared: Prepared[] = [];
  try {
    for (const f of files) prepared.push(prepare(f.path, f.data, opts));
    for (const p of prepared) commit(p);
  } catch (e) {
    for (const p of prepared) rmSync(p.tmp, { force: true });
    throw e;
  }
}
