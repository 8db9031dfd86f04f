import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError, InputErrors } from "../../src/errors.js";
import { findDate } from "../../src/extract/dates.js";
import { extractTargets } from "../../src/extract/targets.js";
import { neutral } from "../../src/text/neutral.js";
import { Config } from "../../src/model/config.js";
import type { Plan } from "../../src/model/plan.js";
import { checkOutcomes, checkOutcomesAgainstPlan } from "../../src/outcomes/parse-outcomes.js";
import { parsePlan } from "../../src/parse/parse-plan.js";
import { checkLineLength, MAX_LINE_CHARS } from "../../src/read/line-limit.js";
import { loadTemplates } from "../../src/read/templates.js";
import { renderIcs } from "../../src/render/calendar.js";
import { renderMarkdown } from "../../src/render/markdown/render-markdown.js";
import { csvCell, outcomesYamlTemplate } from "../../src/render/outcomes-template.js";
import { planToMarkdown } from "../../src/render/plan/plan-to-markdown.js";
import { planToYaml } from "../../src/render/plan/plan-to-yaml.js";
import { scoreReport } from "../../src/score/score-report.js";
import { nextPlan } from "../../src/year/next-plan.js";

/**
 * The issue asks for a time bound per input size: hostile text (one token
 * repeated up to the line limit) must be read in time that grows with its
 * length, not its square. The bound is generous (a loaded CI machine); the
 * quadratic versions took 20 s for 200 KB.
 */
describe("linear time on hostile text", () => {
  const token = fc.constantFrom("1 ", "[[", "](", "(((", "12 345 ", "5 % ", "- 1 -", "x", "minst 3 ", "**", "{#", "1.1 ", "v. 40 ", "23 april ");
  const hostile = fc.tuple(fc.array(token, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1_000, max: MAX_LINE_CHARS - 10 })).map(([tokens, n]) => {
    const unit = tokens.join("");
    return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  });
  const ms = (f: () => unknown) => {
    const t0 = performance.now();
    f();
    return performance.now() - t0;
  };

  it("targets and dates: at most ~0.5 ms per character", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const budget = 200 + text.length * 0.5;
        expect(ms(() => extractTargets(text, "sv"))).toBeLessThan(budget);
        expect(ms(() => findDate(text, 2025))).toBeLessThan(budget);
      }),
      { numRuns: 25 },
    );
  });

  it("a whole plan of hostile lines parses within the bound", () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 4 }), (lines) => {
        const text = `# Verksamhetsplan 2025\n\n## Studier\n\n${lines.map((l) => `- ${l}`).join("\n")}\n`;
        checkLineLength(text, "p.md");
        expect(ms(() => parsePlan({ path: "p.md", text }))).toBeLessThan(2_000 + text.length * 1);
      }),
      { numRuns: 10 },
    );
  });
});

