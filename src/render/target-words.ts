import { formatNumber } from "../text/numbers.js";
import { PACKS } from "../i18n/lang/index.js";
import { t } from "../i18n/t.js";
import type { Language, Target } from "../model/plan.js";

/** A target in words: "minst 80 deltagare", "25 %", "at most 2 releases". */
export function targetWords(target: Target, lang: Language): string {
  const cmp = target.comparison === "atLeast" ? `${t(lang, "show.atLeast")} ` : target.comparison === "atMost" ? `${t(lang, "show.atMost")} ` : "";
  const n = formatNumber(target.value, PACKS[lang].decimalComma);
  return `${cmp}${n}${target.percent ? " %" : target.unit ? ` ${target.unit}` : ""}`;
}
