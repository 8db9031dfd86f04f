import type { Heading, RootContent } from "mdast";
import type { Area, Plan } from "../../../model/plan.js";
import { assignIds } from "../../ids.js";
import { splitAttributes } from "../attributes.js";
import { plainText } from "../mdast.js";
import { clean } from "../nodes.js";
import { IMPLICIT_AREA_TITLE } from "../vocabulary.js";
import type { Draft, ReadContext } from "./context.js";
import type { SectionsRead } from "./read-sections.js";
import type { TitleBlock } from "./title-block.js";

/**
 * Phase 6: decide which candidates are areas (the others are prose sections),
 * assign ids and build the plan.
 */
export function assemble(title: TitleBlock, read: SectionsRead, blocks: readonly RootContent[], ctx: ReadContext): Plan {
  let priorities = [...read.priorities, ...listedAreaNames(read, blocks)];
  let drafts = read.drafts.filter(isArea);
  if (!drafts.length && read.intro?.draft.area.activities.length) {
    // a flat plan: one implicit area titled after the document; its list is not priorities
    const { draft, section } = read.intro;
    draft.area.title = title.title || IMPLICIT_AREA_TITLE[ctx.language];
    section.draft = draft;
    priorities = priorities.slice(read.intro.priorities);
    drafts = [draft];
  }
  const stranded = read.intro && !drafts.includes(read.intro.draft) ? read.intro.draft.area.activities : [];
  if (stranded.length) {
    // a list or table before the first area heading, in a plan with areas: said, never dropped in silence
    ctx.diagnostics.push({ ruleId: "plan/activities-before-areas", severity: "warning", messageId: "plan/activities-before-areas", data: { count: stranded.length }, source: stranded[0]!.source });
  }
  const areas: Area[] = [];
  const sectionNumbers = new Map<Area, string>();
  for (const d of drafts) {
    if (d.descriptionParts.length) d.area.description = d.descriptionParts.join("\n\n");
    areas.push(d.area);
    if (d.number) sectionNumbers.set(d.area, d.number);
  }
  assignIds(areas, ctx.diagnostics, sectionNumbers);
  const plan: Plan = {
    title: title.title ?? "",
    language: ctx.language,
    priorities,
    dates: read.dates,
    // headings that did not become areas are the plan's prose sections
    sections: read.prose.filter((s) => !s.draft || !areas.includes(s.draft.area)).map(({ title: t, markdown }) => ({ title: t, markdown })),
    areas,
    source: ctx.src(title.titleNode),
  };
  if (title.organisation) plan.organisation = title.organisation;
  if (title.period) plan.period = title.period;
  if (title.origin.title || title.origin.period) plan.origin = title.origin;
  if (title.adopted && (title.adopted.by || title.adopted.date)) plan.adopted = title.adopted;
  return plan;
}

/**
 * A section whose items only name the plan's other headings lists the areas
 * ("Følgende områder er prioritert: 1. … 6."): its items are priorities, and
 * the candidate loses them. Most, not all: a listed name may be worded a little
 * differently from its heading.
 */
function listedAreaNames(read: SectionsRead, blocks: readonly RootContent[]): string[] {
  const headingTitles = new Set(
    blocks.filter((b): b is Heading => b.type === "heading").map((h) => normalTitle(splitAttributes(clean(plainText(h))).text)),
  );
  const out: string[] = [];
  for (const d of read.drafts) {
    const acts = d.area.activities;
    const named = acts.filter((a) => headingTitles.has(normalTitle(a.title))).length;
    if (named >= 2 && named * 2 >= acts.length && acts.every((a) => a.targets.length === 0)) {
      out.push(...acts.map((a) => a.title));
      d.area.activities = [];
      d.number = undefined;
    }
  }
  return out;
}

function isArea(d: Draft): boolean {
  return d.area.activities.length > 0 || d.area.goals.length > 0 || d.explicit || d.number !== undefined;
}

function normalTitle(t: string): string {
  return t.replace(/^\d{1,3}[.)]\s+/, "").replace(/[:.]$/, "").trim().toLowerCase();
}