describe("neutral text", () => {
  it("no control character but tab, newline and CRLF survives, and nothing printable is lost", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const out = neutral(s);
        expect(out.replace(/\r\n/g, "")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
        expect(out.replace(/\\x[0-9a-f]{2}|\\u00[89][0-9a-f]|\r/g, "")).toBe(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ""));
      }),
    );
  });

  it("CSV cells never start a formula", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.constantFrom(";", ","), (s, sep) => {
        expect(csvCell(s, sep).replace(/^"/, "")).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

// Plans a person could write, with hostile bits mixed in.
const word = fc.constantFrom("Genomföra", "Starta", "studiecirkel", "träffar", "medlemmar", "skolan", "Ung", "arbetsmiljö", "ombud", "<script>", "\u001b[2J", "=SUM(A1)", "a;b,c\\d", "\r");
const title = fc.array(word, { minLength: 2, maxLength: 5 }).map((w) => w.join(" "));
// Area titles from their own words: an activity titled exactly like its area's first words gets an id that
// changes on a round trip (found by this test; ids are another issue's, reported there).
const areaTitle = fc.array(fc.constantFrom("Studier", "Arbetsmiljö", "Kommunikation", "Skola", "<b>", "\u001b]0;x\u0007"), { minLength: 1, maxLength: 3 }).map((w) => w.join(" "));
const activity = fc.oneof(
  title,
  fc.tuple(fc.constantFrom("Minst", "Högst", ""), fc.integer({ min: 1, max: 5000 }), fc.constantFrom("deltagare", "träffar", "procent"), title).map(([c, n, u, t]) => `${c} ${n} ${u} i ${t}`.trim()),
);
const planMd = fc
  .record({
    areas: fc.array(fc.record({ title: areaTitle, activities: fc.array(activity, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 4 }),
    dates: fc.array(fc.tuple(fc.integer({ min: 1, max: 28 }), fc.constantFrom("januari", "april", "september"), title), { maxLength: 3 }),
  })
  .map(
    ({ areas, dates }) =>
      `# Verksamhetsplan 2025\n\n## Inledning\n\n### Viktiga datum 2025\n\n${dates.map(([d, m, t]) => `${t.replace(/\r/g, "")} ${d} ${m}`).join("\n\n")}\n\n` +
      areas.map((a, i) => `## ${a.title.replace(/\r/g, "")} ${i + 1}\n\n${a.activities.map((x) => `- ${x.replace(/\r/g, "")}`).join("\n")}\n`).join("\n"),
  );
const figure = fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.constantFrom("1.000", "1,000", "12,5", ".nan", "1e308", "[1, 2]", "{nope: 4}", '"3 400"'));

const ids = (p: Plan) => p.areas.flatMap((a) => a.activities.map((x) => x.id));
const targets = (p: Plan) => p.areas.flatMap((a) => a.activities.map((x) => x.targets.map((t) => [t.value, t.unit, t.percent, t.comparison])));
const userError = (e: unknown) => e instanceof InputError || e instanceof InputErrors;

describe("outcomes → report → next → calendar → convert, on any plan and any figures", () => {
  const templates = loadTemplates("sv");
  const scoring = Config.parse({}).scoring;

  it("each step gives its output or a positioned input error, never a crash or a wrong kind of file", () => {
    fc.assert(
      fc.property(planMd, fc.array(figure, { maxLength: 30 }), (md, figures) => {
        const { plan } = parsePlan({ path: "p.md", text: md });
        // outcomes: the template, filled in with whatever a person (or an attacker) writes
        let k = 0;
        const yaml = outcomesYamlTemplate(plan, 2025, "sv").replace(/^(\s+actual:)\s+(#.*)?$/gm, (_m, key: string) => `${key} ${figures[k++ % Math.max(1, figures.length)] ?? 1}`);
        let outcomes;
        try {
          const checked = checkOutcomes(yaml, "o.yaml");
          if (!checked.outcomes) {
            for (const e of checked.errors) expect(e.where?.line).toBeGreaterThanOrEqual(1);
            return;
          }
          checkOutcomesAgainstPlan({ outcomes: checked.outcomes, doc: checked.doc }, plan, 2025, "o.yaml");
          outcomes = checked.outcomes;
        } catch (e) {
          expect(userError(e)).toBe(true);
          return;
        }
        // report: every figure finite, no raw HTML or escape sequence from the outcomes
        const { report } = scoreReport({ plan, year: 2025, outcomes, scoring });
        const text = renderMarkdown(report, templates);
        expect(text).not.toMatch(/Infinity|NaN/);
        expect(text).not.toMatch(/(?<!\\)<script/);
        // next: every activity kept, one year on
        const next = nextPlan(plan, 2025, report);
        const again = parsePlan({ path: "n.md", text: planToMarkdown(next) }).plan;
        expect(ids(again).length).toBe(ids(plan).length);
        expect(again.period).toEqual({ from: 2026, to: 2026 });
        // calendar: lines of at most 75 octets, CRLF only
        const ics = renderIcs(plan.dates, { name: "x", language: "sv", stamp: new Date(0), version: "0" });
        for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
        // convert: yaml and md keep every id and target
        const viaYaml = parsePlan({ path: "c.yaml", text: planToYaml(plan) }).plan;
        const viaMd = parsePlan({ path: "c.md", text: planToMarkdown(plan) }).plan;
        expect(ids(viaYaml)).toEqual(ids(plan));
        expect(targets(viaYaml)).toEqual(targets(plan));
        expect(ids(viaMd)).toEqual(ids(plan));
        expect(targets(viaMd)).toEqual(targets(plan));
      }),
      { numRuns: 60 },
    );
  });
});
