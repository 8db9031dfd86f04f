import { inflateRawSync } from "node:zlib";
import { InputError } from "../errors.js";

/** A Word plan is text: no part of it needs more than this once unpacked. */
export const MAX_PART_BYTES = 32 * 1024 * 1024;
/** …and all the parts together. */
export const MAX_UNPACKED_BYTES = 96 * 1024 * 1024;
const MAX_ENTRIES = 5000;

/**
 * A zip bomb stops here, before mammoth sees it: every part of the .docx is
 * inflated once with a cap on its output (zlib stops while inflating, so the
 * sizes the zip claims do not matter), and the parts together are capped too.
 * Reads the central directory; a zip that cannot be walked is not a .docx.
 */
export function checkZipLimits(bytes: Uint8Array, path: string): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = () => new InputError("file.badDocx", {}, { file: path }, { messageId: "hint.saveAsDocx" });
  // end of central directory: the last 22..65557 bytes
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad();
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES) throw tooBig(path, "(zip)", MAX_UNPACKED_BYTES);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) throw bad();
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) throw bad();
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw bad();
    const data = buf.subarray(start, start + compressed);
    const cap = Math.min(MAX_PART_BYTES, MAX_UNPACKED_BYTES - total);
    let size: number;
    if (method === 0) size = data.length;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: cap + 1 }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw tooBig(path, name, cap);
        throw bad();
      }
    } else throw bad();
    if (size > cap) throw tooBig(path, name, cap);
    total += size;
  }
}

function tooBig(path: string, part: string, max: number): InputError {
  return new InputError("file.docxTooLarge", { part, max: Math.round(max / 1e6) }, { file: path }, { messageId: "hint.saveAsDocx" });
}
