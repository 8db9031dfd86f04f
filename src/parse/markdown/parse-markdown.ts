import type { Heading, List, ListItem, Nodes, Paragraph, RootContent } from "mdast";
import { z } from "zod";
import { InputError, InputErrors } from "../../errors.js";
import { findDate, titleWithoutDate } from "../../extract/dates.js";
import { detectLanguage } from "../../extract/language.js";
import { extractTargets } from "../../extract/targets.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { Language, type Activity, type Area, type DateEvent, type Goal, type Plan, type SourceRef } from "../../model/plan.js";
import { assignIds } from "../ids.js";
import { schemaErrors } from "../../yaml/schema-errors.js";
import { parseYamlValue } from "../../yaml/yaml-value.js";
import { splitAttributes, type Attributes } from "./attributes.js";
import { parseMarkdownBlocks, plainText } from "./mdast.js";
import {
  ACTIVITY_HEADINGS,
  ADOPTED,
  DATE_HEADINGS,
  GOAL_HEADINGS,
  GROUP_LABELS,
  PLAN_WORDS,
  PROSE_HEADINGS,
  startsWithKeyword,
} from "./keywords.js";

export interface ParseResult {
  plan: Plan;
  diagnostics: Diagnostic[];
}

const FrontMatter = z.strictObject({
  title: z.string().optional(),
  organisation: z.string().optional(),
  period: z
    .union([z.number().int(), z.string().regex(/^\s*\d{4}\s*([-–]\s*\d{4}\s*)?$/, "2024 or 2024-2025")])
    .optional(),
  language: Language.optional(),
  adopted: z.strictObject({ by: z.string().optional(), date: z.union([z.string(), z.date()]).optional() }).optional(),
});

const NUMBER_PREFIX = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+/;
const SECTION_NUMBER = /^(\d{1,3})[.)]\s+/;

function periodFrom(text: string): { from: number; to: number } | undefined {
  const m = /(?<!\d)((?:19|20)\d{2})(?:\s*[-–—]\s*((?:19|20)\d{2}))?(?!\d)/.exec(text);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] ? Number(m[2]) : from;
  return to >= from ? { from, to } : undefined;
}

interface Draft {
  area: Area;
  depth: number;
  number?: string;
  explicit: boolean;
  /** an activity whose description continues in the following paragraphs (bold-title items) */
  open?: Activity;
  descriptionParts: string[];
}

/**
 * Reads a Markdown plan into the model. Pure: text in, model and diagnostics out.
 * Throws InputErrors only for invalid front matter.
 */
