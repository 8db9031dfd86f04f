import { ALL_PACKS } from "../../i18n/lang/index.js";
import type { Finding, Rule } from "../types.js";

// Upper case only: "todo" inside a word or an id is not a note to self.
// "[fyll i …]": the packs' bracket words, first letter in either case.
const BRACKET_WORDS = [...new Set(ALL_PACKS.flatMap((p) => p.lint.placeholders))]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)
  .join("|");
const PLACEHOLDER = new RegExp(`(?<![\\p{L}])(?:TODO|XXX|FIXME|TBD)(?![\\p{L}])|\\?{3,}|\\[(?:${BRACKET_WORDS})[^\\]]*\\]`, "gu");

/** TODO, XXX, ???, "[fyll i]": text the committee meant to finish. */
export const textPlaceholder: Rule = {
  id: "text/placeholder",
  defaultLevel: "warning",
  check: ({ lines, file }) => {
    const out: Finding[] = [];
    lines.forEach((l, i) => {
      for (const m of l.matchAll(PLACEHOLDER)) {
        out.push({ ruleId: "text/placeholder", messageId: "text/placeholder", data: { text: m[0] }, source: { file, line: i + 1, column: m.index! + 1 } });
      }
    });
    return out;
  },
};
