import { isPlaceholderOrganisation } from "../../model/config.js";
import type { Rule } from "../types.js";

/** `plan init` writes "Vår förening" into the config; until it is changed, no report should be made with it. */
export const configPlaceholder: Rule = {
  id: "config/placeholder",
  defaultLevel: "warning",
  check: ({ config }) =>
    config && isPlaceholderOrganisation(config.organisation)
      ? [{ ruleId: "config/placeholder", messageId: "config/placeholder", data: { name: config.organisation!, file: "plan.config.yaml" }, source: config.source }]
      : [],
};
