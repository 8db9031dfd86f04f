import { phrasePattern } from "../../../text/pattern.js";
import { ACTIVITY_HEADINGS, DATE_HEADINGS, GOAL_HEADINGS, PROSE_HEADINGS, startsWithKeyword } from "../keywords.js";
import type { Head } from "./sections.js";

/**
 * What a head opens:
 * - `area`: a candidate area (kept if it gets activities or goals, is numbered or has an id);
 * - `activities` / `goals`: a sub-heading of the current area whose items are activities / goals;
 * - `goal`: a sub-heading that is itself a goal ("Mål for innmeldinger: 45 nye");
 * - `prose`: introduction, background, the national goals — never an area;
 * - `dates`: a list of dated events.
 */
export type Role =
  | { kind: "area"; title: string; number?: string }
  | { kind: "activities" }
  | { kind: "goals" }
  | { kind: "goal" }
  | { kind: "prose" }
  | { kind: "dates" };

const NUMBER_PREFIX = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+/;
const NUMBERED_GOAL = new RegExp(`^(?:${phrasePattern(GOAL_HEADINGS)})\\s+\\d{1,2}\\s*[:.–-]\\s*\\p{L}`, "iu");
const SECTION_NUMBER = /^(\d{1,3})[.)]\s+/;

/**
 * Phase 4: classify a head by its words and its depth relative to the area
 * it is under (`areaDepth`, undefined outside an area). Pure.
 */
export function classifyHead(head: Head, areaDepth: number | undefined): Role {
  if (head.kind === "item") return { kind: "area", title: head.text, number: head.number };
  const text = head.text;
  if (startsWithKeyword(text, DATE_HEADINGS)) return { kind: "dates" };
  // a section line found by its shape sits under the area it is in
  const sub = areaDepth !== undefined && (head.kind === "line" || head.depth > areaDepth);
  if (sub && startsWithKeyword(text, ACTIVITY_HEADINGS)) return { kind: "activities" };
  if (sub && startsWithKeyword(text, GOAL_HEADINGS)) {
    const colon = text.indexOf(":");
    return colon !== -1 && text.slice(colon + 1).trim() ? { kind: "goal" } : { kind: "goals" };
  }
  // "Mål 1: Flere medlemmer": a numbered goal that the plan is organised by is an area
  if (!sub && NUMBERED_GOAL.test(text)) return { kind: "area", title: text.replace(/:$/, "") };
  if (startsWithKeyword(text, PROSE_HEADINGS) || startsWithKeyword(text, GOAL_HEADINGS)) return { kind: "prose" };
  const numbered = SECTION_NUMBER.exec(text) ?? NUMBER_PREFIX.exec(text);
  const title = (numbered ? text.slice(numbered[0].length) : text).replace(/:$/, "");
  return numbered ? { kind: "area", title, number: numbered[1] } : { kind: "area", title };
}
