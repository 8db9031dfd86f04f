import { InputError } from "../errors.js";
import type { SourceFile } from "../model/source-file.js";
import { decodeUtf16, decodeWindows1252, detectUtf16 } from "./decode.js";
import { docxToMarkdown, isDocx } from "./docx.js";
import { readRegularFile } from "./safe-read.js";

const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Turns bytes into text: UTF-8 (BOM dropped), UTF-16 LE/BE (with BOM, or
 * recognised by its zero bytes), else Windows-1252; CRLF and CR made LF. Pure.
 */
export function decodeText(bytes: Uint8Array, path: string): SourceFile {
  if (bytes.length === 0) throw new InputError("file.empty", {}, { file: path });
  const utf16 = detectUtf16(bytes);
  let text: string | undefined = utf16 ? decodeUtf16(bytes, utf16) : undefined;
  const wasUtf16 = text !== undefined ? utf16 : undefined;
  let decodedAs: SourceFile["decodedAs"];
  if (text === undefined) {
    const probe = bytes.subarray(0, 8000);
    if (probe.includes(0)) throw new InputError("file.binary", {}, { file: path });
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
      decodedAs = "windows-1252";
    }
  } else if (text.includes("\u0000")) {
    throw new InputError("file.binary", {}, { file: path });
  }
  text = text.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError("file.empty", {}, { file: path });
  return { path, text, ...(decodedAs ? { decodedAs } : {}), ...(wasUtf16 ? { utf16: wasUtf16 } : {}) };
}

function readBytes(path: string): Uint8Array {
  // regular files only, capped in bytes actually read (see safe-read.ts)
  return readRegularFile(path, MAX_BYTES);
}

/** Reads a text file a person gave us, with a clear error for every way that can fail. */
export function readSourceFile(path: string): SourceFile {
  return decodeText(readBytes(path), path);
}

/** Reads a plan: a text file, or a Word document turned into Markdown. */
export async function readPlanSource(path: string): Promise<SourceFile> {
  const bytes = readBytes(path);
  if (isDocx(bytes)) return { path, text: await docxToMarkdown(bytes, path), format: "markdown" };
  return decodeText(bytes, path);
}
