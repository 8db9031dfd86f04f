import type { RootContent } from "mdast";
import { z } from "zod";
import { InputErrors } from "../../../errors.js";
import { Language } from "../../../model/plan.js";
import { schemaErrors } from "../../../yaml/schema-errors.js";
import { parseYamlValue } from "../../../yaml/yaml-value.js";

export const FrontMatter = z.strictObject({
  title: z.string().optional(),
  organisation: z.string().optional(),
  period: z
    .union([z.number().int(), z.string().regex(/^\s*\d{4}\s*([-–]\s*\d{4}\s*)?$/, "2024 or 2024-2025")])
    .optional(),
  language: Language.optional(),
  adopted: z.strictObject({ by: z.string().optional(), date: z.union([z.string(), z.date()]).optional() }).optional(),
});
export type FrontMatter = z.output<typeof FrontMatter>;

/**
 * Phase 1: the YAML front matter, if the document starts with one. Returns it
 * and the index of the first block after it. Throws InputErrors, positioned in
 * the Markdown file, when it does not match the schema.
 */
export function readFrontMatter(blocks: readonly RootContent[], file: string): { frontMatter: FrontMatter; next: number } {
  const node = blocks[0];
  if (node?.type !== "yaml") return { frontMatter: {}, next: 0 };
  const doc = parseYamlValue(node.value, file);
  const parsed = FrontMatter.safeParse(doc.value ?? {});
  if (!parsed.success) {
    const lineOffset = node.position!.start.line; // the "---" line
    throw new InputErrors(
      schemaErrors(parsed.error.issues, FrontMatter, {
        ...doc,
        locate: (p) => {
          const at = doc.locate(p);
          return { line: at.line + lineOffset, column: at.column };
        },
      }, file),
    );
  }
  return { frontMatter: parsed.data, next: 1 };
}
