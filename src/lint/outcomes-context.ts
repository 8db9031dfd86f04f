import { t } from "../i18n/t.js";
import type { Language } from "../model/plan.js";
import { checkOutcomesFile } from "../outcomes/parse-outcomes.js";
import type { LintContext } from "./types.js";

/** A year's outcomes text as lint sees it: the outcomes, where each key is, and the values that are wrong. Pure. */
export function outcomesContext(text: string, file: string, year: number, lang: Language): NonNullable<LintContext["outcomes"]> {
  const checked = checkOutcomesFile(text, file, year);
  return {
    file,
    outcomes: checked.outcomes ?? { year: 0 },
    doc: checked.doc,
    errors: checked.errors.map((e) => ({
      messageId: e.messageId,
      data: e.hint ? { ...e.data, hint: t(lang, e.hint.messageId, e.hint.data) } : e.data,
      source: { file, line: e.where?.line ?? 1, column: e.where?.column ?? 1 },
    })),
  };
}
