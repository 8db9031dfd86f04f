import type { RootContent } from "mdast";
import { InputError } from "../../errors.js";
import { detectLanguage } from "../../extract/language.js";
import type { Diagnostic } from "../../model/diagnostic.js";
import type { Plan } from "../../model/plan.js";
import { parseMarkdownBlocks } from "./mdast.js";
import { sourceOf } from "./nodes.js";
import { assemble } from "./phases/assemble.js";
import type { ReadContext } from "./phases/context.js";
import { readFrontMatter } from "./phases/front-matter.js";
import { readSections } from "./phases/read-sections.js";
import { splitIntoSections } from "./phases/sections.js";
import { readTitleBlock } from "./phases/title-block.js";

export interface ParseResult {
  plan: Plan;
  diagnostics: Diagnostic[];
}

/**
 * Reads a Markdown plan into the model, in named phases: front matter →
 * title block → sections → classify and read (areas, prose, goals, dates,
 * priorities, activities) → assemble. Pure: text in, model and diagnostics
 * out. Throws InputErrors only for invalid front matter.
 */
export function parseMarkdownPlan(text: string, file: string, opts: { pastedBullets?: boolean } = {}): ParseResult {
  refuseDeepNesting(text, file);
  // HTML comments are invisible to the reader: no title, year, area or count comes from them
  const blocks = parseMarkdownBlocks(text, opts).filter((b) => !isComment(b));
  const { frontMatter, next } = readFrontMatter(blocks, file);
  const title = readTitleBlock(blocks, next, frontMatter, file);
  const ctx: ReadContext = {
    file,
    text,
    language: frontMatter.language ?? detectLanguage(withoutComments(text)),
    year: title.yearForDates,
    src: (node) => sourceOf(file, node),
    diagnostics: [],
  };
  const sections = splitIntoSections(blocks, title.next);
  const read = readSections(sections, ctx);
  const plan = assemble(title, read, blocks, ctx);
  return { plan, diagnostics: ctx.diagnostics };
}

function isComment(b: RootContent): boolean {
  return b.type === "html" && /^<!--[\s\S]*-->$/.test(b.value.trim());
}

function withoutComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, " ");
}

/** No plan nests lists or quotes this deep; the Markdown parser would take minutes on it. */
const MAX_DEPTH = 40;

function refuseDeepNesting(text: string, file: string): void {
  let line = 1;
  for (const l of text.split("\n")) {
    const indent = /^[ \t]*/.exec(l)![0].replace(/\t/g, "    ").length;
    const quotes = /^(\s*>)+/.exec(l)?.[0].replace(/\s/g, "").length ?? 0;
    if (indent / 2 > MAX_DEPTH || quotes > MAX_DEPTH) {
      throw new InputError("parse.tooDeep", { max: MAX_DEPTH }, { file, line, column: 1 }, { messageId: "hint.tooDeep" });
    }
    line++;
  }
}
