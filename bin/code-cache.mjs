// Runs dist/plan.cjs through vm.Script with V8's cached data, so the second
// run of a command does not compile remark, yaml and zod again. Node 20 has
// no compile cache for ES modules (module.enableCompileCache is Node 22.1+),
// and vm.Script's cached data works on both.
//
// The cache is one file per command and format (what V8 keeps is the code that ran), in
// the user's cache folder, named by plan's version, Node's version and a hash
// of the script, so another build or another Node never reads it; the files
// of other builds are removed once they are a week old. Whatever goes wrong with the cache — no folder, not writable, a corrupt or foreign
// file (a checksum, then V8's own checks) — the program runs all the same,
// silently.
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir, tmpdir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import vm from "node:vm";
import { crc32 } from "node:zlib";

/**
 * A cache file: this header, then V8's data. V8 does not check its data in a
 * release build (damaged bytes can crash the process), so the file carries
 * its length and CRC-32 and is read only when both agree.
 */
const MAGIC = Buffer.from("planv8c1");
const HEADER = MAGIC.length + 8;

function unwrap(file) {
  if (file.length < HEADER || !file.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = file.subarray(HEADER);
  if (file.readUInt32LE(MAGIC.length) !== data.length || file.readUInt32LE(MAGIC.length + 4) !== crc32(data)) return undefined;
  return data;
}

function wrap(data) {
  const header = Buffer.alloc(HEADER);
  MAGIC.copy(header);
  header.writeUInt32LE(data.length, MAGIC.length);
  header.writeUInt32LE(crc32(data), MAGIC.length + 4);
  return Buffer.concat([header, data]);
}

/** The folder for plan's cache: $XDG_CACHE_HOME/plan, ~/.cache/plan (or the platform's own), else a private folder in tmp. */
function cacheDir() {
  const env = process.env;
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, "plan");
  if (process.platform === "win32" && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, "plan", "Cache");
  let home = "";
  try {
    home = homedir();
  } catch {
    // no home folder: tmp below
  }
  if (home) return process.platform === "darwin" ? join(home, "Library", "Caches", "plan") : join(home, ".cache", "plan");
  return join(tmpdir(), `plan-cache-${process.getuid?.() ?? "user"}`);
}

/** The folder, made if need be; undefined if it cannot be used (or, in a shared place, is not ours alone). */
function usableDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory()) return undefined;
    // code read from here runs as this user: in tmp, only a folder that is ours and closed to others
    if (dir.startsWith(tmpdir()) && process.getuid && (st.uid !== process.getuid() || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

const COMMANDS = /^[a-z][a-z0-9-]{0,29}$/;
/** cache files of other builds are removed when this old */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** Removes the cache files of other builds (another version, script or Node) not written for a week. */
function sweep(dir, hash) {
  try {
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".v8") || name.includes(`-${hash}-`)) continue;
      const path = join(dir, name);
      if (now - statSync(path).mtimeMs > STALE_MS) unlinkSync(path);
    }
  } catch {
    // another run may be sweeping too
  }
}

/**
 * Loads the CommonJS build at `file` with cached data for `command`, and
 * returns its exports; `done()` (after the command has run) writes the cache
 * if there was none or V8 rejected it, so it holds the code the command used.
 */
export function loadCached(file, command, version) {
  const bytes = readFileSync(file);
  // ASCII (a copy) is cheaper to read than UTF-8 (decoded); esbuild keeps non-ASCII in regular
  // expressions as it is (their .source is seen, e.g. in the JSON schemas), so the build is UTF-8
  const source = isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
  const hash = createHash("sha1").update(bytes).digest("hex").slice(0, 16);
  const name = `${version}-node${process.versions.node}-${process.arch}-${hash}-${COMMANDS.test(command) ? command : "main"}.v8`;
  const dir = process.env.PLAN_CODE_CACHE === "0" ? undefined : usableDir(cacheDir());
  const cachePath = dir && join(dir, name);
  let cachedData;
  if (cachePath) {
    try {
      cachedData = unwrap(readFileSync(cachePath));
    } catch {
      cachedData = undefined;
    }
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const done = () => {
    if (!cachePath || (cachedData && !script.cachedDataRejected)) return;
    const tmp = `${cachePath}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, wrap(script.createCachedData()), { mode: 0o600 });
      renameSync(tmp, cachePath);
      sweep(dir, hash);
    } catch {
      try {
        unlinkSync(tmp);
      } catch {
        // nothing was written
      }
    }
  };
  return { exports: module.exports, done };
}
