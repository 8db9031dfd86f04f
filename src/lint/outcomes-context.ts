import { t } from "../i18n/t.js";
import { diagnosticOf } from "../model/diagnostic.js";
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
    // the hint in words travels in the data: lint's output shows it after the message
    errors: checked.errors.map((e) => diagnosticOf(e, "outcome/invalid-value", "error", file, e.hint ? { ...e.data, hint: t(lang, e.hint.messageId, e.hint.data) } : e.data)),
  };
}
