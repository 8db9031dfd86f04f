import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/model/plan.js";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { planToMarkdown } from "../../src/render/plan/plan-to-markdown.js";
import { planToYaml } from "../../src/render/plan/plan-to-yaml.js";

/** The model without positions: what must survive a conversion. */
function content(plan: Plan): unknown {
  // origin, like source, says where in this file the title and period were found
  return JSON.parse(JSON.stringify(plan, (k, v) => (k === "source" || k === "origin" ? undefined : v)));
}
const read = (text: string, path: string) => parsePlan({ path, text }).plan;

describe("md → yaml → md keeps the model", () => {
  it.each(["examples/distrikt/plans/2025.md", "test/fixtures/lights-2023/plans/2023.md"])("%s", (path) => {
    const fromMd = read(readFileSync(path, "utf8"), "a.md");
    const yaml = planToYaml(fromMd);
    const fromYaml = read(yaml, "a.yaml");
    expect(content(fromYaml)).toEqual(content(fromMd));
    const md = planToMarkdown(fromYaml);
    const again = read(md, "b.md");
    expect(content(again)).toEqual(content(fromMd));
    // and it is stable: a second round gives the same text
    expect(planToMarkdown(again)).toBe(md);
    expect(planToYaml(again)).toBe(yaml);
  });
});

// Plans built from words, the way a person would write them.
const word = fc.constantFrom("Genomföra", "Starta", "studiecirkel", "träffar", "medlemmar", "skolan", "facket", "kommunen", "Ung", "arbetsmiljö", "ombud", "kurs", "nätverk");
const title = fc.array(word, { minLength: 2, maxLength: 6 }).map((w) => w.join(" "));
const withTarget = fc.tuple(fc.constantFrom("Minst", "Högst", ""), fc.integer({ min: 2, max: 5000 }), fc.constantFrom("deltagare", "träffar", "kurser"), title).map(
  ([cmp, n, unit, rest]) => `${cmp ? `${cmp} ` : ""}${n} ${unit} i ${rest}`.trim(),
);
const activity = fc.oneof(title, withTarget);
const area = fc.record({ title, activities: fc.array(activity, { minLength: 1, maxLength: 6 }) });
const planMd = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), areas: fc.array(area, { minLength: 1, maxLength: 5 }) }).map(
  ({ year, areas }) =>
    `# Verksamhetsplan ${year}\n\n## Exempelfacket\n\n` +
    areas.map((a, i) => `## ${a.title} ${i + 1}\n\n${a.activities.map((x) => `- ${x}`).join("\n")}\n`).join("\n"),
);

describe("properties", () => {
  it("any generated plan survives md → yaml → md", () => {
    fc.assert(
      fc.property(planMd, (md) => {
        const m1 = read(md, "a.md");
        const m2 = read(planToYaml(m1), "a.yaml");
        const m3 = read(planToMarkdown(m2), "b.md");
        expect(content(m2)).toEqual(content(m1));
        expect(content(m3)).toEqual(content(m1));
      }),
      { numRuns: 60 },
    );
  });

  it("any text in → a model, never an exception (or a positioned input error)", () => {
    const messy = fc.array(
      fc.oneof(
        fc.string(),
        fc.constantFrom("# Plan 2024", "## Studier", "- Minst 10 deltagare", "1. Område", "1.1 Vi ska", "Insats: - göra något", "   - nested", "**fet**", "{#id}", "---", "| a | b |", "```", "> citat", "ÅÄÖ æøå", "\t", ""),
      ),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(messy, fc.constantFrom("a.md", "a.txt", "a.yaml"), (lines, path) => {
        try {
          const { plan } = parsePlan({ path, text: lines.join("\n") });
          expect(Array.isArray(plan.areas)).toBe(true);
          for (const a of plan.areas) for (const x of a.activities) expect(x.source.line).toBeGreaterThanOrEqual(1);
        } catch (e) {
          // invalid YAML or front matter: a positioned, user-facing error is fine
          const err = e as { name?: string; errors?: Array<{ where?: { line?: number } }>; where?: { line?: number } };
          expect(["InputError", "InputErrors"]).toContain(err.name);
          const where = err.where ?? err.errors?.[0]?.where;
          expect(where?.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
