import { InputError } from "../errors.js";

/**
 * The longest line plan reads in a plan: a long Word paragraph is a few
 * thousand characters; 10 000 on one line is a paste gone wrong or an
 * attack on the Markdown parser (whose time grows fast with one hostile line).
 */
export const MAX_LINE_CHARS = 10_000;

/** Refuses a text with a line longer than MAX_LINE_CHARS, naming the line. Pure. */
export function checkLineLength(text: string, path: string): void {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE_CHARS) {
      throw new InputError("file.lineTooLong", { line, length: end - start, max: MAX_LINE_CHARS }, { file: path, line }, { messageId: "hint.lineTooLong" });
    }
    start = end + 1;
    line++;
  }
}