export function parseMarkdownPlan(text: string, file: string): ParseResult {
  refuseDeepNesting(text, file);
  const blocks = parseMarkdownBlocks(text);
  const diagnostics: Diagnostic[] = [];
  const src = (node: { position?: { start: { line: number; column: number } } } | undefined): SourceRef => ({
    file,
    line: node?.position?.start.line ?? 1,
    column: node?.position?.start.column ?? 1,
  });
  const slice = (from: RootContent, to?: RootContent) =>
    text.slice(from.position?.start.offset ?? 0, to?.position?.start.offset ?? text.length).trim();

  // Front matter
  let fm: z.output<typeof FrontMatter> = {};
  let i = 0;
  if (blocks[0]?.type === "yaml") {
    const node = blocks[0];
    const yamlText = node.value;
    const doc = parseYamlValue(yamlText, file);
    const parsed = FrontMatter.safeParse(doc.value ?? {});
    if (!parsed.success) {
      const lineOffset = node.position!.start.line; // the "---" line
      throw new InputErrors(
        schemaErrors(parsed.error.issues, FrontMatter, {
          ...doc,
          locate: (p) => {
            const at = doc.locate(p);
            return { line: at.line + lineOffset, column: at.column };
          },
        }, file),
      );
    }
    fm = parsed.data;
    i = 1;
  }

  // Title block: the first heading, an organisation heading right under it, an "adopted" line.
  let title = fm.title;
  let titleNode: RootContent | undefined;
  let organisation = fm.organisation;
  let adopted: Plan["adopted"] = fm.adopted
    ? { by: fm.adopted.by, date: fm.adopted.date instanceof Date ? fm.adopted.date.toISOString().slice(0, 10) : fm.adopted.date }
    : undefined;
  const firstHeading = blocks.findIndex((b, k) => k >= i && b.type === "heading");
  if (firstHeading !== -1 && !title) {
    titleNode = blocks[firstHeading]!;
    title = clean(plainText(titleNode));
    i = firstHeading + 1;
  } else if (firstHeading !== -1 && title) {
    // front matter names the title; a first heading that says the same is the title line
    const h = clean(plainText(blocks[firstHeading]!));
    if (h.toLowerCase() === title.toLowerCase()) {
      titleNode = blocks[firstHeading]!;
      i = firstHeading + 1;
    }
  }
  let period = fm.period !== undefined ? periodFrom(String(fm.period)) : title ? periodFrom(title) : undefined;
  const yearForDates = period?.from;
  // Directly under the title: organisation heading and "adopted" lines (in any order).
  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "heading" && titleNode && !organisation && isOrganisationHeading(blocks, i)) {
      organisation = clean(plainText(b));
      continue;
    }
    if (b.type === "paragraph") {
      const m = ADOPTED.exec(clean(plainText(b)));
      if (m) {
        const found = findDate(m[2]!, yearForDates ?? new Date(0).getUTCFullYear());
        adopted = {
          by: (found ? titleWithoutDate(m[2]!, found) : m[2]!).replace(/\s+den$/i, "").trim() || undefined,
          date: found?.date,
        };
        continue;
      }
    }
    break;
  }
  if (!organisation && title && new RegExp(PLAN_WORDS.source, "i").test(title)) {
    const rest = title.replace(PLAN_WORDS, " ").replace(/(19|20)\d{2}(\s*[-–]\s*(19|20)\d{2})?/g, " ");
    const cleaned = rest.replace(/\s+/g, " ").replace(/^[\s,:–-]+|[\s,:–-]+$/g, "").replace(/^(för|for|of)\s+/i, "");
    if (cleaned) organisation = cleaned;
  }
  if (!period) {
    // no year in the title: a heading that is only a year ("## 2024") names it
    for (const b of blocks) {
      const h = b.type === "heading" ? clean(plainText(b)) : "";
      if (/^\d{4}(\s*[-–]\s*\d{4})?$/.test(h) && (period = periodFrom(h))) break;
    }
  }

  const language = fm.language ?? detectLanguage(text);
  const priorities: string[] = [];
  const dates: DateEvent[] = [];
  const sections: Array<{ title: string; markdown: string; draft?: Draft }> = [];
  const drafts: Draft[] = [];
  let mode: "prose" | "area" | "goals" | "dates" = "prose";
  let current: Draft | undefined;
  let prose: { title: string; intro: boolean; draft?: Draft } | undefined;
  let proseStart: RootContent | undefined;

  const closeProse = (until?: RootContent) => {
    if (prose) {
      const markdown = proseStart && proseStart !== until ? slice(proseStart, until) : "";
      sections.push({ title: prose.title, markdown, draft: prose.draft });
    }
    prose = undefined;
    proseStart = undefined;
  };

  for (; i < blocks.length; i++) {
    const b = blocks[i]!;
    // "1. Facklig-politisk verksamhet" as an ordered-list item, followed by "1.1 …": a numbered section (seed 003)
    const section = sectionItem(b, blocks[i + 1]);
    if (section) {
      closeProse(b);
      current = {
        area: { id: "", title: section.title, goals: [], activities: [], source: src(b) },
        depth: current?.depth ?? 2,
        number: section.number,
        explicit: false,
        descriptionParts: [],
      };
      drafts.push(current);
      prose = { title: `${section.number}. ${section.title}`, intro: false, draft: current };
      proseStart = blocks[i + 1];
      mode = "area";
      continue;
    }
    if (b.type === "heading") {
      closeProse(b);
      const split = splitAttributes(clean(plainText(b)));
      const headingText = split.text;
      if (startsWithKeyword(headingText, DATE_HEADINGS)) {
        mode = "dates";
        continue;
      }
      if (current && b.depth > current.depth && startsWithKeyword(headingText, ACTIVITY_HEADINGS)) {
        mode = "area";
        continue;
      }
      if (current && b.depth > current.depth && startsWithKeyword(headingText, GOAL_HEADINGS)) {
        // "Mål for innmeldinger: 68 nyinnmeldte, …": a goal in the heading itself;
        // what follows it stays what it was (the branch's own goals are activities)
        const colon = headingText.indexOf(":");
        if (colon !== -1 && headingText.slice(colon + 1).trim()) current.area.goals.push(makeGoal(headingText, b));
        else mode = "goals";
        continue;
      }
      if (startsWithKeyword(headingText, PROSE_HEADINGS) || startsWithKeyword(headingText, GOAL_HEADINGS)) {
        mode = "prose";
        current = undefined;
        prose = { title: headingText, intro: true };
        proseStart = blocks[i + 1];
        continue;
      }
      // a candidate area: kept as an area if it gets activities, is numbered or has an explicit id
      const numbered = SECTION_NUMBER.exec(headingText) ?? NUMBER_PREFIX.exec(headingText);
      const areaTitle = numbered ? headingText.slice(numbered[0].length) : headingText;
      current = {
        area: { id: "", title: areaTitle.replace(/:$/, ""), goals: [], activities: [], source: src(b) },
        depth: b.depth,
        number: numbered?.[1],
        explicit: Boolean(split.attributes?.id),
        descriptionParts: [],
      };
      if (split.attributes?.id) current.area.id = split.attributes.id;
      drafts.push(current);
      prose = { title: headingText, intro: false, draft: current };
      proseStart = blocks[i + 1];
      mode = "area";
      continue;
    }
    if (mode === "dates") {
      const lines = b.type === "list" ? b.children.map((item) => ({ text: plainText(item), node: item as Nodes })) : [{ text: plainText(b), node: b as Nodes }];
      for (const { text: t, node } of lines) {
        for (const line of t.split("\n")) {
          const l = clean(line);
          if (!l) continue;
          const found = findDate(l, yearForDates ?? NaN);
          if (!found || Number.isNaN(Number(found.date.slice(0, 4)))) {
            diagnostics.push(diag("parse/date-unreadable", "warning", { text: l }, src(node)));
            continue;
          }
          if (!found.valid) {
            diagnostics.push(diag("date/invalid", "error", { text: l }, src(node)));
            continue;
          }
          const event: DateEvent = { date: found.date, title: titleWithoutDate(l, found), source: src(node) };
          if (found.end) event.end = found.end;
          dates.push(event);
        }
      }
      continue;
    }
    if (!current || mode === "prose") {
      if (!prose) {
        // text between the title block and the first heading
        prose = { title: "", intro: true };
        proseStart = b;
      }
      if (prose?.intro && b.type === "list") {
        for (const item of b.children) priorities.push(clean(firstLine(item)));
      }
      continue;
    }
    // inside an area
    if (mode === "goals") {
      if (b.type === "list") for (const item of flattenItems(b)) current.area.goals.push(makeGoal(itemText(item), item));
      else if (b.type === "paragraph") current.descriptionParts.push(plainText(b));
      continue;
    }
    if (b.type === "list") {
      current.open = undefined;
      addListActivities(current, b);
      continue;
    }
    if (b.type === "paragraph") {
      const t = clean(plainText(b));
      if (NUMBER_PREFIX.test(t)) {
        current.open = undefined;
        current.area.activities.push(makeActivity(t, b));
      } else if (current.open) {
        current.open.description = current.open.description ? `${current.open.description}\n\n${t}` : t;
      } else if (t) {
        current.descriptionParts.push(t);
      }
      continue;
    }
  }
  closeProse();

  // Decide which candidates are areas; the others are prose sections.
  // A section whose items only name the plan's other headings lists the areas
  // ("Følgende områder er prioritert: 1. … 6."): its items are priorities.
  // Most, not all: a listed name may be worded a little differently from its heading.
  const headingTitles = new Set(
    blocks.filter((b): b is Heading => b.type === "heading").map((h) => normalTitle(splitAttributes(clean(plainText(h))).text)),
  );
  for (const d of drafts) {
    const acts = d.area.activities;
    const named = acts.filter((a) => headingTitles.has(normalTitle(a.title))).length;
    if (named >= 2 && named * 2 >= acts.length && acts.every((a) => a.targets.length === 0)) {
      priorities.push(...acts.map((a) => a.title));
      d.area.activities = [];
      d.number = undefined;
    }
  }

  const areas: Area[] = [];
  const sectionNumbers = new Map<Area, string>();
  for (const d of drafts) {
    const isArea = d.area.activities.length > 0 || d.area.goals.length > 0 || d.explicit || d.number !== undefined;
    if (!isArea) continue;
    if (d.descriptionParts.length) d.area.description = d.descriptionParts.join("\n\n");
    areas.push(d.area);
    if (d.number) sectionNumbers.set(d.area, d.number);
  }
  assignIds(areas, diagnostics, sectionNumbers);

  const plan: Plan = {
    title: title ?? "",
    language,
    priorities,
    dates,
    // headings that did not become areas are the plan's prose sections
    sections: sections
      .filter((s) => !s.draft || !areas.includes(s.draft.area))
      .map(({ title: t, markdown }) => ({ title: t, markdown })),
    areas,
    source: src(titleNode),
  };
  if (organisation) plan.organisation = organisation;
  if (period) plan.period = period;
  if (adopted && (adopted.by || adopted.date)) plan.adopted = adopted;
  return { plan, diagnostics };

  function makeGoal(t: string, node: Nodes): Goal {
    const { text: body } = splitAttributes(clean(t));
    return { id: "", text: body, targets: extractTargets(body, language), source: src(node) };
  }

  function makeActivity(raw: string, node: Nodes, group?: string, attrs?: Attributes): Activity {
    const split = attrs ? { text: raw, attributes: attrs } : splitAttributes(clean(raw));
    let t = split.text;
    const num = NUMBER_PREFIX.exec(t);
    if (num) t = t.slice(num[0].length);
    const a: Activity = { id: split.attributes?.id ?? "", title: t, targets: extractTargets(t, language), tags: split.attributes?.tags ?? [], source: src(node) };
    if (num) a.number = num[1];
    if (group) a.group = group;
    if (split.attributes?.owner) a.owner = split.attributes.owner;
    if (split.attributes?.due) a.due = split.attributes.due;
    return a;
  }

  function addListActivities(draft: Draft, list: List, group?: string): void {
    for (const item of list.children) {
      const nested = item.children.filter((c): c is List => c.type === "list");
      const paragraphs = item.children.filter((c): c is Paragraph => c.type === "paragraph");
      const label = clean(firstLine(item));
      if (nested.length && (label.endsWith(":") || GROUP_LABELS.test(label))) {
        for (const n of nested) addListActivities(draft, n, label.replace(/:$/, "").trim());
        continue;
      }
      const first = paragraphs[0];
      const bold = first && first.children.length > 0 && first.children.every((c) => c.type === "strong" || (c.type === "text" && !c.value.trim()));
      let activity: Activity;
      if (bold) {
        const split = splitAttributes(clean(plainText(first)));
        activity = makeActivity(split.text.replace(/:$/, ""), item, group, split.attributes);
        draft.open = activity;
      } else {
        activity = makeActivity(itemText(item), item, group);
      }
      const more = paragraphs.slice(1).map((p) => clean(plainText(p))).filter(Boolean);
      if (more.length) activity.description = more.join("\n\n");
      draft.area.activities.push(activity);
      for (const n of nested) addListActivities(draft, n, activity.title);
    }
  }
}

