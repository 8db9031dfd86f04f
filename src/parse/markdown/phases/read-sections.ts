import type { RootContent } from "mdast";
import type { Activity, DateEvent } from "../../../model/plan.js";
import { plainText } from "../mdast.js";
import { clean, firstLine, sliceText } from "../nodes.js";
import { makeActivity, makeGoal, readAreaBlocks, readGoalBlocks, withoutGoalLabel } from "./activities.js";
import { classifyHead } from "./classify.js";
import type { Draft, ReadContext } from "./context.js";
import { readDateBlocks } from "./dates.js";
import type { Section } from "./sections.js";
import { labelledCells } from "./tables.js";

/** A section of text as written, and the candidate area it belongs to. */
export interface ProseSection {
  title: string;
  markdown: string;
  draft?: Draft;
}

export interface SectionsRead {
  drafts: Draft[];
  prose: ProseSection[];
  priorities: string[];
  dates: DateEvent[];
  /**
   * The introduction read as an area: a plan that is one list (or one activity
   * table) under its title has no section lines, and its list is its
   * activities. Used by the assemble phase only when the plan has no other area.
   */
  intro?: { draft: Draft; section: ProseSection; priorities: number };
}

type Mode = "prose" | "area" | "goals" | "dates";

/**
 * Classifies each section's head and reads its blocks by what the head opened:
 * candidate areas and their activities, goals, dates, prose and the
 * introduction's priorities. A sub-heading (activities, goals) continues the
 * area it is under; anything else starts afresh.
 */
export function readSections(sections: readonly Section[], ctx: ReadContext): SectionsRead {
  const out: SectionsRead = { drafts: [], prose: [], priorities: [], dates: [] };
  let current: Draft | undefined;
  let mode: Mode = "prose";
  const proseOf = (s: Section, title: string, intro: boolean, draft?: Draft) => {
    out.prose.push({ title, markdown: s.blocks.length ? sliceText(ctx.text, s.blocks[0]!, s.end) : "", draft });
    if (intro) for (const b of s.blocks) if (b.type === "list") for (const item of b.children) out.priorities.push(clean(firstLine(item)));
  };
  for (const [k, s] of sections.entries()) {
    if (!s.head) {
      // text between the title block and the first heading
      if (s.blocks.length) {
        proseOf(s, "", true);
        const draft = newDraft("", s.blocks[0]!, 2, undefined, ctx);
        readAreaBlocks(draft, s.blocks, ctx);
        out.intro = { draft, section: out.prose[out.prose.length - 1]!, priorities: out.priorities.length };
      }
      continue;
    }
    const head = s.head;
    const role = classifyHead(head, current?.depth);
    if (role.kind === "dates") {
      mode = "dates";
    } else if (role.kind === "activities") {
      mode = "area";
    } else if (role.kind === "goals") {
      mode = "goals";
    } else if (role.kind === "goal") {
      current!.area.goals.push(makeGoal(withoutGoalLabel(head.text), head.node, ctx));
    } else if (role.kind === "prose" && current && head.kind === "heading" && head.depth > current.depth) {
      // "### Bakgrunn" under its area: its text describes the area, and the area goes on ("### Tiltak" after it)
      mode = "area";
      for (const b of s.blocks) if (b.type === "paragraph") current.descriptionParts.push(clean(plainText(b)));
      continue;
    } else if (role.kind === "prose") {
      mode = "prose";
      current = undefined;
      proseOf(s, head.text, true);
      continue;
    } else if (current && mode === "area" && isHeadingActivity(s, sections[k + 1], current)) {
      // "### Vi skal verve 100 nye medlemmer" under its area: the heading is the activity, its text the details
      const activity = makeActivity(head.text.replace(/:$/, ""), head.node, ctx);
      current.area.activities.push(activity);
      current.open = activity;
      readHeadingActivityBlocks(activity, s.blocks, current, ctx);
      continue;
    } else {
      current = newDraft(role.title, head.node, head.kind === "heading" ? head.depth : (current?.depth ?? 2), role.number, ctx);
      if (head.kind === "heading" && head.attributes?.id) {
        current.area.id = head.attributes.id;
        current.explicit = true;
      }
      if (head.kind === "line" && head.leadIn) current.descriptionParts.push(head.leadIn);
      out.drafts.push(current);
      mode = "area";
      proseOf(s, head.kind === "item" ? `${head.number}. ${head.text}` : head.text, false, current);
    }
    readBlocks(s.blocks, mode, current, out, ctx);
  }
  return out;
}

/**
 * A heading under an area that is an activity of its own: deeper than the area, with text at most
 * under it (no list or table of activities, no heading deeper still), and an area that has no
 * activities of another kind.
 */
function isHeadingActivity(s: Section, next: Section | undefined, area: Draft): boolean {
  const head = s.head;
  if (!head || head.kind !== "heading" || head.depth <= area.depth) return false;
  if (area.area.activities.length !== (area.headingActivities ?? 0)) return false;
  if (s.blocks.some((b) => b.type !== "paragraph")) return false;
  const deeper = next?.head?.kind === "heading" && next.head.depth > head.depth;
  return !deeper && head.text.split(/\s+/).length >= 3;
}

/** The text under a heading activity: "Ansvar: Styret. Frist: 1. desember." gives owner and when; other text describes it. */
function readHeadingActivityBlocks(activity: Activity, blocks: readonly RootContent[], draft: Draft, ctx: ReadContext): void {
  draft.headingActivities = (draft.headingActivities ?? 0) + 1;
  for (const b of blocks) {
    const text = clean(plainText(b));
    const labelled = labelledCells(text, ctx.language);
    if (labelled) {
      if (labelled.owner) activity.owner = labelled.owner;
      if (labelled.when) activity.when = labelled.when;
      continue;
    }
    readAreaBlocks(draft, [b], ctx);
  }
}

function readBlocks(blocks: RootContent[], mode: Mode, current: Draft | undefined, out: SectionsRead, ctx: ReadContext): void {
  if (mode === "dates") out.dates.push(...readDateBlocks(blocks, ctx));
  else if (!current || mode === "prose") return;
  else if (mode === "goals") readGoalBlocks(current, blocks, ctx);
  else readAreaBlocks(current, blocks, ctx);
}

function newDraft(title: string, node: RootContent, depth: number, number: string | undefined, ctx: ReadContext): Draft {
  return {
    area: { id: "", title, goals: [], activities: [], source: ctx.src(node) },
    depth,
    number,
    explicit: false,
    descriptionParts: [],
  };
}


