import type { Templates } from "../../model/templates.js";
import type { PlanStatus, StatusActivity } from "../../status/types.js";
import { escapeMarkdown } from "../markdown/render-markdown.js";
import { StatusWording } from "./status-wording.js";

/** `plan status --format md`: the same as the terminal, for the board's papers. Pure. */
export function renderStatusMarkdown(status: PlanStatus, templates: Templates): string {
  const w = new StatusWording(templates, status);
  const out: string[] = [];
  const para = (s: string) => out.push(s, "");
  const all = status.areas.flatMap((a) => a.activities);
  const item = (a: StatusActivity) => {
    const note = w.note(a);
    return `- **${escapeMarkdown(w.name(a))}**${note ? ` — ${escapeMarkdown(note)}` : ""}`;
  };

  para(`# ${escapeMarkdown(w.title())}`);
  para(`${escapeMarkdown(status.plan.title)} · ${w.asOf()}`);
  if (!status.outcomes) para(`*${w.say("status.noOutcomesLine")}*`);
  para(w.counts(status.counts));

  const overdue = all.filter((a) => a.state === "overdue");
  para(`## ${w.say("status.overdueHeading")}`);
  para(overdue.length ? overdue.map(item).join("\n") : `*${w.say("status.none")}*`);
  const coming = all.filter((a) => a.state === "coming-up").sort((a, b) => a.days! - b.days!);
  para(`## ${w.say("status.comingUpHeading", { days: status.horizonDays })}`);
  para(coming.length ? coming.map(item).join("\n") : `*${w.say("status.none")}*`);
  if (status.dates.length) {
    para(`## ${w.say("status.datesHeading", { days: status.horizonDays })}`);
    para(status.dates.map((d) => `- ${w.date(d.date)}${d.end ? ` – ${w.date(d.end)}` : ""}: ${escapeMarkdown(d.title)}`).join("\n"));
  }

  para(`## ${w.say("status.areasHeading")}`);
  for (const area of status.areas) {
    para(`### ${escapeMarkdown(area.title)}`);
    if (!area.activities.length) {
      para(`*${w.say("status.noActivities")}*`);
      continue;
    }
    para(w.areaLine(area.activities));
    const rows = area.activities.map((a) => `| ${escapeMarkdown(w.name(a))} | ${w.state(a.state)} | ${escapeMarkdown(w.note(a))} |`);
    para([`| ${w.say("status.tableActivity")} | ${w.say("status.tableState")} | ${w.say("status.tableNote")} |`, "| --- | --- | --- |", ...rows].join("\n"));
  }
  para(`*${w.say("status.neverRed")}*`);
  return out.join("\n").replace(/\n+$/, "\n");
}
