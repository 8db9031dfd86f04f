import type { Finding, Rule } from "../types.js";

/** A planned activity with no outcome yet: it would be "not reported" in the report. */
export const outcomeMissing: Rule = {
  id: "outcome/missing",
  defaultLevel: "warning",
  check: ({ plan, outcomes }) => {
    if (!outcomes || outcomes.errors.length) return []; // fix the values first
    const acts = outcomes.outcomes.activities ?? {};
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      const o = acts[a.id];
      const empty = !o || (o.status == null && o.actual == null && o.light == null);
      if (!empty) continue;
      const where = o === undefined ? ["activities"] : ["activities", a.id];
      out.push({ ruleId: "outcome/missing", messageId: "outcome/missing", data: { id: a.id, line: a.source.line }, source: { file: outcomes.file, ...outcomes.doc.locate(where) } });
    }
    return out;
  },
};
