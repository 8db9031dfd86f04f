import { stringify } from "yaml";
import { extractTargets } from "../../extract/targets.js";
import type { z } from "zod";
import type { PlanInput, TargetInput } from "../../model/plan-input.js";
import type { Language, Plan, Target } from "../../model/plan.js";

const sameTargets = (a: Target[], b: Target[]) => JSON.stringify(a) === JSON.stringify(b);

type TargetOut = Exclude<z.input<typeof TargetInput>, string>;

function targetInput(t: Target): TargetOut {
  const out: TargetOut = { value: t.value };
  if (t.unit && !(t.percent && t.unit === "%")) out.unit = t.unit;
  if (t.percent) out.percent = true;
  if (t.comparison !== "exactly") out.comparison = t.comparison;
  if (t.subject) out.subject = t.subject;
  if (t.max !== undefined) out.max = t.max;
  if (t.base) out.base = { ...t.base };
  if (t.count && !t.count.computed) out.count = { value: t.count.value, ...(t.count.unit ? { unit: t.count.unit } : {}) };
  if (t.per) out.per = t.per;
  out.text = t.text;
  return out;
}

/** Targets are written out only when they are not what the text itself says. */
function targetsIfNeeded(text: string, targets: Target[], language: Language) {
  return sameTargets(targets, extractTargets(text, language)) ? undefined : targets.map(targetInput);
}

/** The plan model → the explicit YAML form (SPEC §3.4). Pure. */
export function planToYaml(plan: Plan): string {
  const input: PlanInput = {
    title: plan.title,
    ...(plan.organisation ? { organisation: plan.organisation } : {}),
    ...(plan.period ? { period: plan.period.from === plan.period.to ? plan.period.from : `${plan.period.from}-${plan.period.to}` } : {}),
    language: plan.language,
    ...(plan.adopted ? { adopted: plan.adopted } : {}),
    ...(plan.priorities.length ? { priorities: plan.priorities } : {}),
    ...(plan.dates.length ? { dates: plan.dates.map((d) => ({ date: d.date, ...(d.end ? { end: d.end } : {}), title: d.title })) } : {}),
    ...(plan.sections.length ? { sections: plan.sections } : {}),
    areas: plan.areas.map((area) => ({
      id: area.id,
      title: area.title,
      ...(area.description ? { description: area.description } : {}),
      ...(area.goals.length
        ? {
            goals: area.goals.map((g) => {
              const targets = targetsIfNeeded(g.text, g.targets, plan.language);
              return targets ? { id: g.id, text: g.text, targets } : { id: g.id, text: g.text };
            }),
          }
        : {}),
      activities: area.activities.map((a) => {
        const targets = targetsIfNeeded(a.title, a.targets, plan.language);
        return {
          id: a.id,
          ...(a.number ? { number: a.number } : {}),
          title: a.title,
          ...(a.description ? { description: a.description } : {}),
          ...(a.group ? { group: a.group } : {}),
          ...(a.owner ? { owner: a.owner } : {}),
          ...(a.due ? { due: a.due } : {}),
          ...(a.when ? { when: a.when } : {}),
          ...(a.tags.length ? { tags: a.tags } : {}),
          ...(targets ? { targets } : {}),
        };
      }),
    })),
  };
  return (
    "# A plan in the explicit YAML form. `plan schema plan` prints its JSON Schema.\n" +
    stringify(input, { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" })
  );
}
