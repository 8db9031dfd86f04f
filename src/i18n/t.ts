import type { Language } from "../model/plan.js";
import { neutral } from "../format/neutral.js";
import { MESSAGES, type MessageId } from "./messages.js";

/** Fills `{name}` placeholders. Unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, data: Record<string, string | number> = {}): string {
  // values come from plans and outcomes: never a control character into a message (see format/neutral.ts)
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? neutral(String(data[key])) : whole));
}

/** A message in the given language. */
export function t(language: Language, id: MessageId | string, data?: Record<string, string | number>): string {
  const table = MESSAGES[language] as Record<string, string>;
  const template = table[id] ?? (MESSAGES.en as Record<string, string>)[id] ?? id;
  return interpolate(template, data);
}
