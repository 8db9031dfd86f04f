import type { z } from "zod";
import { InputError, InputErrors } from "../../errors.js";
import { detectLanguage } from "../../extract/language.js";
import { parseShortTarget } from "../../extract/target-short.js";
import { extractTargets } from "../../extract/targets.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import { PlanInput, TargetInput } from "../../model/plan-input.js";
import type { Activity, Area, Goal, Language, Plan, SourceRef, Target } from "../../model/plan.js";
import { assignIds } from "../ids.js";
import type { ParseResult } from "../markdown/parse-markdown.js";
import { schemaErrors } from "../../yaml/schema-errors.js";
import { parseYamlValue, type Path } from "../../yaml/yaml-value.js";

function toTarget(input: z.output<typeof TargetInput>, path: Path, at: (p: Path) => SourceRef): Target {
  if (typeof input === "string") {
    const t = parseShortTarget(input);
    if (!t) throw new InputError("yaml.badTarget", { value: input }, at(path), { messageId: "hint.targetForm" });
    return t;
  }
  const t: Target = {
    value: input.value,
    percent: input.percent ?? input.unit === "%",
    comparison: input.comparison ?? "exactly",
    text: input.text ?? `${input.value}${input.unit ? ` ${input.unit}` : ""}`,
  };
  if (t.percent) t.unit = "%";
  else if (input.unit) t.unit = input.unit;
  if (input.subject) t.subject = input.subject;
  if (input.per) t.per = input.per;
  if (input.max !== undefined) {
    t.max = input.max;
    if (!input.comparison) t.comparison = "between";
  }
  if (input.base) t.base = { value: input.base.value, ...(input.base.unit ? { unit: input.base.unit } : {}) };
  if (input.count) t.count = { value: input.count.value, ...(input.count.unit ? { unit: input.count.unit } : {}), computed: false };
  else if (t.percent && t.base) t.count = { value: Math.round((t.value / 100) * t.base.value), ...(t.base.unit ? { unit: t.base.unit } : {}), computed: true };
  return t;
}

/** A plan in the explicit YAML form → the model, with every node's line. Pure. */
export function parseYamlPlan(text: string, file: string): ParseResult {
  const doc = parseYamlValue(text, file);
  const parsed = PlanInput.safeParse(doc.value ?? {});
  if (!parsed.success) throw new InputErrors(schemaErrors(parsed.error.issues, PlanInput, doc, file));
  const input = parsed.data;
  const at = (p: Path): SourceRef => ({ file, ...doc.locate(p) });
  const allText = [input.title, ...input.areas.flatMap((a) => [a.title, ...(a.activities ?? []).map((x) => (typeof x === "string" ? x : x.title))])].join(" ");
  const language: Language = input.language ?? detectLanguage(allText);
  const targetsFor = (title: string, given: Array<z.output<typeof TargetInput>> | undefined, path: Path) =>
    given ? given.map((t, k) => toTarget(t, [...path, "targets", k], at)) : extractTargets(title, language);

  const areas: Area[] = input.areas.map((a, i) => {
    const areaPath = ["areas", i];
    const goals: Goal[] = (a.goals ?? []).map((g, k) => {
      const path = [...areaPath, "goals", k];
      const textOf = typeof g === "string" ? g : g.text;
      return {
        id: typeof g === "string" ? "" : (g.id ?? ""),
        text: textOf,
        targets: targetsFor(textOf, typeof g === "string" ? undefined : g.targets, path),
        source: at(path),
      };
    });
    const activities: Activity[] = (a.activities ?? []).map((x, k) => {
      const path = [...areaPath, "activities", k];
      if (typeof x === "string") return { id: "", title: x, targets: extractTargets(x, language), tags: [], source: at(path) };
      const act: Activity = { id: x.id ?? "", title: x.title, targets: targetsFor(x.title, x.targets, path), tags: x.tags ?? [], source: at(path) };
      if (x.number) act.number = x.number;
      if (x.description) act.description = x.description.trim();
      if (x.group) act.group = x.group;
      if (x.owner) act.owner = x.owner;
      if (x.due) act.due = x.due;
      if (x.when) act.when = x.when;
      return act;
    });
    const area: Area = { id: a.id ?? "", title: a.title, goals, activities, source: at(areaPath) };
    if (a.description) area.description = a.description.trim();
    return area;
  });
  const diagnostics: Diagnostic[] = [];
  assignIds(areas, diagnostics);

  const plan: Plan = {
    title: input.title,
    language,
    priorities: input.priorities ?? [],
    dates: (input.dates ?? []).map((d, k) => ({ ...d, source: at(["dates", k]) })),
    sections: input.sections ?? [],
    areas,
    source: at(["title"]),
  };
  if (input.organisation) plan.organisation = input.organisation;
  if (input.period !== undefined) {
    const p = input.period;
    if (typeof p === "object") plan.period = p;
    else {
      const m = /(\d{4})(?:\s*[-–]\s*(\d{4}))?/.exec(String(p))!;
      plan.period = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
    }
  }
  if (input.adopted) plan.adopted = input.adopted;
  return { plan, diagnostics };
}
