import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { InputError } from "../errors.js";

/**
 * Every read of a file a person (or a pull request) gave us goes through
 * here: regular files only (never /dev/zero, a FIFO or a folder), and at most
 * `maxBytes` counted in bytes actually read, not in what stat() claims.
 */
export function readRegularFile(path: string, maxBytes: number): Uint8Array {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new InputError("file.notFound", { path }, { file: path });
    if (code === "ELOOP") throw new InputError("file.symlinkLoop", { path }, { file: path });
    throw e;
  }
  if (st.isDirectory()) throw new InputError("file.isDirectory", { path }, { file: path });
  if (!st.isFile()) throw new InputError("file.notRegular", { path }, { file: path }, { messageId: "hint.notRegular" });
  if (st.size > maxBytes) throw tooLarge(path, st.size, maxBytes);
  // O_NONBLOCK: if the file was swapped for a FIFO after the check, open does not hang
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!fstatSync(fd).isFile()) throw new InputError("file.notRegular", { path }, { file: path }, { messageId: "hint.notRegular" });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw tooLarge(path, total, maxBytes);
      chunks.push(chunk.subarray(0, n));
    }
    return new Uint8Array(Buffer.concat(chunks, total));
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, size: number, max: number): InputError {
  const mb = (n: number) => Math.max(1, Math.round(n / 1e6));
  return new InputError("file.tooLarge", { size: mb(size), max: mb(max) }, { file: path });
}

/** Whether `path` (after every symlink) is `root` or inside it. */
export function isInside(path: string, root: string): boolean {
  const r = relative(root, path);
  return r === "" || (!r.startsWith("..") && !isAbsolute(r));
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/**
 * A path named by a plan, config or template (or found in the workspace's
 * folders) must stay in the workspace, after following symlinks: in CI the
 * workspace comes from a pull request, and `logo: /etc/passwd` or
 * `plans/x.md → ~/.ssh/id_rsa` must not be read, embedded or printed.
 * Returns the resolved path; refuses with a message naming the key.
 */
export function insideWorkspace(path: string, workspace: string, key: string): string {
  const full = resolve(workspace, path);
  const root = real(workspace);
  if (isInside(real(full), root)) return full;
  const lexical = isInside(full, resolve(workspace)) || isInside(full, root);
  // the message names the path and the key; the caller may add the file that named it
  const shown = lexical ? relative(resolve(workspace), full) || path : path;
  throw new InputError(lexical ? "workspace.symlinkOutside" : "workspace.outside", { path: shown, key }, undefined, { messageId: "hint.outside" });
}

/** A file name from a template or config must be a plain name: no folders, no "..", no control characters. */
export function isPlainFileName(name: string): boolean {
  return name.length > 0 && name.length <= 120 && !/[/\\:\u0000-\u001f\u007f-\u009f]/.test(name) && !/^\.+$/.test(name) && !name.startsWith(".");
}

/** The first `n` bytes of a regular file (a plan's front matter), or undefined for anything else. */
export function readHead(path: string, n: number): Uint8Array | undefined {
  try {
    if (!statSync(path).isFile()) return undefined;
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      if (!fstatSync(fd).isFile()) return undefined;
      const buf = Buffer.alloc(n);
      let got = 0;
      for (;;) {
        const k = readSync(fd, buf, got, n - got, null);
        if (k === 0) break;
        got += k;
        if (got >= n) break;
      }
      return new Uint8Array(buf.subarray(0, got));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}
