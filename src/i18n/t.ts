import { BASE_LANGUAGE, LANGUAGES, PACKS, type Language } from "./lang/index.js";
import type { MessageId } from "./messages.js";

/** Fills `{name}` placeholders. Unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** Placeholders every message may use: `{languages}` is the list of language codes, so help never goes stale. */
const COMMON = { languages: LANGUAGES.join(" | ") };

/** A message in the given language. */
export function t(language: Language, id: MessageId | string, data?: Record<string, string | number>): string {
  const template = PACKS[language].messages[id] ?? PACKS[BASE_LANGUAGE].messages[id] ?? id;
  return interpolate(template, { ...COMMON, ...data });
}
