import { duplicateIdFinding, duplicateIds } from "../../parse/ids.js";
import type { Rule } from "../types.js";

/** The reader's own check (parse/ids.ts), for plans lint reads: two activities with one id. */
export const activityDuplicateId: Rule = {
  id: "activity/duplicate-id",
  defaultLevel: "error",
  check: ({ plan }) => duplicateIds(plan.areas.flatMap((x) => x.activities)).map(duplicateIdFinding),
};
