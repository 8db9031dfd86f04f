import type { Nodes, RootContent } from "mdast";
import { findDate, titleWithoutDate } from "../../../extract/dates.js";
import type { Diagnostic } from "../../../model/diagnostic.js";
import type { DateEvent, SourceRef } from "../../../model/plan.js";
import { plainText } from "../mdast.js";
import { clean } from "../nodes.js";
import type { ReadContext } from "./context.js";

/** The blocks under a dates heading: one event per line; unreadable and impossible dates are diagnostics. */
export function readDateBlocks(blocks: readonly RootContent[], ctx: ReadContext): DateEvent[] {
  const dates: DateEvent[] = [];
  for (const b of blocks) {
    const lines = b.type === "list" ? b.children.map((item) => ({ text: plainText(item), node: item as Nodes })) : [{ text: plainText(b), node: b as Nodes }];
    for (const { text: t, node } of lines) {
      for (const line of t.split("\n")) {
        const l = clean(line);
        if (!l) continue;
        const found = findDate(l, ctx.year ?? NaN);
        if (!found || Number.isNaN(Number(found.date.slice(0, 4)))) {
          ctx.diagnostics.push(diag("parse/date-unreadable", "warning", { text: l }, ctx.src(node)));
          continue;
        }
        if (!found.valid) {
          ctx.diagnostics.push(diag("date/invalid", "error", { text: l }, ctx.src(node)));
          continue;
        }
        const event: DateEvent = { date: found.date, title: titleWithoutDate(l, found), source: ctx.src(node) };
        if (found.end) event.end = found.end;
        dates.push(event);
      }
    }
  }
  return dates;
}

function diag(ruleId: string, severity: Diagnostic["severity"], data: Diagnostic["data"], source: SourceRef): Diagnostic {
  return { ruleId, severity, messageId: ruleId, data, source };
}
