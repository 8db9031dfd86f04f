/**
 * Heading keywords (sv, nb, en) that decide what a heading holds. Data, not
 * code: a keyword matches at the start of the heading, as whole words.
 */

/** Introduction, contents, background: prose, never an area. */
export const PROSE_HEADINGS = [
  "inledning", "innledning", "introduktion", "introduction", "innehåll", "innehållsförteckning", "innhold",
  "innholdsfortegnelse", "contents", "table of contents", "sammanfattning", "sammendrag", "oppsummering",
  "summary", "bakgrund", "bakgrunn", "background", "förord", "forord", "foreword", "preface", "syfte",
  "formål", "purpose", "metod", "metode", "method", "nuvarande situation", "nåsituasjon", "current situation",
  "utgångspunkter", "utgangspunkt", "vision", "visjon", "värdegrund", "verdigrunnlag", "om oss", "about us",
];

/** Lists of dated events. */
export const DATE_HEADINGS = [
  "viktiga datum", "viktiga datum och händelser", "datum", "kalender", "kalendarium", "viktige datoer",
  "viktige datoar", "datoer", "aktivitetskalender", "important dates", "key dates", "dates", "calendar",
];

/** The national organisation's or the area's goals: goals, not activities. */
export const GOAL_HEADINGS = [
  "hovedmål", "hovudmål", "övergripande mål", "övergripande målsättningar", "övergripande målsättning",
  "målsättningar", "målsättning", "mål", "overordnede mål", "overordnet mål", "goals", "overall goals",
  "main goals", "objectives",
];

/** The branch's own goals or activities under an area: these items are activities. */
export const ACTIVITY_HEADINGS = [
  "fagforeningens mål", "foreningens mål", "avdelingens mål", "klubbens mål", "lagets mål",
  "avdelningens mål", "klubbens mål", "distriktets mål", "våra mål", "lokala mål", "lokale mål",
  "our goals", "local goals", "aktiviteter", "planerade aktiviteter", "planlagte aktiviteter", "insatser",
  "tiltak", "activities", "planned activities", "actions",
];

/** A list item label whose nested items are activities: "Centrala måltal:". */
export const GROUP_LABELS = /^(centrala\s+måltal|måltal|sentrale\s+mål|central\s+targets|targets)\b/i;

/** Words that name the document itself in a title: stripped to find the organisation. */
export const PLAN_WORDS =
  /\b(verksamhetsplan(en)?|handlingsplan(en)?|aktivitetsplan(en)?|arbeidsplan(en)?|virksomhetsplan(en)?|årsplan(en)?|activity plan|action plan|annual plan|work plan|plan)\b/gi;

/** Words that say a plan was adopted, and by whom: "Vedtatt på årsmøtet den 31.01.24". */
export const ADOPTED = /^(antagen|antogs|fastställd|fastställdes|beslutad|vedtatt|vedteke|godkjent|adopted|approved)\b\s*(?:(?:på|vid|av|at|by|of)\s+)?(.*)$/i;

/** true when `text` starts with one of `keywords` as whole words. */
export function startsWithKeyword(text: string, keywords: readonly string[]): boolean {
  const t = text.toLowerCase().replace(/^[\s*_#\d.)]+/, "").trim();
  return keywords.some((k) => t === k || (t.startsWith(k) && /^[^\p{L}\p{N}]/u.test(t.slice(k.length))));
}
