import type { Finding, Rule } from "../types.js";
import { dateIn, itemTexts } from "../text-sources.js";

/** A date that does not exist: "31 juni". */
export const dateInvalid: Rule = {
  id: "date/invalid",
  defaultLevel: "error",
  check: (ctx) => {
    const out: Finding[] = ctx.parseDiagnostics
      .filter((d) => d.ruleId === "date/invalid")
      .map((d) => ({ ruleId: "date/invalid", messageId: "date/invalid", data: d.data, source: d.source }));
    for (const { text, source } of itemTexts(ctx)) {
      const found = dateIn(ctx, text);
      if (found && !found.valid) out.push({ ruleId: "date/invalid", messageId: "date/invalid", data: { text: text.slice(found.index, found.index + found.length) }, source });
    }
    return out;
  },
};
