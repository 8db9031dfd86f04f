import { ALL_PACKS } from "../i18n/lang/index.js";

const FOLD: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", ß: "ss", é: "e", è: "e" };

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåäöüßéè]/g, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
}

/**
 * Little words left out of generated ids, so the id keeps the words that carry
 * meaning: every pack's fillers, folded like the ids ("på" → "pa").
 */
const FILLER = new Set(ALL_PACKS.flatMap((p) => p.slugFillers.map(fold)));

/** A stable, lower-case, ASCII id: "Övrigt" → "ovrigt", "Facklig-politiskt" → "facklig-politiskt". */
export function slugify(text: string, maxWords = 6): string {
  const words = fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  return (meaningful.length ? meaningful : words).slice(0, maxWords).join("-");
}
