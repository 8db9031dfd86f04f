import { ALL_PACKS } from "../../i18n/lang/index.js";
import { phrasePattern, WORD_END, WORD_START } from "../../text/pattern.js";

/**
 * Heading keywords that decide what a heading holds, derived from the
 * language packs (src/i18n/lang/): a keyword matches at the start of the
 * heading, as whole words, in any language.
 */
const all = (pick: (p: (typeof ALL_PACKS)[number]) => readonly string[]): string[] => [...new Set(ALL_PACKS.flatMap(pick))];

/** Introduction, contents, background: prose, never an area. */
export const PROSE_HEADINGS = all((p) => p.headings.prose);

/** Lists of dated events. */
export const DATE_HEADINGS = all((p) => p.headings.dates);

/** The national organisation's or the area's goals: goals, not activities. */
export const GOAL_HEADINGS = all((p) => p.headings.goals);

/** A line that names the area's goal: "Mål: …", "Målsetting: 1 400 medlemmer". */
export const GOAL_LINE = new RegExp(`^(?:${phrasePattern(GOAL_HEADINGS)})\\s*:\\s*\\S`, "iu");

/** The branch's own goals or activities under an area: these items are activities. */
export const ACTIVITY_HEADINGS = all((p) => p.headings.activities);

/** The table of contents. */
export const CONTENTS_HEADINGS = all((p) => p.headings.contents);

/** A list item label whose nested items are activities: "Centrala måltal:". */
export const GROUP_LABELS = new RegExp(`^(${phrasePattern(all((p) => p.headings.groupLabels))})${WORD_END}`, "iu");

/** Words that name the document itself in a title: stripped to find the organisation. */
export const PLAN_WORDS = new RegExp(`${WORD_START}(${phrasePattern(all((p) => p.headings.planWords))})${WORD_END}`, "giu");

/** Words that say a plan was adopted, and by whom: "Vedtatt på årsmøtet den 31.01.24". */
export const ADOPTED = new RegExp(
  `^(${phrasePattern(all((p) => p.headings.adopted))})${WORD_END}\\s*(?:(?:${phrasePattern(all((p) => p.headings.adoptedBy))})\\s+)?(.*)$`,
  "iu",
);

/** Line markers of pasted text whose rest is an activity: "Insats: …". */
export const ITEM_MARKER = new RegExp(`^(${phrasePattern(all((p) => p.headings.itemMarkers))})\\s*:\\s*(.*)$`, "i");

/** Letters a lettered list item may start with: "a)", "å)". */
export const ITEM_LETTERS = `a-z${[...new Set(ALL_PACKS.flatMap((p) => [...p.extraLetters]))].join("")}`;

/** true when `text` starts with one of `keywords` as whole words. */
export function startsWithKeyword(text: string, keywords: readonly string[]): boolean {
  const t = text.toLowerCase().replace(/^[\s*_#\d.)]+/, "").trim();
  return keywords.some((k) => t === k || (t.startsWith(k) && /^[^\p{L}\p{N}]/u.test(t.slice(k.length))));
}
