import { formatNumber } from "../text/numbers.js";
import { PACKS } from "../i18n/lang/index.js";
import { t } from "../i18n/t.js";
import type { Language, Target } from "../model/plan.js";

/**
 * A target in words, every figure as the plan wrote it: "minst 80 deltagare",
 * "12,5 %", "40–60 deltagare", "högst 3 avhopp", "25 % av 12 683 elever = 3 171 elever",
 * "2 besök per månad".
 */
export function targetWords(target: Target, lang: Language): string {
  const cmp = target.comparison === "atLeast" ? `${t(lang, "show.atLeast")} ` : target.comparison === "atMost" ? `${t(lang, "show.atMost")} ` : "";
  const num = (n: number) => formatNumber(n, PACKS[lang].decimalComma, 6);
  const n = target.max !== undefined ? `${num(target.value)}–${num(target.max)}` : num(target.value);
  let words = `${cmp}${n}${target.percent ? " %" : target.unit ? ` ${target.unit}` : ""}`;
  if (target.base) words += ` ${PACKS[lang].reading.shareOf[0]} ${num(target.base.value)}${target.base.unit ? ` ${target.base.unit}` : ""}`;
  if (target.count) words += ` = ${num(target.count.value)}${target.count.unit ? ` ${target.count.unit}` : ""}`;
  // a rate is reported as a rate: "2 arbetsplatsbesök per månad"
  if (target.per) words += ` ${target.per}`;
  return words;
}
