import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFlatYaml } from "../../src/yaml/flat-yaml.js";
import { parseYamlValue, parseYamlValueWithLibrary, type Path, type YamlValue } from "../../src/yaml/yaml-value.js";

/** every path in a value: maps' keys and lists' indexes, the root first */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/** the plain-shape reader read it, and the library reads the same: value, positions, numbers as written */
function expectSameAsLibrary(text: string): void {
  const flat = parseYamlValue(text, "o.yaml");
  const lib = parseYamlValueWithLibrary(text, "o.yaml");
  expect(flat.value).toStrictEqual(lib.value);
  for (const p of paths(lib.value)) {
    expect([p, flat.locate(p)]).toStrictEqual([p, lib.locate(p)]);
    expect([p, flat.sourceText?.(p)]).toStrictEqual([p, lib.sourceText?.(p)]);
  }
}

/** what the library makes of it, or its error's message id and line */
function libraryOutcome(text: string): { ok: YamlValue } | { error: unknown } {
  try {
    return { ok: parseYamlValueWithLibrary(text, "o.yaml") };
  } catch (e) {
    return { error: e };
  }
}

const root = join(import.meta.dirname, "..", "..");
/** the YAML files plan reads that are committed here: templates, examples, fixtures */
function yamlFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(root, dir, f));
}
const committed = ["templates", "examples", "test/fixtures"].flatMap(yamlFiles);

