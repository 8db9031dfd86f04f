import { InputError, InputErrors } from "../errors.js";
import { isAmbiguousThousands, Outcomes, type Outcome } from "../model/outcomes.js";
import type { Plan, Target } from "../model/plan.js";
import { mapFigures } from "../model/figures.js";
import { reportableIds, unknownIds } from "../parse/ids.js";
import { schemaErrors } from "../yaml/schema-errors.js";
import { parseYamlValue, type YamlValue } from "../yaml/yaml-value.js";
import { suggest } from "../util/suggest.js";
import { checkOutcomesCsv } from "./parse-outcomes-csv.js";

export interface ParsedOutcomes {
  outcomes: Outcomes;
  doc: YamlValue;
}

/**
 * Outcomes YAML text → the outcomes, or the positioned problems with its
 * values. YAML that cannot be read at all throws. Pure.
 */
export function checkOutcomes(text: string, file: string): { outcomes?: Outcomes; doc: YamlValue; errors: InputError[] } {
  const doc = parseYamlValue(text, file);
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new InputError("schema.wrongType", { path: "/", expected: "map", got: doc.value === null ? "null" : typeof doc.value }, { file, line: 1, column: 1 });
  }
  const figures = figureErrors(doc, file);
  const parsed = Outcomes.safeParse(doc.value);
  if (!parsed.success) return { doc, errors: [...figures, ...schemaErrors(parsed.error.issues, Outcomes, doc, file).filter((e) => !figures.some((f) => f.where?.line === e.where?.line))] };
  if (figures.length) return { doc, errors: figures };
  return { outcomes: parsed.data, doc, errors: [] };
}

/**
 * What the YAML reader decides before the schema sees it: `1.000` is read as
 * the number 1 (but a Swede may mean a thousand), `.nan` and `.inf` as
 * numbers that are none. Found from the text as written. Pure.
 */
function figureErrors(doc: YamlValue, file: string): InputError[] {
  const errors: InputError[] = [];
  const activities = (doc.value as { activities?: unknown }).activities;
  if (!activities || typeof activities !== "object") return errors;
  for (const [id, entry] of Object.entries(activities as Record<string, unknown>)) {
    if (!entry || typeof entry !== "object") continue;
    for (const key of ["actual", "planned"]) {
      const v = (entry as Record<string, unknown>)[key];
      const leaves: Array<[Array<string | number>, unknown]> =
        v !== null && typeof v === "object" ? Object.entries(v).map(([k, x]) => [[k], x]) : [[[], v]];
      for (const [sub, x] of leaves) {
        if (typeof x !== "number") continue;
        const path = ["activities", id, key, ...sub.map((s) => (Array.isArray(v) ? Number(s) : s))];
        const written = doc.sourceText?.(path) ?? String(x);
        // located only when there is something to say
        const where = () => ({ file, ...doc.locate(path) });
        if (!Number.isFinite(x)) {
          errors.push(new InputError("outcomes.notFinite", { path: path.join("."), value: written }, where(), { messageId: "hint.numberForm" }));
        } else if (isAmbiguousThousands(written)) {
          errors.push(new InputError("outcomes.ambiguousNumber", { path: path.join("."), value: written }, where(), { messageId: "hint.ambiguousNumber" }));
        }
      }
    }
  }
  return errors;
}

/** Outcomes YAML text → validated outcomes, or every problem with its line. Pure. */
export function parseOutcomes(text: string, file: string): ParsedOutcomes {
  const { outcomes, doc, errors } = checkOutcomes(text, file);
  if (!outcomes) throw new InputErrors(errors);
  return { outcomes, doc };
}

/**
 * Outcomes must talk about this plan and this year: an unknown id is a typo
 * that would otherwise leave an activity "not reported" without anyone noticing.
 */
