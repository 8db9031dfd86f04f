import type { Table } from "mdast";
import { extractTargets } from "../../../extract/targets.js";
import type { Activity, Language } from "../../../model/plan.js";
import { splitAttributes } from "../attributes.js";
import { plainText } from "../mdast.js";
import { clean } from "../nodes.js";
import { byLanguage } from "../../../i18n/lang/index.js";
import { phrasePattern } from "../../../text/pattern.js";
import { columnRole, type ColumnRole } from "../vocabulary.js";
import type { ReadContext } from "./context.js";

const NUMBER_PREFIX = /^(\d{1,3}(?:\.\d{1,3})+)\.?\s+/;

/** Which column holds what; -1 where the table has no such column. Unknown columns are `other`. */
export interface TableColumns {
  headers: string[];
  roles: Array<ColumnRole | undefined>;
}

/** The roles of a table's columns, from its header row. */
export function tableColumns(table: Table, language: Language): TableColumns {
  const headers = (table.children[0]?.children ?? []).map((c) => clean(plainText(c)));
  const roles: Array<ColumnRole | undefined> = [];
  for (const h of headers) {
    const role = columnRole(h, language);
    roles.push(role && !roles.includes(role) ? role : undefined);
  }
  return { headers, roles };
}

/** true when a table is an activity table: one of its columns names activities. */
export function isActivityTable(table: Table, language: Language): boolean {
  return tableColumns(table, language).roles.includes("activity");
}

/**
 * An activity table → one activity per row (the header row is not one). The
 * target column is read with the same extractor as prose (an empty cell is no
 * target); owner and when are kept as written; unknown columns are kept in the
 * description as "Header: text". A row with an empty activity cell is skipped.
 */
export function tableActivities(table: Table, ctx: ReadContext): Activity[] {
  const { headers, roles } = tableColumns(table, ctx.language);
  const hasTarget = roles.includes("target");
  const out: Activity[] = [];
  for (const row of table.children.slice(1)) {
    const cells = row.children.map((c) => clean(plainText(c)));
    const cell = (role: ColumnRole) => {
      const k = roles.indexOf(role);
      return k === -1 ? "" : (cells[k] ?? "");
    };
    const split = splitAttributes(cell("activity"));
    let title = split.text;
    if (!title) continue;
    const num = NUMBER_PREFIX.exec(title);
    if (num) title = title.slice(num[0].length);
    const targetText = cell("target");
    const targets = extractTargets(hasTarget ? targetText : title, ctx.language);
    const a: Activity = { id: split.attributes?.id ?? "", title, targets, tags: split.attributes?.tags ?? [], source: ctx.src(row) };
    if (num) a.number = num[1];
    const owner = cell("owner");
    const when = cell("when");
    if (owner) a.owner = owner;
    if (when) a.when = when;
    const described = [
      ...(hasTarget && targetText && !targets.length ? [`${headers[roles.indexOf("target")]}: ${targetText}`] : []),
      ...cells.flatMap((c, k) => (roles[k] === undefined && c ? [`${headers[k] || k + 1}: ${c}`] : [])),
    ];
    if (described.length) a.description = described.join("\n\n");
    out.push(a);
  }
  return out;
}

/** "Ansvar:", "Frist:" … per language: the owner and when columns' words as labels in running text */
const LABELS = byLanguage((p) => {
  const { owner, when } = p.headings.tableColumns;
  return new RegExp(`(?:^|(?<=[.;,]\\s))(${phrasePattern([...owner, ...when])})\\s*:\\s*`, "giu");
});

/**
 * "Ansvar: Styret. Frist: 1. desember." under an activity: the owner and when cells of a table row,
 * written as a line; undefined unless the text is only such labelled parts.
 */
export function labelledCells(text: string, language: Language): { owner?: string; when?: string } | undefined {
  const found = [...text.matchAll(LABELS[language])];
  if (!found.length || found[0]!.index !== 0) return undefined;
  const out: { owner?: string; when?: string } = {};
  found.forEach((m, i) => {
    const value = text.slice(m.index! + m[0].length, found[i + 1]?.index ?? text.length).trim().replace(/[.;,]$/, "").trim();
    const role = columnRole(m[1]!, language);
    if (value && (role === "owner" || role === "when")) out[role] = value;
  });
  return out.owner || out.when ? out : undefined;
}
