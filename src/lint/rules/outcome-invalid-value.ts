import type { Finding, Rule } from "../types.js";

/** A value the outcomes file cannot have: "many" as a number, an unknown status. */
export const outcomeInvalidValue: Rule = {
  id: "outcome/invalid-value",
  defaultLevel: "error",
  check: ({ outcomes }) => (outcomes?.errors ?? []).map((e): Finding => ({ ruleId: "outcome/invalid-value", messageId: e.messageId, data: e.data, source: e.source })),
};
