import { join, resolve } from "node:path";
import { InputError, InputErrors, UsageError } from "../errors.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { Outcomes } from "../model/outcomes.js";
import type { Plan } from "../model/plan.js";
import { checkOutcomesAgainstPlan, checkOutcomesFile } from "../outcomes/parse-outcomes.js";
import { parsePlan, type PlanFormat } from "../parse/parse-plan.js";
import { readPlanSource, readSourceFile } from "../read/source-file.js";
import { checkLineLength } from "../read/line-limit.js";
import { insideWorkspace } from "../read/safe-read.js";
import { findOutcomes, findPlan } from "../read/workspace.js";

/** The stages wired together for the commands: read → parse → check. */

export function parseYear(value: string, command: string): number {
  if (!/^\d{4}$/.test(value.trim())) {
    throw new UsageError("usage.badYear", { value }, undefined, { messageId: "usage.hintHelp", data: { command } });
  }
  return Number(value);
}

export interface LoadedPlan {
  path: string;
  plan: Plan;
  diagnostics: Diagnostic[];
  format: PlanFormat;
  /** the text positions refer to (for a .docx: the Markdown made from it) */
  text: string;
  /** the Markdown the plan was read from (for text pasted from Word: what loose mode made of it) */
  markdown?: string;
}

export async function loadPlanFile(path: string): Promise<LoadedPlan> {
  const source = await readPlanSource(path);
  checkLineLength(source.text, path);
  const { plan, diagnostics, format, markdown } = parsePlan(source);
  if (source.decodedAs) {
    diagnostics.unshift({
      ruleId: "file/encoding",
      severity: "warning",
      messageId: "file.windows1252",
      data: {},
      source: { file: path, line: 1, column: 1 },
    });
  }
  return { path, plan, diagnostics, format, text: source.text, ...(markdown ? { markdown } : {}) };
}

/** `plan show 2024` or `plan show plans/2024.md`: a year finds the plan in the workspace. */
export function resolvePlan(arg: string, dir: string): { path: string; year?: number } {
  // found in plans/: it must stay in the workspace; a path typed on the command line may be anywhere
  if (/^\d{4}$/.test(arg)) return { path: insideWorkspace(findPlan(dir, Number(arg)), dir, "plans/"), year: Number(arg) };
  return { path: resolve(dir, arg) };
}

/** Errors in the plan that make a report untrustworthy (two activities with one id). */
export function failOnPlanErrors(loaded: LoadedPlan): void {
  const errors = loaded.diagnostics.filter((d) => d.severity === "error");
  if (!errors.length) return;
  throw new InputErrors(
    errors.map(
      (d) =>
        new InputError(
          d.messageId as never,
          d.data,
          { file: d.source.file, line: d.source.line, column: d.source.column },
          d.ruleId === "activity/duplicate-id" ? { messageId: "hint.duplicateId" } : undefined,
        ),
    ),
  );
}

export function checkPeriod(plan: Plan, year: number, path: string): void {
  if (!plan.period) {
    throw new InputError("plan.noPeriod", {}, { file: path, line: plan.source.line }, { messageId: "hint.addPeriod" });
  }
  if (year < plan.period.from || year > plan.period.to) {
    const period = plan.period.from === plan.period.to ? String(plan.period.from) : `${plan.period.from}–${plan.period.to}`;
    throw new InputError("plan.notForYear", { period, year }, { file: path, line: plan.source.line });
  }
}

function readOutcomesFile(path: string, year: number) {
  const { outcomes, doc, errors } = checkOutcomesFile(readSourceFile(path).text, path, year);
  if (!outcomes) throw new InputErrors(errors);
  return { outcomes, doc };
}

/** This year's outcomes, checked against the plan; missing is an error that says how to make them. */
export function loadOutcomes(dir: string, year: number, plan: Plan): { path: string; outcomes: Outcomes } {
  const path = findOutcomes(dir, year);
  if (!path) {
    throw new InputError(
      "workspace.noOutcomes",
      { year, path: join("outcomes", `${year}.yaml`) },
      { file: join(dir, "outcomes", `${year}.yaml`) },
      { messageId: "hint.runOutcomes", data: { year } },
    );
  }
  const parsed = readOutcomesFile(insideWorkspace(path, dir, "outcomes/"), year);
  checkOutcomesAgainstPlan(parsed, plan, year, path);
  return { path, outcomes: parsed.outcomes };
}

/**
 * Last year's outcomes, only used to show the change: when they cannot be
 * read, the report is still made, and the caller says why there is no comparison.
 */
export function loadPreviousOutcomes(dir: string, year: number): { outcomes?: Outcomes; problem?: InputError } {
  const path = findOutcomes(dir, year - 1);
  if (!path) return {};
  try {
    const parsed = readOutcomesFile(insideWorkspace(path, dir, "outcomes/"), year - 1);
    return parsed.outcomes.year === year - 1 ? { outcomes: parsed.outcomes } : {};
  } catch (e) {
    if (e instanceof InputErrors) return { problem: e.errors[0]! };
    if (e instanceof InputError) return { problem: e };
    throw e;
  }
}

/**
 * Last year's plan, only used with last year's outcomes to show each area's
 * change: no plan for that year means no comparison (and nothing to say); a
 * plan that cannot be read is a problem the caller reports as a warning.
 */
export async function loadPreviousPlan(dir: string, year: number): Promise<{ plan?: Plan; problem?: InputError }> {
  let path: string;
  try {
    path = insideWorkspace(findPlan(dir, year - 1), dir, "plans/");
  } catch (e) {
    if (e instanceof InputError) return {};
    throw e;
  }
  try {
    const loaded = await loadPlanFile(path);
    const error = loaded.diagnostics.find((d) => d.severity === "error");
    if (error) return { problem: new InputError(error.messageId as never, error.data, { file: error.source.file, line: error.source.line, column: error.source.column }) };
    return { plan: loaded.plan };
  } catch (e) {
    if (e instanceof InputErrors) return { problem: e.errors[0]! };
    if (e instanceof InputError) return { problem: e };
    throw e;
  }
}
