import fc from "fast-check";
import { expect, it } from "vitest";
import { lint } from "../../src/lint/engine.js";
import { findingText } from "../../src/lint/message-text.js";
import { Config } from "../../src/model/config.js";
import { parsePlan } from "../../src/parse/parse-plan.js";

const line = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "# Verksamhetsplan 2025", "## Studier", "### Mål", "- Minst 10 deltagare i kursen", "- 1.1 Vi ska för att för att", "1. Område",
    "2.3 Vi ska ordna", "- Möte onsdag 31 juni", "- Konferens 1-3 oktober, vecka 40 tisdag-torsdag", "## Innehåll", "STUDIER ..... 2",
    "<!-- plan-lint-disable text/repeated-word -->", "- TODO", "- Utse årets ombud 2019", "{#id}", "",
  ),
);

it("any plan text can be linted: findings with positions and words, never an exception", () => {
  fc.assert(
    fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
      const text = lines.join("\n");
      let parsed;
      try {
        parsed = parsePlan({ path: "p.md", text });
      } catch {
        return; // unreadable front matter: a positioned input error, tested elsewhere
      }
      const messages = lint({
        plan: parsed.plan,
        file: "p.md",
        lines: text.split("\n"),
        format: parsed.format,
        parseDiagnostics: parsed.diagnostics,
        scoring: Config.parse({}).scoring,
      });
      for (const m of messages) {
        expect(m.source.line).toBeGreaterThanOrEqual(1);
        expect(findingText(m, "sv")).not.toMatch(/\{\w+\}/); // every placeholder filled
      }
    }),
    { numRuns: 300 },
  );
});
