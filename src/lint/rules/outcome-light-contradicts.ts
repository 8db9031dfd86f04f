import { scoreActivity } from "../../score/score-report.js";
import type { Finding, Rule } from "../types.js";

/** A light set by hand that the numbers disagree with: fine, but worth a second look. */
export const outcomeLightContradicts: Rule = {
  id: "outcome/light-contradicts",
  defaultLevel: "info",
  check: ({ plan, outcomes, scoring }) => {
    if (!outcomes) return [];
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      const o = outcomes.outcomes.activities?.[a.id];
      if (!o?.light) continue;
      const byNumbers = scoreActivity(a, { ...o, light: null }, scoring, []);
      if (byNumbers.rule === "targets" && byNumbers.light !== o.light) {
        out.push({
          ruleId: "outcome/light-contradicts",
          messageId: "outcome/light-contradicts",
          data: { id: a.id, light: o.light, computed: byNumbers.light, percent: Math.round((byNumbers.ratio ?? 0) * 100) },
          source: { file: outcomes.file, ...outcomes.doc.locate(["activities", a.id, "light"]) },
        });
      }
    }
    return out;
  },
};
