import type { ChalkInstance } from "chalk";
import { t } from "../i18n/t.js";
import type { Language, Origin, Plan, Target } from "../model/plan.js";
import { targetWords } from "./target-words.js";

/**
 * `plan show` as text: how the tool read the document, so a secretary can
 * check it — every area, every activity id, every target with its phrase. Pure.
 */
export function renderOutline(plan: Plan, lang: Language, c: ChalkInstance): string {
  const out: string[] = [];
  const L = (id: string, data?: Record<string, string | number>) => t(lang, id, data);
  const period = plan.period
    ? plan.period.from === plan.period.to
      ? String(plan.period.from)
      : `${plan.period.from}–${plan.period.to}`
    : c.yellow(L("show.noPeriod"));
  const from = (o: Origin | undefined) => (o ? c.dim(` (${originWords(o, lang)})`) : "");
  out.push(c.bold(plan.title || "?") + (plan.organisation ? ` — ${plan.organisation}` : "") + from(plan.origin?.title));
  const meta = [`${L("show.period")}: ${period}${from(plan.origin?.period)}`, `${L("show.language")}: ${plan.language}`];
  if (plan.adopted) meta.push(`${L("show.adopted")}: ${[plan.adopted.by, plan.adopted.date].filter(Boolean).join(", ")}`);
  out.push(meta.join(" · "));
  const targets = plan.areas.reduce((n, a) => n + a.activities.reduce((m, x) => m + x.targets.length, 0), 0);
  const activities = plan.areas.reduce((n, a) => n + a.activities.length, 0);
  out.push(c.dim(L("show.totals", { areas: plan.areas.length, activities, targets, dates: plan.dates.length })), "");
  if (!activities) out.push(c.yellow(L("show.noActivities", { file: plan.source.file })), "");

  if (plan.priorities.length) {
    out.push(c.bold(L("show.priorities")));
    for (const p of plan.priorities) out.push(`  · ${p}`);
    out.push("");
  }
  if (plan.sections.length) {
    out.push(c.bold(L("show.sections")));
    for (const s of plan.sections) out.push(`  · ${s.title || L("show.untitledSection")}`);
    out.push("");
  }
  if (plan.dates.length) {
    out.push(c.bold(L("show.dates")));
    for (const d of plan.dates) {
      out.push(`  ${d.date}${d.end ? `–${d.end.slice(5)}` : "      "}  ${d.title}  ${c.dim(`${L("show.line")} ${d.source.line}`)}`);
    }
    out.push("");
  }
  for (const area of plan.areas) {
    out.push(`${c.bold(`${L("show.area")} ${area.id}`)}  ${area.title}  ${c.dim(`${L("show.line")} ${area.source.line}`)}`);
    for (const g of area.goals) {
      out.push(`  ${c.cyan(L("show.goal"))}  ${g.text}`);
      for (const tg of g.targets) out.push(`      ${targetLine(tg, lang, c)}`);
    }
    let group: string | undefined;
    for (const a of area.activities) {
      if (a.group && a.group !== group) out.push(`  ${c.dim(`${L("show.group")}: ${a.group}`)}`);
      group = a.group;
      out.push(`  ${c.green(a.id)}  ${a.title}  ${c.dim(`${L("show.line")} ${a.source.line}`)}`);
      const who = [a.owner ? `${L("show.owner")}: ${a.owner}` : "", a.when ? `${L("show.when")}: ${a.when}` : ""].filter(Boolean);
      if (who.length) out.push(`      ${c.dim(who.join(" · "))}`);
      for (const tg of a.targets) out.push(`      ${targetLine(tg, lang, c)}`);
    }
    out.push("");
  }
  return out.join("\n");
}

/** "titelraden, rad 3", "rad 12": where the title or the period was read. */
function originWords(o: Origin, lang: Language): string {
  const line = o.source.line;
  if (o.kind === "periodPhrase" || o.kind === "leadIn") return t(lang, `show.from.${o.kind}`, { line });
  return `${t(lang, `show.from.${o.kind}`)}, ${t(lang, "show.line")} ${line}`;
}

function targetLine(tg: Target, lang: Language, c: ChalkInstance): string {
  const subject = tg.subject ? ` (${tg.subject})` : "";
  return `${c.yellow(`${t(lang, "show.target")}:`)} ${targetWords(tg, lang)}${subject}  ${c.dim(`← "${tg.text}"`)}`;
}
