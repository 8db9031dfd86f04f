/**
 * Bytes → text for the encodings a Nordic Windows machine writes: UTF-8
 * (with or without BOM), UTF-16 LE/BE (Excel's "Unicode text") and
 * Windows-1252 ("ANSI"). Pure.
 */

/**
 * Windows-1252 bytes 0x80–0x9F as Windows maps them. The five bytes Windows
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the
 * same value, as Windows' MultiByteToWideChar does. Our own table: TextDecoder's
 * "windows-1252" depends on the ICU a Node build ships with.
 */
export const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

/** Windows-1252 → text: 0x80–0x9F by the table, every other byte is its own code point (Latin-1). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    const codes = Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

export type Utf16 = "utf-16le" | "utf-16be";

/**
 * UTF-16 by its BOM, or without one by the pattern of zero bytes that
 * Latin text in UTF-16 has (every other byte zero).
 */
export function detectUtf16(bytes: Uint8Array): Utf16 | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const n = Math.min(bytes.length, 4000) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero === 0) return "utf-16le";
  if (evenZero > pairs * 0.4 && oddZero === 0) return "utf-16be";
  return undefined;
}

/** UTF-16 → text, or undefined when the bytes are not valid UTF-16 (an odd length, a lone surrogate). */
export function decodeUtf16(bytes: Uint8Array, encoding: Utf16): string | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}
