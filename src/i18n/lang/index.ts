import { da } from "./da.js";
import { en } from "./en.js";
import { nb } from "./nb.js";
import { nn } from "./nn.js";
import type { LanguagePack } from "./pack.js";
import { sv } from "./sv.js";

export type { LanguagePack } from "./pack.js";

/**
 * Every language plan speaks and reads, by code. Adding a language is one
 * more pack here; the order decides ties in language detection.
 */
const packs = { sv, nb, en, nn, da } satisfies Record<string, LanguagePack>;

export type Language = keyof typeof packs;

export const PACKS: Record<Language, LanguagePack> = packs;

/** The codes, for z.enum and for option choices. */
export const LANGUAGES = Object.keys(PACKS) as [Language, ...Language[]];

/** The language messages fall back to, and the one machine-readable output uses. */
export const BASE_LANGUAGE: Language = "en";

export function pack(language: Language): LanguagePack {
  return PACKS[language];
}

/** All packs, for tables that hold the words of every language. */
export const ALL_PACKS: LanguagePack[] = Object.values(PACKS);

/** One table per language, picked from each pack: `byLanguage((p) => p.lint.vagueVerbs)`. */
export function byLanguage<T>(pick: (p: LanguagePack) => T): Record<Language, T> {
  return Object.fromEntries(LANGUAGES.map((code) => [code, pick(PACKS[code])])) as Record<Language, T>;
}
