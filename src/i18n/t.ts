import { BASE_LANGUAGE, LANGUAGES, PACKS, type Language } from "./lang/index.js";
import type { MessageId } from "./messages.js";
import { neutral } from "../text/neutral.js";

const pluralRules = new Map<string, Intl.PluralRules>();

/** "one" or "other" for a count, by the language's own rules (Intl.PluralRules). */
function pluralOf(n: number, language: Language): string {
  const locale = PACKS[language].locale;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(n);
}

/**
 * Fills `{name}` placeholders, and `{name:one|other}` with the word that agrees
 * with the number in `name` ("{count} {count:varning|varningar}"). Unknown
 * placeholders stay visible rather than vanish.
 */
export function interpolate(template: string, data: Record<string, string | number> = {}, language: Language = BASE_LANGUAGE): string {
  return template
    .replace(/\{(\w+):([^{}|]*)\|([^{}]*)\}/g, (whole, key: string, one: string, other: string) => {
      const n = Number(data[key]);
      return key in data && Number.isFinite(n) ? (pluralOf(n, language) === "one" ? one : other) : whole;
    })
    // values come from plans and outcomes: never a control character into a message (see text/neutral.ts)
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? neutral(String(data[key])) : whole));
}

/** Placeholders every message may use: `{languages}` is the list of language codes, so help never goes stale. */
const COMMON = { languages: LANGUAGES.join(" | ") };

/** A message in the given language. */
export function t(language: Language, id: MessageId | string, data?: Record<string, string | number>): string {
  const template = PACKS[language].messages[id] ?? PACKS[BASE_LANGUAGE].messages[id] ?? id;
  return interpolate(template, { ...COMMON, ...data }, language);
}
