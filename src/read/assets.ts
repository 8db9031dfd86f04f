import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { InputError } from "../errors.js";

/** The embedded font (Inter, OFL-1.1), installed from npm: nothing is downloaded at run time. */
export function loadFonts(): { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array } {
  const require = createRequire(import.meta.url);
  const file = (weight: string) => readFileSync(require.resolve(`@expo-google-fonts/inter/${weight}/Inter_${weight}.ttf`));
  return { regular: file("400Regular"), bold: file("700Bold"), italic: file("400Regular_Italic"), boldItalic: file("700Bold_Italic") };
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
