const FOLD: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", ß: "ss", é: "e", è: "e" };

/** Little words left out of generated ids, so the id keeps the words that carry meaning. */
const FILLER = new Set(["i", "och", "att", "for", "med", "av", "pa", "en", "ett", "den", "det", "de", "som", "till", "om", "og", "a", "til", "the", "and", "of", "to", "in", "on", "an", "vi", "ska", "skal", "we", "will"]);

/** A stable, lower-case, ASCII id: "Övrigt" → "ovrigt", "Facklig-politiskt" → "facklig-politiskt". */
export function slugify(text: string, maxWords = 6): string {
  const folded = text
    .toLowerCase()
    .replace(/[æøåäöüßéè]/g, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const words = folded.split(/[^a-z0-9]+/).filter(Boolean);
  const meaningful = words.filter((w) => !FILLER.has(w));
  return (meaningful.length ? meaningful : words).slice(0, maxWords).join("-");
}
