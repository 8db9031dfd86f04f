/** A regular expression alternative of phrases, longest first, spaces as any whitespace. */
export function phrasePattern(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
}

/**
 * Word edges for patterns with the "u" flag. JavaScript's \b knows only ASCII letters: it finds no
 * edge before "årsplan" or after "på", so a Nordic word at either end of a phrase never matched.
 */
export const WORD_START = "(?<![\\p{L}\\p{N}_])";
export const WORD_END = "(?![\\p{L}\\p{N}_])";
