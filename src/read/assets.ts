import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { InputError } from "../errors.js";
import { insideWorkspace, readRegularFile } from "./safe-read.js";

/** A logo is a small picture; anything bigger is a mistake (or an attack). */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/**
 * The embedded fonts: Inter (OFL-1.1), rebuilt by `npm run fonts` for fast
 * measuring (assets/fonts/), found from wherever this code runs (src/, dist/).
 */
export function loadFonts(): { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5 && !existsSync(join(dir, "assets", "fonts", "Inter-Regular.ttf")); i++) dir = dirname(dir);
  const file = (name: string) => readFileSync(join(dir, "assets", "fonts", `${name}.ttf`));
  return { regular: file("Inter-Regular"), bold: file("Inter-Bold"), italic: file("Inter-Italic"), boldItalic: file("Inter-BoldItalic") };
}

/**
 * The organisation's logo from the config: a PNG or JPEG inside the
 * workspace, a regular file of at most 5 MB, or a clear error naming
 * branding.logo.
 */
export function loadLogo(path: string, workspace: string, configFile: string): Uint8Array {
  let full: string;
  try {
    full = insideWorkspace(path, workspace, "branding.logo");
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.messageId, e.data, { file: configFile }, e.hint);
    throw e;
  }
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(full, MAX_LOGO_BYTES);
  } catch (e) {
    if (e instanceof InputError && e.messageId === "file.notFound") {
      throw new InputError("branding.logoMissing", { path }, { file: configFile }, { messageId: "hint.logo" });
    }
    throw e;
  }
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!png && !jpeg) throw new InputError("branding.logoBad", { path }, { file: configFile }, { messageId: "hint.logo" });
  return bytes;
}
