import { t } from "../i18n/t.js";
import type { Plan } from "../model/plan.js";
import type { Report } from "../model/report.js";

const LIGHT_WORD = { red: "light.red", yellow: "light.yellow", green: "light.green", "not-reported": "light.notReported" } as const;

/**
 * Next year's draft from this year's plan and report: every activity kept with
 * its id, the plan's years moved on, and what ended red or unreported marked
 * with a "[fill in …]" note the committee must resolve (plan lint flags it
 * until they do). Pure.
 */
export function nextPlan(plan: Plan, year: number, report?: Report): Plan {
  const from = plan.period?.from ?? year;
  const to = plan.period?.to ?? year;
  const shift = to - from + 1;
  const move = (text: string) => text.replace(/(?<!\d)(19|20)\d{2}(?!\d)/g, (y) => (Number(y) >= from && Number(y) <= to ? String(Number(y) + shift) : y));
  const moveDate = (iso: string) => `${Number(iso.slice(0, 4)) + shift}${iso.slice(4)}`;
  const lights = new Map(report?.areas.flatMap((a) => a.activities.map((x) => [x.id, x.light] as const)) ?? []);
  return {
    ...plan,
    title: move(plan.title),
    period: { from: from + shift, to: to + shift },
    adopted: undefined,
    dates: plan.dates.map((d) => ({ ...d, date: moveDate(d.date), ...(d.end ? { end: moveDate(d.end) } : {}), title: move(d.title) })),
    sections: plan.sections.map((s) => ({ title: move(s.title), markdown: move(s.markdown) })),
    areas: plan.areas.map((area) => ({
      ...area,
      title: move(area.title),
      ...(area.description ? { description: move(area.description) } : {}),
      goals: area.goals.map((g) => ({ ...g, text: move(g.text) })),
      activities: area.activities.map((a) => {
        const light = lights.get(a.id);
        const mark = light === "red" || light === "not-reported" ? t(plan.language, "next.decide", { light: t(plan.language, LIGHT_WORD[light]), year }) : undefined;
        const description = [a.description ? move(a.description) : undefined, mark].filter(Boolean).join("\n\n");
        const { description: _old, ...rest } = a;
        return { ...rest, id: a.id, title: move(a.title), ...(description ? { description } : {}) };
      }),
    })),
  };
}
