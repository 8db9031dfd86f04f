import { BASE_LANGUAGE, PACKS, type Language } from "./lang/index.js";
import type { MessageId } from "./messages.js";

/** Fills `{name}` placeholders. Unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** A message in the given language. */
export function t(language: Language, id: MessageId | string, data?: Record<string, string | number>): string {
  const template = PACKS[language].messages[id] ?? PACKS[BASE_LANGUAGE].messages[id] ?? id;
  return interpolate(template, data);
}
