import { PACKS } from "../../i18n/lang/index.js";
import type { Templates } from "../../model/templates.js";
import type { Rollup } from "../../rollup/types.js";
import type { Block, Layout } from "../pdf/layout.js";
import { rollupContent } from "./rollup-tables.js";

/** The roll-up as the PDF renderer's layout model: the same blocks the annual report uses. Pure. */
export function buildRollupLayout(rollup: Rollup, templates: Templates): Layout {
  const c = rollupContent(rollup, templates);
  const blocks: Block[] = [{ type: "title", text: c.title }, { type: "paragraph", text: c.intro }];
  for (const s of c.sections) {
    blocks.push({ type: "heading", level: 1, text: s.heading });
    if (s.table) {
      const n = s.table.header.length;
      // the area table has a count of branches beside the name: give that header room for its word
      const widths = n === 8 ? [0.26, 0.14, ...Array<number>(6).fill(0.1)] : [0.32, ...Array<number>(n - 1).fill(0.68 / (n - 1))];
      blocks.push({
        type: "table",
        header: s.table.header,
        rows: s.table.rows,
        ...(s.table.total ? { total: s.table.total } : {}),
        align: s.table.align,
        widths,
      });
    }
    for (const b of s.bullets ?? []) blocks.push({ type: "bullet", text: b });
    if (s.note) blocks.push({ type: "paragraph", text: s.note, ...(s.table ? { muted: true } : {}) });
  }
  return {
    meta: { title: c.title, subject: c.title, language: PACKS[rollup.language].locale, header: c.title, pageOf: templates.pageOf, contents: templates.contentsHeading, continued: templates.continued },
    blocks,
  };
}