/** An ordered-list item that is a section title: one short item "N. Title", followed by items numbered "N.1 …". */
function sectionItem(b: RootContent, next: RootContent | undefined): { number: string; title: string } | undefined {
  if (b.type !== "list" || !b.ordered || b.children.length !== 1 || !next) return undefined;
  const item = b.children[0]!;
  if (item.children.length !== 1 || item.children[0]!.type !== "paragraph") return undefined;
  const title = clean(plainText(item));
  if (!title || title.length > 100 || /[.!?;]$/.test(title)) return undefined;
  const number = String(b.start ?? 1);
  const following = next.type === "list" ? firstLine(next.children[0]!) : next.type === "paragraph" ? plainText(next) : "";
  return new RegExp(`^${number}\\.\\d+\\b`).test(clean(following)) ? { number, title: title.replace(/:$/, "") } : undefined;
}

function isOrganisationHeading(blocks: RootContent[], k: number): boolean {
  const h = blocks[k] as Heading;
  const t = clean(plainText(h));
  if (startsWithKeyword(t, PROSE_HEADINGS) || startsWithKeyword(t, DATE_HEADINGS) || /\d/.test(t.replace(/\d{4}/g, ""))) return false;
  // an organisation heading has no content of its own: the next block is another heading or an "adopted" line
  const next = blocks[k + 1];
  return !next || next.type === "heading" || (next.type === "paragraph" && ADOPTED.test(clean(plainText(next))));
}

