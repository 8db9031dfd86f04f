import { stringify } from "yaml";
import { extractTargets } from "../../extract/targets.js";
import { PACKS, type Language } from "../../i18n/lang/index.js";
import type { Activity, Plan } from "../../model/plan.js";
import { slugify } from "../../util/slug.js";
import { escapeMarkdown as escapeAll } from "../markdown/render-markdown.js";

/** Like the report's escaping, but square brackets stay as written: "[fyll i …]" notes must read as such. */
const escapeMarkdown = (text: string) => escapeAll(text).replace(/\\([[\]])/g, "$1").replace(/\[([^\]]*)\]\(/g, "\\[$1\\](");

const quoted = (s: string) => `"${s.replace(/"/g, "'")}"`;

function attributes(a: Activity, language: Language): string {
  const parts: string[] = [];
  if (a.id !== a.number) parts.push(`#${a.id}`);
  if (a.owner) parts.push(`owner=${quoted(a.owner)}`);
  if (a.due) parts.push(`due=${a.due}`);
  if (a.when) parts.push(`when=${quoted(a.when)}`);
  // a table's target column: the targets are not in the title, so they are written out
  if (JSON.stringify(extractTargets(a.title, language)) !== JSON.stringify(a.targets)) {
    parts.push(`target=${quoted(a.targets.map((t) => t.text).join("; "))}`);
  }
  for (const t of a.tags) parts.push(`.${t}`);
  return parts.length ? ` {${parts.join(" ")}}` : "";
}

/** The plan model → plain Markdown the reader turns back into the same model. Pure. */
export function planToMarkdown(plan: Plan): string {
  const w = PACKS[plan.language].headings.written;
  const out: string[] = [];
  const fm: Record<string, unknown> = { title: plan.title };
  if (plan.organisation) fm.organisation = plan.organisation;
  if (plan.period) fm.period = plan.period.from === plan.period.to ? plan.period.from : `${plan.period.from}-${plan.period.to}`;
  fm.language = plan.language;
  if (plan.adopted) fm.adopted = plan.adopted;
  out.push("---", stringify(fm, { lineWidth: 0 }).trimEnd(), "---", "", `# ${escapeMarkdown(plan.title)}`, "");

  for (const s of plan.sections) {
    if (s.title) out.push(`## ${escapeMarkdown(s.title)}`, "");
    if (s.markdown) out.push(s.markdown, "");
  }
  const listed = new Set(plan.sections.flatMap((s) => s.markdown.split("\n").map((l) => l.replace(/^\s*[-*+]\s+|^\s*\d+[.)]\s+/, "").trim())));
  const missing = plan.priorities.filter((p) => !listed.has(p));
  if (missing.length) {
    out.push(`## ${w.introduction}`, "");
    for (const p of missing) out.push(`- ${escapeMarkdown(p)}`);
    out.push("");
  }
  if (plan.dates.length) {
    out.push(`## ${w.dates}`, "");
    for (const d of plan.dates) out.push(`- ${escapeMarkdown(d.title)} ${d.date}${d.end ? ` – ${d.end}` : ""}`);
    out.push("");
  }
  for (const area of plan.areas) {
    const numbered = /^\d{1,3}$/.test(area.id);
    const explicit = !numbered && area.id !== slugify(area.title, 3);
    out.push(`## ${numbered ? `${area.id}. ` : ""}${escapeMarkdown(area.title)}${explicit ? ` {#${area.id}}` : ""}`, "");
    if (area.description) out.push(escapeMarkdown(area.description), "");
    if (area.goals.length) {
      out.push(`### ${w.goals}`, "");
      for (const g of area.goals) out.push(`- ${escapeMarkdown(g.text)}`);
      out.push("", `### ${w.activities}`, "");
    }
    let group: string | undefined;
    for (const a of area.activities) {
      if (a.group !== group && a.group) out.push(`- ${escapeMarkdown(a.group)}:`);
      group = a.group;
      const indent = a.group ? "  " : "";
      const title = `${a.number ? `${a.number} ` : ""}${escapeMarkdown(a.title)}`;
      out.push(`${indent}- ${title}${attributes(a, plan.language)}`);
      if (a.description) {
        for (const p of a.description.split(/\n{2,}/)) out.push("", `${indent}  ${escapeMarkdown(p).replace(/\n/g, `\n${indent}  `)}`);
        out.push("");
      }
    }
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
