import { scanTargets } from "../../extract/targets.js";
import type { Finding, Rule } from "../types.js";

/** A number the reader could not classify in an activity without targets: no unit after it, so it is no target — was it meant as one? */
export const targetAmbiguous: Rule = {
  id: "target/ambiguous",
  defaultLevel: "warning",
  check: ({ plan }) => {
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      // beside a target, a bare number is part of a name ("Medlem i facket 2")
      if (a.targets.length) continue;
      for (const n of scanTargets(a.title, plan.language).ambiguous) {
        out.push({ ruleId: "target/ambiguous", messageId: "target/ambiguous", data: { number: n.text, id: a.id }, source: a.source });
      }
    }
    return out;
  },
};
