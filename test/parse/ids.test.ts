import { describe, expect, it } from "vitest";
import { activityDuplicateId } from "../../src/lint/rules/activity-duplicate-id.js";
import { outcomeUnknownActivity } from "../../src/lint/rules/outcome-unknown-activity.js";
import type { LintContext } from "../../src/lint/types.js";
import { outcomesContext } from "../../src/lint/outcomes-context.js";
import { InputErrors } from "../../src/errors.js";
import { checkOutcomesAgainstPlan, parseOutcomes } from "../../src/outcomes/parse-outcomes.js";
import { duplicateIds, reportableIds, unknownIds } from "../../src/parse/ids.js";
import { parsePlan } from "../../src/parse/parse-plan.js";

const at = (line: number) => ({ file: "p.md", line, column: 3 });

describe("the shared id checks (parse/ids.ts)", () => {
  it("duplicateIds: every later use of an id, in order, with where it was first used", () => {
    const items = [
      { id: "1.1", source: at(3) },
      { id: "1.2", source: at(4) },
      { id: "1.1", source: at(5) },
      { id: "1.1", source: at(9) },
    ];
    expect(duplicateIds(items).map((d) => [d.item.source.line, d.first.line])).toEqual([
      [5, 3],
      [9, 3],
    ]);
    expect(duplicateIds([])).toEqual([]);
  });

  it("unknownIds: ids not in the list, in order, with a suggestion only when one is close", () => {
    expect(unknownIds(["1.1", "1.l", "fika-i-parken"], ["1.1", "1.2", "2.1"])).toEqual([{ id: "1.l", suggestion: "1.1" }, { id: "fika-i-parken" }]);
    expect(unknownIds([], ["1.1"])).toEqual([]);
  });

  const text = "# Verksamhetsplan 2025\n\n## Medlemmar\n\n- 1.1 Värva 30 nya medlemmar\n- 1.1 Ordna ett medlemsmöte\n- 1.2 Ge ut fyra nummer av medlemsbladet\n";
  const { plan, diagnostics } = parsePlan({ path: "plans/2025.md", text, format: "markdown" });

  it("the reader and the lint rule find the same duplicate, with the same words", () => {
    const fromReader = diagnostics.filter((d) => d.ruleId === "activity/duplicate-id");
    const fromLint = activityDuplicateId.check({ plan } as LintContext);
    expect(fromReader).toHaveLength(1);
    expect(fromLint.map((f) => ({ ...f, severity: "error" }))).toEqual(fromReader);
  });

  it("reportableIds: activities, then the goals that carry a target, area by area", () => {
    expect(reportableIds(plan)).toEqual(plan.areas.flatMap((a) => a.activities.map((x) => x.id)));
  });

  it("plan report and plan lint find the same unknown outcome id, with the same suggestion", () => {
    const yaml = "year: 2025\nactivities:\n  '1.3':\n    actual: 4\n";
    let reportHint: unknown;
    try {
      checkOutcomesAgainstPlan(parseOutcomes(yaml, "outcomes/2025.yaml"), plan, 2025, "outcomes/2025.yaml");
    } catch (e) {
      reportHint = e instanceof InputErrors ? e.errors.map((x) => [x.messageId, x.data.id, x.hint?.data?.suggestion]) : e;
    }
    const ctx = { plan, outcomes: outcomesContext(yaml, "outcomes/2025.yaml", 2025, "sv") } as LintContext;
    const lint = outcomeUnknownActivity.check(ctx).map((f) => [f.messageId, f.data.id, f.data.suggestion]);
    expect(reportHint).toEqual([["outcomes.unknownActivity", "1.3", "1.1"]]);
    expect(lint).toEqual([["outcome/unknown-activity.suggest", "1.3", "1.1"]]);
  });
});