function flattenItems(list: List): ListItem[] {
  return list.children.flatMap((item) => [
    item,
    ...item.children.filter((c): c is List => c.type === "list").flatMap(flattenItems),
  ]);
}

/** The text of a list item without its nested lists. */
function itemText(item: ListItem): string {
  return item.children
    .filter((c) => c.type !== "list")
    .map((c) => plainText(c))
    .join(" ");
}

function firstLine(item: ListItem): string {
  const p = item.children.find((c) => c.type === "paragraph");
  return p ? plainText(p) : "";
}

/** No plan nests lists or quotes this deep; the Markdown parser would take minutes on it. */
const MAX_DEPTH = 40;

function refuseDeepNesting(text: string, file: string): void {
  let line = 1;
  for (const l of text.split("\n")) {
    const indent = /^[ \t]*/.exec(l)![0].replace(/\t/g, "    ").length;
    const quotes = /^(\s*>)+/.exec(l)?.[0].replace(/\s/g, "").length ?? 0;
    if (indent / 2 > MAX_DEPTH || quotes > MAX_DEPTH) {
      throw new InputError("parse.tooDeep", { max: MAX_DEPTH }, { file, line, column: 1 }, { messageId: "hint.tooDeep" });
    }
    line++;
  }
}

function normalTitle(t: string): string {
  return t.replace(/^\d{1,3}[.)]\s+/, "").replace(/[:.]$/, "").trim().toLowerCase();
}

function clean(t: string): string {
  return t.replace(/\s+/g, " ").trim();
}

function diag(ruleId: string, severity: Diagnostic["severity"], data: Diagnostic["data"], source: SourceRef): Diagnostic {
  return { ruleId, severity, messageId: ruleId, data, source };
}
