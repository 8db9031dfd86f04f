import { InputError } from "../errors.js";
import type { SourceFile } from "../model/source-file.js";
import { docxToMarkdown, isDocx } from "./docx.js";
import { readRegularFile } from "./safe-read.js";


const MAX_BYTES = 50 * 1024 * 1024;

/** Turns bytes into text: BOM dropped, CRLF and CR made LF, Windows-1252 recognised. Pure. */
export function decodeText(bytes: Uint8Array, path: string): SourceFile {
  if (bytes.length === 0) throw new InputError("file.empty", {}, { file: path });
  const probe = bytes.subarray(0, 8000);
  if (probe.includes(0)) throw new InputError("file.binary", {}, { file: path });
  let text: string;
  let decodedAs: SourceFile["decodedAs"];
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
    decodedAs = "windows-1252";
  }
  text = text.replace(/\r\n?/g, "\n");
  if (!text.trim()) throw new InputError("file.empty", {}, { file: path });
  return decodedAs ? { path, text, decodedAs } : { path, text };
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