export function checkOutcomesAgainstPlan(parsed: ParsedOutcomes, plan: Plan, year: number, file: string): void {
  const { outcomes, doc } = parsed;
  const errors: InputError[] = [];
  if (outcomes.year !== year) {
    errors.push(
      new InputError("outcomes.wrongYear", { got: outcomes.year, year }, { file, ...doc.locate(["year"]) }, { messageId: "hint.wrongYear", data: { year } }),
    );
  }
  // goals with targets can be reported on too
  for (const { id, suggestion } of unknownIds(Object.keys(outcomes.activities ?? {}), reportableIds(plan))) {
    errors.push(
      new InputError(
        "outcomes.unknownActivity",
        { id },
        { file, ...doc.locate(["activities", id]) },
        suggestion ? { messageId: "hint.didYouMean", data: { suggestion } } : { messageId: "hint.seeIds", data: { year } },
      ),
    );
  }
  const targetsOf = new Map(
    plan.areas.flatMap((a) => [...a.activities.map((x) => [x.id, x.targets] as const), ...a.goals.map((g) => [g.id, g.targets] as const)]),
  );
  for (const [id, outcome] of Object.entries(outcomes.activities ?? {})) {
    const targets = targetsOf.get(id);
    if (!outcome || !targets) continue;
    errors.push(...figuresAgainstTargets(id, outcome, targets, year, file, doc));
  }
  for (const { id, suggestion } of unknownIds(Object.keys(outcomes.areas ?? {}), plan.areas.map((a) => a.id))) {
    errors.push(
      new InputError(
        "outcomes.unknownArea",
        { id },
        { file, ...doc.locate(["areas", id]) },
        suggestion ? { messageId: "hint.didYouMean", data: { suggestion } } : { messageId: "hint.seeIds", data: { year } },
      ),
    );
  }
  if (errors.length) throw new InputErrors(errors);
}

const unitName = (t: Target) => t.unit ?? t.subject ?? (t.percent ? "procent" : "");

/**
 * Figures mean one thing: a list has one number per target, a map names
 * only the activity's own units, and a result is never below zero unless
 * the target itself is. Pure.
 */
function figuresAgainstTargets(id: string, outcome: Outcome, targets: Target[], year: number, file: string, doc: YamlValue): InputError[] {
  const errors: InputError[] = [];
  for (const key of ["actual", "planned"] as const) {
    const figures = outcome[key];
    if (figures === null || figures === undefined) continue;
    const where = { file, ...doc.locate(["activities", id, key]) };
    if (Array.isArray(figures) && targets.length > 0 && figures.length !== targets.length) {
      errors.push(new InputError("outcomes.countMismatch", { id, key, targets: targets.length, count: figures.length }, where, { messageId: "hint.countMismatch", data: { year } }));
      continue;
    }
    const mapped = mapFigures(targets, figures);
    if (typeof figures === "object" && !Array.isArray(figures) && targets.length > 0) {
      const units = [...new Set(targets.map(unitName).filter(Boolean))];
      for (const unit of mapped.unknownUnits) {
        const near = suggest(unit, units);
        errors.push(
          new InputError(
            "outcomes.unknownUnit",
            { id, key, unit, units: units.join(", ") },
            { file, ...doc.locate(["activities", id, key, unit]) },
            near ? { messageId: "hint.didYouMean", data: { suggestion: near } } : { messageId: "hint.countMismatch", data: { year } },
          ),
        );
      }
    }
    const negative = mapped.byTarget.findIndex((v, k) => v !== undefined && v.value < 0 && targets[k]!.value >= 0);
    const loose = mapped.unmatched.find((v) => v < 0);
    if (negative >= 0 || loose !== undefined) {
      const value = negative >= 0 ? mapped.byTarget[negative]!.value : loose!;
      const target = negative >= 0 ? targets[negative]!.text : (targets[0]?.text ?? "");
      errors.push(new InputError("outcomes.negative", { id, value, target }, where, { messageId: "hint.negative" }));
    }
  }
  return errors;
}

/** Outcomes in either form (YAML, or CSV from a spreadsheet) → outcomes or positioned problems. Pure. */
export function checkOutcomesFile(text: string, file: string, year: number): { outcomes?: Outcomes; doc: YamlValue; errors: InputError[] } {
  return /\.csv$/i.test(file) ? checkOutcomesCsv(text, file, year) : checkOutcomes(text, file);
}
