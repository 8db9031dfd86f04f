import type { Templates } from "../../model/templates.js";
import type { PlanStatus, StatusActivity } from "../../status/types.js";
import { StatusWording } from "./status-wording.js";

/** `plan status` for the terminal: what needs attention first, then every area. Pure. */
export function renderStatusText(status: PlanStatus, templates: Templates): string {
  const w = new StatusWording(templates, status);
  const out: string[] = [];
  const all = status.areas.flatMap((a) => a.activities);
  const width = Math.max(...["done", "overdue", "coming-up", "on-track", "behind", "in-progress", "not-started", "postponed", "cancelled"].map((s) => w.state(s as never).length));
  const line = (a: StatusActivity, withState: boolean) => {
    const note = w.note(a);
    const head = withState ? `${w.state(a.state).padEnd(width)}  ` : "";
    return `  ${head}${w.name(a)}${note ? ` — ${note}` : ""}`;
  };

  out.push(w.title(), status.plan.title, w.asOf());
  if (!status.outcomes) out.push(w.say("status.noOutcomesLine"));
  out.push("", w.counts(status.counts), "");

  const overdue = all.filter((a) => a.state === "overdue");
  out.push(`${w.say("status.overdueHeading")}:`);
  out.push(...(overdue.length ? overdue.map((a) => line(a, false)) : [`  ${w.say("status.none")}`]), "");
  const coming = all.filter((a) => a.state === "coming-up").sort((a, b) => a.days! - b.days!);
  out.push(`${w.say("status.comingUpHeading", { days: status.horizonDays })}:`);
  out.push(...(coming.length ? coming.map((a) => line(a, false)) : [`  ${w.say("status.none")}`]), "");
  if (status.dates.length) {
    out.push(`${w.say("status.datesHeading", { days: status.horizonDays })}:`);
    for (const d of status.dates) out.push(`  ${w.date(d.date)}${d.end ? ` – ${w.date(d.end)}` : ""}  ${d.title}`);
    out.push("");
  }

  out.push(`${w.say("status.areasHeading")}:`);
  for (const area of status.areas) {
    out.push("", `${area.title} — ${area.activities.length ? w.areaLine(area.activities) : w.say("status.noActivities")}`);
    for (const a of area.activities) out.push(line(a, true));
  }
  out.push("", w.say("status.neverRed"), "");
  return out.join("\n");
}
