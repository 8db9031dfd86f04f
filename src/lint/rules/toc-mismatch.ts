import { CONTENTS_HEADINGS } from "../../parse/markdown/keywords.js";
import { phrasePattern } from "../../text/pattern.js";
import type { Finding, Rule } from "../types.js";

const CONTENTS = new RegExp(`^(${phrasePattern(CONTENTS_HEADINGS)})$`, "i");
const norm = (t: string) =>
  t
    .replace(/\{#[^}]*\}/g, "")
    .replace(/[*_#`]/g, "")
    .replace(/[.\u2026\t ]{2,}\s*\d*\s*$/, "") // dot leaders and page numbers
    .replace(/\s+\d+\s*$/, "")
    .replace(/^\s*(\d+[.)]\s*)?/, "")
    .replace(/[:\s]+$/, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** A contents list whose entries do not match the document's headings. */
export const tocMismatch: Rule = {
  id: "toc/mismatch",
  defaultLevel: "warning",
  formats: ["markdown", "loose"],
  check: ({ lines, file }) => {
    const headings = lines.map((l, i) => ({ i, m: /^#{1,6}\s+(.*)$/.exec(l) })).filter((h) => h.m);
    const toc = headings.find((h) => CONTENTS.test(norm(h.m![1]!)));
    if (!toc) return [];
    const titles = headings.filter((h) => h !== toc).map((h) => norm(h.m![1]!));
    const end = headings.find((h) => h.i > toc.i)?.i ?? lines.length;
    const out: Finding[] = [];
    for (let i = toc.i + 1; i < end; i++) {
      const raw = lines[i]!.replace(/^\s*[-*+]\s+/, "");
      const entry = norm(raw);
      if (!entry || CONTENTS.test(entry)) continue;
      const found = titles.some((t) => t === entry || (t.length > 3 && (t.startsWith(entry) || entry.startsWith(t))));
      if (!found) {
        out.push({ ruleId: "toc/mismatch", messageId: "toc/mismatch", data: { entry: raw.replace(/[.\u2026\t ]{2,}\s*\d*\s*$/, "").trim() }, source: { file, line: i + 1, column: 1 } });
      }
    }
    return out;
  },
};
