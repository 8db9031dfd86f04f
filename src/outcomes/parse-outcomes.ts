import { InputError, InputErrors } from "../errors.js";
import { Outcomes } from "../model/outcomes.js";
import type { Plan } from "../model/plan.js";
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
  const parsed = Outcomes.safeParse(doc.value);
  if (!parsed.success) return { doc, errors: schemaErrors(parsed.error.issues, Outcomes, doc, file) };
  return { outcomes: parsed.data, doc, errors: [] };
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
  const activityIds = plan.areas.flatMap((a) => [...a.activities.map((x) => x.id), ...a.goals.filter((g) => g.targets.length).map((g) => g.id)]);
  const known = new Set(activityIds);
  for (const id of Object.keys(outcomes.activities ?? {})) {
    if (known.has(id)) continue;
    const near = suggest(id, activityIds);
    errors.push(
      new InputError(
        "outcomes.unknownActivity",
        { id },
        { file, ...doc.locate(["activities", id]) },
        near ? { messageId: "hint.didYouMean", data: { suggestion: near } } : { messageId: "hint.seeIds", data: { year } },
      ),
    );
  }
  const areaIds = plan.areas.map((a) => a.id);
  for (const id of Object.keys(outcomes.areas ?? {})) {
    if (areaIds.includes(id)) continue;
    const near = suggest(id, areaIds);
    errors.push(
      new InputError(
        "outcomes.unknownArea",
        { id },
        { file, ...doc.locate(["areas", id]) },
        near ? { messageId: "hint.didYouMean", data: { suggestion: near } } : { messageId: "hint.seeIds", data: { year } },
      ),
    );
  }
  if (errors.length) throw new InputErrors(errors);
}

/** Outcomes in either form (YAML, or CSV from a spreadsheet) → outcomes or positioned problems. Pure. */
export function checkOutcomesFile(text: string, file: string, year: number): { outcomes?: Outcomes; doc: YamlValue; errors: InputError[] } {
  return /\.csv$/i.test(file) ? checkOutcomesCsv(text, file, year) : checkOutcomes(text, file);
}
