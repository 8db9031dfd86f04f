/**
 * Text from a plan, an outcomes file or a config made harmless for a
 * terminal or a CI log: control characters (C0 except tab and newline, DEL,
 * C1) are shown as `\x1b`, `\x07`, `\u009b`, so a title cannot clear the
 * screen, set the window title (OSC), ring the bell or hide text. A CR is
 * kept only before a newline (the CRLF of an .ics file). Pure.
 */
export function neutral(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c, i: number) => {
    if (c === "\r" && text[i + 1] === "\n") return c;
    const code = c.charCodeAt(0);
    return code < 0x80 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** The colour codes plan itself writes (chalk, 16 colours): reset, bold, dim, underline, foreground colours. */
const OWN_STYLE = /\u001b\[(?:[0-79]|2[1-79]|3[0-9]|9[0-7])m/g;

/**
 * For a stream plan colours itself: its own SGR colour codes survive, every
 * other control character is neutralised. When `colored` is false nothing
 * survives. Pure.
 */
export function neutralOutput(text: string, colored: boolean): string {
  if (!colored || !text.includes("\u001b")) return neutral(text);
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(OWN_STYLE)) {
    out.push(neutral(text.slice(last, m.index)), m[0]);
    last = m.index + m[0].length;
  }
  out.push(neutral(text.slice(last)));
  return out.join("");
}
