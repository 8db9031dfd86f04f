import type { SourceFile } from "../read/source-file.js";
import { parseMarkdownPlan, type ParseResult } from "./markdown/parse-markdown.js";

export type { ParseResult };

/** Any plan file → the model. The reader is chosen by content, not extension. */
export function parsePlan(source: SourceFile): ParseResult {
  return parseMarkdownPlan(source.text, source.path);
}
