import type { Language } from "../model/plan.js";
import { MESSAGES, type MessageId } from "./messages.js";

const LOCALES: Record<Language, string> = { sv: "sv", nb: "nb", en: "en" };
const pluralRules = new Map<string, Intl.PluralRules>();

/** "one" or "other" for a count, by the language's own rules (Intl.PluralRules). */
function pluralOf(n: number, language: Language): string {
  const locale = LOCALES[language];
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * Fills `{name}` placeholders, and `{name:one|other}` with the word that agrees
 * with the number in `name` ("{count} {count:varning|varningar}"). Unknown
 * placeholders stay visible rather than vanish.
 */
export function interpolate(template: string, data: Record<string, string | number> = {}, language: Language = "en"): string {
  return template
    .replace(/\{(\w+):([^{}|]*)\|([^{}]*)\}/g, (whole, key: string, one: string, other: string) => {
      const n = Number(data[key]);
      return key in data && Number.isFinite(n) ? (pluralOf(n, language) === "one" ? one : other) : whole;
    })
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** A message in the given language. */
export function t(language: Language, id: MessageId | string, data?: Record<string, string | number>): string {
  const table = MESSAGES[language] as Record<string, string>;
  const template = table[id] ?? (MESSAGES.en as Record<string, string>)[id] ?? id;
  return interpolate(template, data, language);
}
