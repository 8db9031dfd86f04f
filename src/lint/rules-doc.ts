import { BASE_LANGUAGE, LANGUAGES, PACKS } from "../i18n/lang/index.js";
import { t } from "../i18n/t.js";
import { RULES } from "./rules/index.js";

/** A column per language with messages of its own (nynorsk borrows bokmål's). */
const DOC_LANGUAGES = LANGUAGES.filter(
  (l, i) => l !== BASE_LANGUAGE && !LANGUAGES.slice(0, i).some((o) => PACKS[o].messages === PACKS[l].messages),
);

/** docs/rules.md, made from the rules' own metadata (so it cannot drift). */
export function renderRulesDoc(): string {
  const rows = RULES.map(
    (r) => `| \`${r.id}\` | ${r.defaultLevel} | ${t(BASE_LANGUAGE, `${r.id}.description`)} | ${DOC_LANGUAGES.map((l) => t(l, `${r.id}.description`)).join(" | ")} |`,
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
    `| rule | default level | finds | ${DOC_LANGUAGES.map((l) => PACKS[l].name).join(" | ")} |`,
    `| --- | --- | --- | ${DOC_LANGUAGES.map(() => "---").join(" | ")} |`,
    ...rows,
    "",
  ].join("\n");
}
