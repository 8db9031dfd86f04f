import type { List, Nodes, Paragraph, RootContent } from "mdast";
import { parseShortTarget } from "../../../extract/target-short.js";
import { extractTargets } from "../../../extract/targets.js";
import type { Activity, Goal } from "../../../model/plan.js";
import { splitAttributes, type Attributes } from "../attributes.js";
import { GOAL_LINE, GROUP_LABELS } from "../keywords.js";
import { plainText } from "../mdast.js";
import { clean, firstLine, flattenItems, itemText } from "../nodes.js";
import type { Draft, ReadContext } from "./context.js";
import { isActivityTable, tableActivities } from "./tables.js";

/** A target phrase in the YAML form's short form: "min 6 inspections", "max 3", "≥ 40". */
const SHORT_SIGN = /^\s*(?:min\.?|max\.?|≥|≤|>=|<=)\s*\d/i;

const NUMBER_PREFIX = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+/;

/** Phase 5: the blocks of an area → its activities (lists, "1.2 …" paragraphs) and its description. */
export function readAreaBlocks(draft: Draft, blocks: readonly RootContent[], ctx: ReadContext): void {
  for (const b of blocks) {
    if (b.type === "list") {
      draft.open = undefined;
      addListActivities(draft, b, ctx);
    } else if (b.type === "table" && isActivityTable(b, ctx.language)) {
      draft.open = undefined;
      draft.area.activities.push(...tableActivities(b, ctx));
    } else if (b.type === "paragraph") {
      const t = clean(plainText(b));
      if (NUMBER_PREFIX.test(t)) {
        draft.open = undefined;
        draft.area.activities.push(makeActivity(t, b, ctx));
      } else if (GOAL_LINE.test(t) && !draft.open) {
        // "**Mål:** Flere medlemmer på hver arbejdsplads.": the area's goal, as a "### Mål: …" heading is
        draft.area.goals.push(makeGoal(withoutGoalLabel(t), b, ctx));
      } else if (draft.open) {
        draft.open.description = draft.open.description ? `${draft.open.description}\n\n${t}` : t;
      } else if (t) {
        draft.descriptionParts.push(t);
      }
    }
  }
}

/** The blocks under a goals sub-heading: every item is a goal, paragraphs describe the area. */
export function readGoalBlocks(draft: Draft, blocks: readonly RootContent[], ctx: ReadContext): void {
  for (const b of blocks) {
    if (b.type === "list") for (const item of flattenItems(b)) draft.area.goals.push(makeGoal(itemText(item), item, ctx));
    else if (b.type === "paragraph") draft.descriptionParts.push(plainText(b));
  }
}

/** "Mål: Flere medlemmer" → "Flere medlemmer": the report lists goals under the word already */
export function withoutGoalLabel(t: string): string {
  const m = GOAL_LINE.exec(t);
  return m ? t.slice(m[0].length - 1).trim() : t;
}

export function makeGoal(t: string, node: Nodes, ctx: ReadContext): Goal {
  const { text: body } = splitAttributes(clean(t));
  return { id: "", text: body, targets: extractTargets(body, ctx.language), source: ctx.src(node) };
}

export function makeActivity(raw: string, node: Nodes, ctx: ReadContext, group?: string, attrs?: Attributes): Activity {
  const split = attrs ? { text: raw, attributes: attrs } : splitAttributes(clean(raw));
  let t = split.text;
  const num = NUMBER_PREFIX.exec(t);
  if (num) t = t.slice(num[0].length);
  const a: Activity = { id: split.attributes?.id ?? "", title: t, targets: extractTargets(t, ctx.language), tags: split.attributes?.tags ?? [], source: ctx.src(node) };
  if (num) a.number = num[1];
  if (group) a.group = group;
  if (split.attributes?.owner) a.owner = split.attributes.owner;
  if (split.attributes?.due) a.due = split.attributes.due;
  if (split.attributes?.when) a.when = split.attributes.when;
  // `target="…"` (a table's target column, or what convert writes): each phrase read as prose is, or in the
  // YAML form's short form ("min 6 inspections") when prose finds nothing in it
  if (split.attributes?.target !== undefined) {
    a.targets = split.attributes.target
      .split(/;\s*/)
      .filter((p) => p.trim())
      .flatMap((p) => {
        // the short form's signs ("min 6", "≤ 3") are no prose words: read them as the YAML form does
        const short = SHORT_SIGN.test(p) ? parseShortTarget(p) : undefined;
        if (short) return [short];
        const found = extractTargets(p, ctx.language);
        if (found.length) return found;
        const loose = parseShortTarget(p);
        return loose ? [loose] : [];
      });
  }
  return a;
}

function addListActivities(draft: Draft, list: List, ctx: ReadContext, group?: string): void {
  for (const item of list.children) {
    const nested = item.children.filter((c): c is List => c.type === "list");
    const paragraphs = item.children.filter((c): c is Paragraph => c.type === "paragraph");
    const label = clean(firstLine(item));
    if (nested.length && (label.endsWith(":") || GROUP_LABELS.test(label))) {
      for (const n of nested) addListActivities(draft, n, ctx, label.replace(/:$/, "").trim());
      continue;
    }
    const first = paragraphs[0];
    const bold = first && first.children.length > 0 && first.children.every((c) => c.type === "strong" || (c.type === "text" && !c.value.trim()));
    let activity: Activity;
    if (bold) {
      const split = splitAttributes(clean(plainText(first)));
      activity = makeActivity(split.text.replace(/:$/, ""), item, ctx, group, split.attributes);
      draft.open = activity;
    } else {
      // an item of several paragraphs: the first is the title, the others its description
      activity = makeActivity(paragraphs.length > 1 ? plainText(first!) : itemText(item), item, ctx, group);
    }
    const more = paragraphs.slice(1).map((p) => clean(plainText(p))).filter(Boolean);
    if (more.length) activity.description = more.join("\n\n");
    draft.area.activities.push(activity);
    for (const n of nested) addListActivities(draft, n, ctx, activity.title);
  }
}
