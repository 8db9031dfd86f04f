import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { InputError } from "../errors.js";

/**
 * The embedded font: Inter (OFL-1.1), cut by `npm run fonts` to the scripts and
 * OpenType features a report uses (assets/fonts/). Both src/read/ and the
 * bundle's dist/chunks/ sit two folders below the package root.
 */
export function loadFonts(): { regular: Uint8Array; bold: Uint8Array } {
  const file = (name: string) => readFileSync(new URL(`../../assets/fonts/${name}.ttf`, import.meta.url));
  return { regular: file("Inter-Regular"), bold: file("Inter-Bold") };
}

/** The organisation's logo from the config: a PNG or JPEG, or a clear error. */
export function loadLogo(path: string, workspace: string, configFile: string): Uint8Array {
  const full = resolve(workspace, path);
  if (!existsSync(full)) {
    throw new InputError("branding.logoMissing", { path }, { file: configFile }, { messageId: "hint.logo" });
  }
  const bytes = readFileSync(full);
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  if (!png && !jpeg) throw new InputError("branding.logoBad", { path }, { file: configFile }, { messageId: "hint.logo" });
  return bytes;
}
