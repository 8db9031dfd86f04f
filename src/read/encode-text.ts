import { CP1252_HIGH, decodeWindows1252 } from "./decode.js";
import { isDocx } from "./docx.js";

/** How a text file was written: what decoding took away and writing back must put back. */
export interface TextForm {
  encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
  bom: boolean;
  newline: "\n" | "\r\n" | "\r";
}

let cp1252: Map<string, number> | undefined;
/** Windows-1252 backwards, from the same table the reader decodes with (read/decode.ts). */
function cp1252Table(): Map<string, number> {
  if (!cp1252) {
    cp1252 = new Map();
    for (let b = 0; b < 256; b++) cp1252.set(String.fromCharCode(b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b), b);
  }
  return cp1252;
}

function utf8Valid(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The form of a file's bytes, or undefined when plan cannot tell it for sure (a .docx, mixed line endings). */
export function textForm(bytes: Uint8Array): TextForm | undefined {
  if (isDocx(bytes)) return undefined;
  let encoding: TextForm["encoding"];
  let bom = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, bom] = ["utf-16le", true];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, bom] = ["utf-16be", true];
  else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [encoding, bom] = ["utf-8", true];
  else encoding = utf8Valid(bytes) ? "utf-8" : "windows-1252";
  const text = decodeAs(bytes, { encoding, bom, newline: "\n" });
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds > 1) return undefined;
  return { encoding, bom, newline: crlf ? "\r\n" : cr ? "\r" : "\n" };
}

function decodeAs(bytes: Uint8Array, form: TextForm): string {
  const skip = form.bom ? (form.encoding === "utf-8" ? 3 : 2) : 0;
  // the text --fix sees must be the text the reader saw: the same Windows-1252 table
  if (form.encoding === "windows-1252") return decodeWindows1252(bytes.subarray(skip));
  return new TextDecoder(form.encoding, { ignoreBOM: true }).decode(bytes.subarray(skip));
}

/** The file's text with LF line ends, as the readers see it. */
export function decodeForm(bytes: Uint8Array, form: TextForm): string {
  return decodeAs(bytes, form).replace(/\r\n?/g, "\n");
}

/** Text (LF line ends) → bytes in the file's own form, or undefined if a character cannot be written in it. */
export function encodeForm(text: string, form: TextForm): Uint8Array | undefined {
  const body = form.newline === "\n" ? text : text.replace(/\n/g, form.newline);
  if (form.encoding === "utf-8") {
    const b = Buffer.from(body, "utf8");
    return new Uint8Array(form.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]) : b);
  }
  if (form.encoding === "windows-1252") {
    const table = cp1252Table();
    const out = new Uint8Array(body.length);
    let n = 0;
    for (const ch of body) {
      const b = table.get(ch);
      if (b === undefined) return undefined;
      out[n++] = b;
    }
    return out.subarray(0, n);
  }
  const le = Buffer.from(body, "utf16le");
  if (form.encoding === "utf-16be") le.swap16();
  const bom = form.encoding === "utf-16le" ? [0xff, 0xfe] : [0xfe, 0xff];
  return new Uint8Array(form.bom ? Buffer.concat([Buffer.from(bom), le]) : le);
}

/**
 * Writing back a file plan changed (`lint --fix`): the new text in the
 * original's encoding, BOM and line endings — only when the original itself
 * comes back byte for byte from its decoded text, so nothing else in the file
 * can change. Otherwise undefined: the caller refuses and says why.
 */
export function encodeLike(original: Uint8Array, text: string): Uint8Array | undefined {
  const form = textForm(original);
  if (!form) return undefined;
  const again = encodeForm(decodeForm(original, form), form);
  if (!again || Buffer.compare(Buffer.from(again), Buffer.from(original)) !== 0) return undefined;
  return encodeForm(text, form);
}
