import type { SourceRef } from "../../model/plan.js";
import type { Finding, Rule } from "../types.js";

export const activityDuplicateId: Rule = {
  id: "activity/duplicate-id",
  defaultLevel: "error",
  check: ({ plan }) => {
    const first = new Map<string, SourceRef>();
    const out: Finding[] = [];
    for (const a of plan.areas.flatMap((x) => x.activities)) {
      const seen = first.get(a.id);
      if (seen) out.push({ ruleId: "activity/duplicate-id", messageId: "activity/duplicate-id", data: { id: a.id, line: seen.line }, source: a.source });
      else first.set(a.id, a.source);
    }
    return out;
  },
};