describe("the plain-shape YAML reader (outcomes)", () => {
  it("reads the committed outcomes files and templates itself, and every committed YAML file as the library does", () => {
    const outcomes = committed.filter((f) => /[\\/]outcomes[\\/]/.test(f) && f.includes(`${join(root, "examples")}`) && !f.includes("federation"));
    const templates = committed.filter((f) => f.startsWith(join(root, "templates")) && !f.includes("init"));
    expect(outcomes.length).toBeGreaterThanOrEqual(5);
    expect(templates.length).toBeGreaterThanOrEqual(4);
    for (const file of [...outcomes, ...templates]) expect(readFlatYaml(readFileSync(file, "utf8")), file).toBeDefined();
    let flat = 0;
    for (const file of committed) {
      const text = readFileSync(file, "utf8");
      if (!readFlatYaml(text)) continue;
      flat++;
      expect("ok" in libraryOutcome(text), file).toBe(true);
      expectSameAsLibrary(text);
    }
    expect(flat).toBeGreaterThan(20);
  });

  it("reads the shapes outcomes are written in", () => {
    const text = [
      "# Utfall 2025",
      "year: 2025",
      "summary: |",
      "  Ett år av förberedelser.",
      "",
      "  Styrelsen har haft elva möten.",
      "",
      "activities:",
      '  "1.1": {actual: 12, comment: "Genomfört"}',
      "  1.10:",
      "    actual: 1.000 # a thousand, or one?",
      "    planned: [3, 4.5]",
      "    comment: Klockan 10:00 i Folkets hus, med ABF #2",
      "  lokal-verksamhet:",
      "    status: done",
      "    comment:",
      "areas:",
      "  'ung': {comment: 'Bra år'}",
    ].join("\n");
    const read = readFlatYaml(text);
    expect(read).toBeDefined();
    expect(read!.value).toStrictEqual({
      year: 2025,
      summary: "Ett år av förberedelser.\n\nStyrelsen har haft elva möten.\n",
      activities: {
        "1.1": { actual: 12, comment: "Genomfört" },
        // " #" begins a comment, in YAML as in the library
        "1.10": { actual: 1, planned: [3, 4.5], comment: "Klockan 10:00 i Folkets hus, med ABF" },
        "lokal-verksamhet": { status: "done", comment: null },
      },
      areas: { ung: { comment: "Bra år" } },
    });
    expectSameAsLibrary(text);
    const doc = parseYamlValue(text, "o.yaml");
    expect(doc.sourceText?.(["activities", "1.10", "actual"])).toBe("1.000");
    expect(doc.locate(["activities", "1.10", "planned", 1])).toEqual({ line: 12, column: 18 });
  });

  it("reads the template plan outcomes writes, empty fields and all", () => {
    const text = "# Utfall 2026\nyear: 2026\nsummary: |\n\nactivities:\n  # Organisering\n  org-1:   # Värva 40 nya medlemmar\n    actual:          # mål: 40 medlemmar\n    comment:\n";
    expect(readFlatYaml(text)?.value).toStrictEqual({ year: 2026, summary: "", activities: { "org-1": { actual: null, comment: null } } });
    expectSameAsLibrary(text);
  });

  it("leaves to the library what it does not read itself, so its messages stay", () => {
    for (const text of [
      "year: 2025\nactivities:\n  a: {actual: 1}\n  a: {actual: 2}\n", // a key twice
      "year: 2025\nactivities:\n  a:\n    - - 1\n    -\n      - 2\n", // sequences in sequences
      "year: 2025\nx: &a 1\ny: *a\n", // an alias
      "year: 2025\nsummary: >\n  folded\n", // folded
      "year: 2025\nc: yes\nd: null\ne: 0x1F\nf: 007\n", // words and numbers YAML reads its own way
      "year: 2025\nc: a: b\n", // not YAML
      "year: 2025\r\nactivities: {}\r\n", // CR
      "year: 2025\nc: \"tab\\tescape\"\n",
      "year: 2025\nc: plain\n  over two lines\n",
      // spaces JavaScript trims and YAML keeps: "12\u00a0" is text to YAML, not the number 12
      "actual: 12\u00a0\n",
      "a:\n\u00a0\u00a0b: 1\n",
      "a: 1\n\u3000\nb: 2\n",
      "a: |\n  x\n\u00a0\n  y\n",
      // a quoted key the library does not take
      `"${"k".repeat(1030)}": 1\n`,
    ]) {
      expect(readFlatYaml(text), text).toBeUndefined();
    }
    // and the outcome is the library's, error and all
    expect(() => parseYamlValue("year: 2025\nactivities:\n  a: {actual: 1}\n  a: {actual: 2}\n", "o.yaml")).toThrow(/a/);
  });

  it("gives what the library gives on generated documents, whenever it reads one", () => {
    const keys = ["year", "activities", "1.1", "1.10", "a-b", "område", "true", "null", "1e3", "__proto__", "x y", '"q"', "'s'", '"1.2"', "-a", "k#", "é_1", "title", "comment", "\u00a0a", `"${"k".repeat(1030)}"`];
    const scalars = [
      "12", "0", "-3", "+3", "-0", "007", "1.000", "1.5", "-0.0", ".5", "1e3", "1.", "0x1F", "0o7", ".inf", ".nan", "1_000",
      "123456789012345678", "true", "False", "null", "~", "yes", "done", "140 deltog i Älvstad.", "kl. 10:00", "a: b", "a #b", "a#b",
      "ends:", '"quoted"', '"with #hash"', "'single'", "'it''s'", '"esc\\n"', "x [y]", "[1, 2]", "[1, a, 'b']", "[]", "{}",
      "{actual: 12}", '{actual: 1.000, comment: "ok"}', "{a: {b: 1}}", "{a:1}", "{a: 1, a: 2}", "{ a: 1 , b: x }", "|-", ">",
      "&a 1", "*a", "!tag 1", "@x", "`x`", "%x", "? x", "# only a comment", "x # comment", '"a, b"', '{c: "a, b"}', "Möte #2", "emoji 🎉", "12\u00a0", "\u00a012", "\u00a0", "x\u2003", "\u00a0|", "-5", "-0.5",
    ];
    // a random document of the shapes outcomes have, printed with random indentation, comments and odd values
    const printDoc = (r: () => number) => {
      const pick = <T,>(xs: readonly T[]) => xs[r() % xs.length]!;
      const out: string[] = [];
      const noise = () => {
        const n = r() % 10;
        if (n === 0) out.push("");
        else if (n === 1) out.push(`${" ".repeat(r() % 6)}# comment`);
        else if (n === 2) out.push(pick(["---", "- stray", "    ", "\tx: 1", "x:  1  "]));
      };
      const block = (indent: number, depth: number): void => {
        const step = 1 + (r() % 4);
        const own = r() % 7 === 0 ? indent + step + (r() % 2) : indent + step; // sometimes a line out of step
        const lines = 1 + (r() % 3);
        for (let n = 0; n < lines; n++) out.push(r() % 5 === 0 ? "" : `${" ".repeat(r() % 9 === 0 ? own + 2 : own)}${pick(["text in a block", "# not a comment here", "kl. 10:00"])}`);
        void depth;
      };
      const value = (key: string, indent: number, depth: number, lead: string): void => {
        const kind = depth > 3 ? r() % 3 : r() % 7;
        if (kind <= 2) out.push(`${lead}${key}: ${pick(scalars)}`);
        else if (kind === 3) {
          out.push(`${lead}${key}:${pick(["", " |", " | # c", " # c"])}`);
          if (out[out.length - 1]!.includes("|")) block(indent, depth);
          else map(indent + 1 + (r() % 4), depth + 1);
        } else if (kind === 4) {
          out.push(`${lead}${key}:`);
          seq(r() % 2 ? indent : indent + 2, depth + 1);
        } else if (kind === 5) out.push(`${lead}${key}:`);
        else {
          out.push(`${lead}${key}:`);
          map(indent + 2, depth + 1);
        }
      };
      const map = (indent: number, depth: number, first?: string): void => {
        const n = 1 + (r() % 4);
        for (let k = 0; k < n; k++) {
          noise();
          const lead = k === 0 && first !== undefined ? first : " ".repeat(indent + (r() % 12 === 0 ? 1 : 0));
          value(pick(keys), indent, depth, lead);
        }
      };
      const seq = (indent: number, depth: number): void => {
        const n = 1 + (r() % 3);
        for (let k = 0; k < n; k++) {
          noise();
          const dash = `${" ".repeat(indent)}-${pick([" ", " ", "  "])}`;
          if (r() % 2) out.push(`${dash}${pick(scalars)}`);
          else map(dash.length, depth + 1, dash);
        }
      };
      map(0, 0);
      return out.join("\n") + (r() % 3 ? "\n" : "");
    };
    const doc = fc.array(fc.nat(), { minLength: 400, maxLength: 400 }).map((ns) => {
      let i = 0;
      return printDoc(() => ns[i++ % ns.length]!);
    });
    let read = 0;
    fc.assert(
      fc.property(doc, (text) => {
        const flat = readFlatYaml(text);
        if (!flat) return;
        read++;
        const lib = libraryOutcome(text);
        expect("ok" in lib ? "read" : String((lib as { error: unknown }).error), text).toBe("read");
        expectSameAsLibrary(text);
      }),
      { numRuns: Number(process.env.FLAT_RUNS ?? 3000) },
    );
    // the generator reaches documents the reader reads, not only ones it leaves
    expect(read).toBeGreaterThan(150);
  });
});
