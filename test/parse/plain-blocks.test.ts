import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { micromarkBlocks, splitSections } from "../../src/parse/markdown/mdast.js";
import { plainBlocks } from "../../src/parse/markdown/plain-blocks.js";

const root = join(import.meta.dirname, "..", "..");

describe("sections in the plainest Markdown, read line by line", () => {
  it("builds micromark's tree for headings, paragraphs and tight lists", () => {
    const text = [
      "## 2. Utbildning",
      "",
      "Distriktet samordnar kurserna: 12 tillfällen!",
      "  Med uppföljning i oktober.",
      "- 2.1 Genomföra minst 40 träffar (med ABF)",
      "  i alla kommuner, #2 i ordningen",
      "- 2.2 Ta fram en plan för 2025.",
      "",
      "1. Första",
      "2. Andra",
      "",
      "Sista stycket.",
      "",
      "7) Sjunde",
      "8) Åttonde",
      "",
    ].join("\n");
    const plain = plainBlocks(text);
    expect(plain).toBeDefined();
    expect(plain).toStrictEqual(micromarkBlocks(text));
    expect(plain!.map((n) => n.type)).toEqual(["heading", "paragraph", "list", "list", "paragraph", "list"]);
  });

  it("leaves everything else to micromark", () => {
    for (const text of [
      "Med **fetstil**.",
      "- a\n\n- b", // loose
      "- a\n  - b", // nested
      "    kod",
      "> citat",
      "Rubrik\n===",
      "Text\n---",
      "| a | b |\n| - | - |",
      "- [ ] uppgift",
      "a  \nb", // hard break
      "Text\n2. inte en lista",
      "- a\n1. b",
      "&amp;",
      "<b>html</b>",
      "tab\there",
      "crlf\r\n",
      "## Rubrik ##",
      "a\n01. b", // "01." does not break into a paragraph
      "Namn\n:--\nKalle", // a GFM table without pipes
      "- a\n  :-",
    ]) {
      expect(plainBlocks(text), text).toBeUndefined();
    }
  });

  it("reads the sections of the examples and the fixtures as micromark does, whichever reads them", () => {
    const files = ["examples", "test/fixtures"]
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: "utf8" }).map((f) => join(root, dir, f)))
      .filter((f) => /\.(md|txt)$/.test(f) && !/[\\/]reports[\\/]/.test(f));
    expect(files.length).toBeGreaterThan(20);
    let plain = 0;
    for (const file of files) {
      for (const chunk of splitSections(readFileSync(file, "utf8"))) {
        const fast = plainBlocks(chunk.text);
        if (!fast) continue;
        plain++;
        expect(fast, `${file}:${chunk.line}`).toStrictEqual(micromarkBlocks(chunk.text));
      }
    }
    expect(plain).toBeGreaterThan(5);
  });

  it("builds what micromark builds on generated sections, whenever it builds one", () => {
    const plainWords = ["Genomföra", "minst", "40", "träffar", "1.1", "2024.", "kl. 10:00", "#2", "(ABF)", "!", "=", "-", "+", ">", "é", "–", "\"citat\"", "http://x.se", "a@b.se", "."];
    const oddWords = ["\u00a0", "*", "_", "[x]", "a~b", "&", "<", "\\", "`kod`", "  ", "1. ", "# "];
    const word = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...plainWords) }, { weight: 1, arbitrary: fc.constantFrom(...oddWords) });
    const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((ws) => ws.join(" "));
    const line = fc.oneof(
      { weight: 4, arbitrary: text },
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom("- ", "-  ", "1. ", "2. ", "1) ", "10. ", "* ", "+ "), text).map(([m, t]) => m + t) },
      { weight: 2, arbitrary: fc.tuple(fc.constantFrom("  ", " ", "   ", "    ", "      "), text).map(([i, t]) => i + t) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom("# ", "## ", "### ", "#", "####### "), text).map(([h, t]) => h + t) },
      { weight: 2, arbitrary: fc.constant("") },
      { weight: 1, arbitrary: fc.constantFrom("---", "===", "- ", "1.", " ", "***", "- - -", ":-", ":--:", "   :-", "01. x", "001) x", "1) x") },
    );
    const section = fc.array(line, { minLength: 1, maxLength: 10 }).map((ls) => ls.join("\n") + "\n");
    let built = 0;
    fc.assert(
      fc.property(section, (s) => {
        const fast = plainBlocks(s);
        if (!fast) return;
        built++;
        expect(fast, JSON.stringify(s)).toStrictEqual(micromarkBlocks(s));
      }),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 3000) },
    );
    expect(built).toBeGreaterThan(150);
  });
});
