import { t } from "../i18n/t.js";
import { RULES } from "./rules/index.js";

/** docs/rules.md, made from the rules' own metadata (so it cannot drift). */
export function renderRulesDoc(): string {
  const rows = RULES.map(
    (r) => `| \`${r.id}\` | ${r.defaultLevel} | ${t("en", `${r.id}.description`)} | ${t("sv", `${r.id}.description`)} | ${t("nb", `${r.id}.description`)} |`,
  );
  return [
    "# Lint rules",
    "",
    "Generated from the rules' metadata (`npm run docs`); `plan lint --rules` prints the same list with the levels your `plan.config.yaml` sets.",
    "",
    "Set a level per rule in `plan.config.yaml`:",
    "",
    "```yaml",
    "lint:",
    "  rules:",
    "    activity/not-measurable: warning   # off | info | warning | error",
    "```",
    "",
    "Silence a rule for the next item of a Markdown plan with `<!-- plan-lint-disable rule-id -->`.",
    "",
    "| rule | default level | finds | svenska | norsk |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");
}
