/** Longer unbroken runs than this get a break opportunity every this many characters. */
export const LONG_WORD = 40;

const ZWSP = "\u200b";

/**
 * pdfkit splits a word wider than the column one character at a time,
 * measuring the whole rest each time: an 8 000-character title took 13 s and
 * 16 000 took a minute. A zero-width space every 40 characters of a longer
 * run lets the line breaker break there (at the column width), in linear
 * time; ordinary words are left as they are. Pure.
 */
export function breakLongWords(text: string, max = LONG_WORD): string {
  if (text.length <= max) return text;
  return text.replace(new RegExp(`[^\\s\\u200b]{${max + 1},}`, "gu"), (run) => {
    const chars = Array.from(run);
    if (chars.length <= max) return run;
    const parts: string[] = [];
    for (let i = 0; i < chars.length; i += max) parts.push(chars.slice(i, i + max).join(""));
    return parts.join(ZWSP);
  });
}

interface Measures {
  text(t: string, ...rest: unknown[]): unknown;
  heightOfString(t: string, ...rest: unknown[]): number;
}

/** Every text the document draws or measures goes through breakLongWords. */
export function withLongWordBreaks<D extends Measures>(doc: D): D {
  const text = doc.text.bind(doc);
  const heightOfString = doc.heightOfString.bind(doc);
  doc.text = (t: string, ...rest: unknown[]) => text(breakLongWords(String(t)), ...rest);
  doc.heightOfString = (t: string, ...rest: unknown[]) => heightOfString(breakLongWords(String(t)), ...rest);
  return doc;
}
