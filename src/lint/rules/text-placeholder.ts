import type { Finding, Rule } from "../types.js";

// Upper case only: "todo" inside a word or an id is not a note to self.
const PLACEHOLDER = /(?<![\p{L}])(?:TODO|XXX|FIXME|TBD)(?![\p{L}])|\?{3,}|\[(?:[Ff]yll i|[Ff]yll inn|[Ff]ill in|[Ss]kriv här|[Ss]kriv her)[^\]]*\]/gu;

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
