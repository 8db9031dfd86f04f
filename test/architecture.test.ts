import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../src/i18n/lang/index.js";

/**
 * The pipeline, bottom first (docs/architecture.md). A module may import from
 * its own unit and from units further down; never up, never sideways into a
 * sibling on the same row.
 */
const LAYERS: string[][] = [
  ["text"], // the number reader, control-character neutralising and other text helpers with no domain
  ["i18n"], // language packs, messages, t(): data every stage may read
  ["util"],
  ["errors.ts"],
  ["model"], // zod schemas, types, SourceFile
  ["extract"], // targets and dates from natural language
  ["yaml"], // YAML values with positions, schema errors
  ["read"], // files → SourceFile (fs lives here and in cli/)
  ["parse/ids.ts", "parse/period.ts"],
  ["parse/markdown", "parse/yaml"], // the two readers are siblings
  ["parse/loose"], // pasted text → the Markdown the Markdown reader reads
  ["parse/parse-plan.ts"],
  ["outcomes"],
  ["score"],
  ["year", "status", "rollup"], // the year's other jobs: next/diff, the follow-up during the year, the federation's roll-up
  ["lint"],
  ["render"],
  ["format"],
  ["make"], // the stages wired into one pure function per job (makeReport): what cli/ and bench/ share
  ["cli"],
];

/**
 * Arrows that still run the wrong way, each with the reason it is not fixed
 * yet. The test fails when one of them is gone, so the list only shrinks.
 */
const ALLOWED: Record<string, string> = {
  // ParseResult is declared in parse-markdown.ts, which is being split into phases (issue 14);
  // it moves to model/ with that split.
  "parse/yaml/parse-yaml-plan.ts -> parse/markdown/parse-markdown.ts":
    "the YAML reader takes the ParseResult type from the Markdown reader",
  // A renderer should only draw the model: planToYaml re-reads the title to decide whether the
  // targets need writing out. Fixed when the model records which targets were written explicitly.
  "render/plan/plan-to-yaml.ts -> extract/targets.ts": "planToYaml re-runs extractTargets",
  // The same question for Markdown: a table's target column is not in the title, so planToMarkdown
  // writes `target=` when the title alone would not give the targets back. Same fix as above.
  "render/plan/plan-to-markdown.ts -> extract/targets.ts": "planToMarkdown re-runs extractTargets",
};

/** Imports a renderer must not have, whatever the layer order says: renderers draw the model, they do not read text. */
const RENDER_MUST_NOT_READ = ["extract", "parse", "read"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

function unitOf(path: string): { unit: string; rank: number } | undefined {
  let best: { unit: string; rank: number } | undefined;
  LAYERS.forEach((row, rank) => {
    for (const unit of row) {
      if ((path === unit || path.startsWith(`${unit}/`)) && (!best || unit.length > best.unit.length)) best = { unit, rank };
    }
  });
  return best;
}

/** Every relative import of src/**: static, type-only, re-exports and dynamic import(). */
function importEdges(): Array<{ from: string; to: string }> {
  const edges: Array<{ from: string; to: string }> = [];
  for (const file of files("src")) {
    const text = readFileSync(file, "utf8");
    const specs = [
      ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+"([^"]+)"/gm),
      ...text.matchAll(/^\s*import\s+"([^"]+)"/gm),
      ...text.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g),
    ].map((m) => m[1]!);
    for (const spec of specs) {
      if (!spec.startsWith(".")) continue;
      const to = relative("src", join(dirname(file), spec)).replace(/\.js$/, ".ts");
      if (to.startsWith("..")) continue; // package.json for the version
      edges.push({ from: relative("src", file), to });
    }
  }
  return edges;
}

function violations(): Map<string, string> {
  const out = new Map<string, string>();
  for (const { from, to } of importEdges()) {
    const a = unitOf(from);
    const b = unitOf(to);
    if (!a || !b) {
      out.set(`${from} -> ${to}`, `not in any layer: ${!a ? from : to}`);
      continue;
    }
    if (a.unit === b.unit) continue;
    if (b.rank > a.rank) out.set(`${from} -> ${to}`, `${a.unit} imports ${b.unit}, which is further up`);
    else if (b.rank === a.rank) out.set(`${from} -> ${to}`, `${a.unit} imports its sibling ${b.unit}`);
    else if (a.unit === "render" && RENDER_MUST_NOT_READ.some((u) => b.unit === u || b.unit.startsWith(`${u}/`))) {
      out.set(`${from} -> ${to}`, `a renderer reads text (${b.unit})`);
    }
  }
  return out;
}

describe("the import graph", () => {
  const found = violations();

  it("has no arrow running up the pipeline, except the listed ones", () => {
    const unexpected = [...found].filter(([edge]) => !(edge in ALLOWED)).map(([edge, why]) => `${edge}: ${why}`);
    expect(unexpected).toEqual([]);
  });

  it("still needs every listed exception (fixed ones are removed from the list)", () => {
    expect(Object.keys(ALLOWED).filter((edge) => !found.has(edge))).toEqual([]);
  });

  it("sees the imports it checks (a broken scanner would find none)", () => {
    const edges = importEdges();
    expect(edges.length).toBeGreaterThan(200);
    expect(edges).toContainEqual({ from: "cli/main.ts", to: "cli/context.ts" });
    expect(unitOf("parse/markdown/keywords.ts")).toMatchObject({ unit: "parse/markdown" });
  });
});

/** Places that still compare language codes in code instead of reading a pack, with the reason. */
const LANGUAGE_CODE_ALLOWED: Record<string, string> = {
  // none left: how a language skips adjectives is the pack's `reading.stacksNouns`
};

describe("language codes", () => {
  const codes = LANGUAGES.join("|");
  const comparison = new RegExp(`[!=]==?\\s*"(?:${codes})"|"(?:${codes})"\\s*[!=]==?`);
  const list = new RegExp(`\\[\\s*"(?:${codes})"\\s*,\\s*"(?:${codes})"`);
  const offenders = files("src")
    .map((f) => relative("src", f))
    .filter((f) => !f.startsWith("i18n/"))
    .filter((f) => {
      const text = readFileSync(join("src", f), "utf8");
      return comparison.test(text) || list.test(text);
    });

  it("are compared or listed only in the language packs", () => {
    expect(offenders.filter((f) => !(f in LANGUAGE_CODE_ALLOWED))).toEqual([]);
  });

  it("still need every listed exception", () => {
    expect(Object.keys(LANGUAGE_CODE_ALLOWED).filter((f) => !offenders.includes(f))).toEqual([]);
  });
});
