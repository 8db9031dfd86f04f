import type { Finding, Rule } from "../types.js";
import { itemTexts } from "../text-sources.js";

const REPEAT = /(?<![\p{L}\p{N}])((\p{L}+)(?:\s+\p{L}+)?)\s+\1(?![\p{L}\p{N}])/giu;

/** Where `words` stands on the line as a repetition of its own (the same regex, whole words), or -1. */
function wholeMatchAt(line: string, words: string): number {
  for (const m of line.matchAll(REPEAT)) if (m[0] === words) return m.index;
  return -1;
}

/** "för att för att": a word or two written twice. The fix removes the repetition. */
export const textRepeatedWord: Rule = {
  id: "text/repeated-word",
  defaultLevel: "warning",
  check: (ctx) => {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const { text, source } of itemTexts(ctx)) {
      for (const m of text.matchAll(REPEAT)) {
        const key = `${source.line}:${m[0].toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const finding: Finding = { ruleId: "text/repeated-word", messageId: "text/repeated-word", data: { words: m[0] }, source };
        const line = ctx.lines[source.line - 1];
        // the fix removes exactly the repetition found: the same words on the same line, whole words
        // ("möten möten", never the "möten möten" inside "möten mötena")
        const at = ctx.format !== "yaml" && line !== undefined ? wholeMatchAt(line, m[0]) : -1;
        if (at >= 0) finding.fix = { line: source.line, from: m[0], to: m[1]!, column: at + 1 };
        out.push(finding);
      }
    }
    return out;
  },
};
