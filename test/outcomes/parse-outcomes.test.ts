import { describe, expect, it } from "vitest";
import { InputError, InputErrors } from "../../src/errors.js";
import { t } from "../../src/i18n/t.js";
import { checkOutcomesAgainstPlan, parseOutcomes } from "../../src/outcomes/parse-outcomes.js";
import { parseMarkdownPlan } from "../../src/parse/markdown/parse-markdown.js";

function errorsOf(fn: () => unknown): InputError[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputErrors) return e.errors;
    if (e instanceof InputError) return [e];
    throw e;
  }
  throw new Error("expected an error");
}

const brief = (e: InputError) => `${e.where?.line}:${e.where?.column} ${t("sv", e.messageId, e.data)}${e.hint ? ` (${t("sv", e.hint.messageId, e.hint.data)})` : ""}`;

describe("parseOutcomes", () => {
  it("reads what plan outcomes writes, with empty fields left empty", () => {
    const { outcomes } = parseOutcomes('year: 2024\nsummary: |\n\nactivities:\n  "1.3":\n    actual:\n    comment:\n  "1.10":\n    actual: 12 683\nareas:\n  studier: {comment: }\nunplanned: []\n', "o.yaml");
    expect(outcomes.year).toBe(2024);
    expect(outcomes.activities?.["1.3"]).toEqual({ actual: null, comment: null });
    expect(outcomes.activities?.["1.10"]?.actual).toBe(12683);
  });

  it("keeps unquoted ids as written: 1.10 is not 1.1", () => {
    const { outcomes } = parseOutcomes("year: 2024\nactivities:\n  1.1: {status: done}\n  1.10: {status: partial}\n", "o.yaml");
    expect(Object.keys(outcomes.activities!)).toEqual(["1.1", "1.10"]);
  });

  it("an unknown key points at its line and suggests the right word", () => {
    const errors = errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  ung-1:\n    actuall: 5\n", "o.yaml"));
    expect(errors.map(brief)).toEqual(['4:5 okänd nyckel "actuall" (menade du "actual"?)']);
  });

  it("a figure with its unit after it: write the number alone", () => {
    const errors = errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  ung-1:\n    actual: 22 st\n  ung-2: {actual: 1 200 medlemmar}\n", "o.yaml"));
    expect(errors.map(brief)).toEqual([
      '4:5 "activities.ung-1.actual": "22 st" är inget tal (skriv bara talet, actual: 22 (enheten står i planen))',
      '5:11 "activities.ung-2.actual": "1 200 medlemmar" är inget tal (skriv bara talet, actual: 1 200 (enheten står i planen))',
    ]);
  });

  it("a comment with a comma inside {…}: the words after it are not an unknown key of the person's", () => {
    const errors = errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  ung-1: {actual: 19, comment: Bra, men sent}\n  ung-2: {actual: 3, coment: x}\n", "o.yaml"));
    expect(errors.map(brief)).toEqual([
      '3:37 okänd nyckel "men sent" (inom {…} börjar ett kommatecken nästa nyckel: sätt text med kommatecken inom citattecken, comment: "Bra, men sent")',
      '4:22 okänd nyckel "coment" (menade du "comment"?)',
    ]);
  });

  it("a value that is not a number", () => {
    const errors = errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  ung-1:\n    actual: många\n", "o.yaml"));
    expect(errors.map(brief)).toEqual(['4:5 "activities.ung-1.actual": "många" är inget tal']);
  });

  it("an unknown status lists the allowed ones and the nearest", () => {
    const errors = errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  ung-1:\n    status: don\n", "o.yaml"));
    expect(errors.map(brief)).toEqual([
      '4:5 "activities.ung-1.status": "don" är inte tillåtet (använd done | partial | not-done | cancelled | postponed) (menade du "done"?)',
    ]);
  });

  it("YAML syntax errors and duplicate keys have a line", () => {
    expect(errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  a: [1, 2\n", "o.yaml"))[0]!.where?.line).toBeGreaterThanOrEqual(3);
    const dup = errorsOf(() => parseOutcomes("year: 2024\nactivities:\n  a: {status: done}\n  a: {status: partial}\n", "o.yaml"));
    expect(dup[0]).toMatchObject({ messageId: "yaml.duplicateKey", where: { line: 4 } });
  });

  it("refuses aliases (no alias bombs)", () => {
    const bomb = 'year: 2024\nx: &a ["lol","lol"]\ny: &b [*a,*a,*a]\nz: [*b,*b,*b]\n';
    expect(errorsOf(() => parseOutcomes(bomb, "o.yaml"))[0]!.messageId).toBe("yaml.alias");
  });
});

describe("checkOutcomesAgainstPlan", () => {
  const { plan } = parseMarkdownPlan("# Plan 2024\n\n## Ung\n\n- Minst 80 deltagare i Ung i facket\n- Genomföra sommarkampanjen\n", "p.md");

  it("an outcome for an id the plan does not have is an error with a suggestion", () => {
    const parsed = parseOutcomes("year: 2024\nactivities:\n  ung-minst-80-deltagar: {actual: 70}\n", "o.yaml");
    const errors = errorsOf(() => checkOutcomesAgainstPlan(parsed, plan, 2024, "o.yaml"));
    expect(errors.map(brief)).toEqual([
      '3:3 utfall för "ung-minst-80-deltagar", men planen har ingen aktivitet med det id:t (menade du "ung-minst-80-deltagare"?)',
    ]);
  });

  it("outcomes for another year", () => {
    const parsed = parseOutcomes("year: 2023\n", "o.yaml");
    const errors = errorsOf(() => checkOutcomesAgainstPlan(parsed, plan, 2024, "o.yaml"));
    expect(errors.map(brief)).toEqual(['1:1 filen gäller 2023, men berättelsen gäller 2024 (ändra "year:" till 2024, eller kontrollera att det är rätt fil)']);
  });
});
