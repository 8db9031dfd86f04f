import type { Diagnostic } from "../model/diagnostic.js";
import type { Plan, SourceRef } from "../model/plan.js";
import type { SourceFile } from "../model/source-file.js";
import { looseToMarkdown } from "./loose/loose-to-markdown.js";
import { parseMarkdownPlan, type ParseResult } from "./markdown/parse-markdown.js";
import { parseYamlPlan } from "./yaml/parse-yaml-plan.js";

export type { ParseResult };

export type PlanFormat = "markdown" | "loose" | "yaml";

/**
 * YAML has top-level `title:` and `areas:` keys (outside any front matter);
 * Markdown has at least one ATX heading; anything else is text pasted from
 * Word or a PDF.
 */
export function detectFormat(text: string, path = ""): PlanFormat {
  const body = text.replace(/^---\n[\s\S]*?\n(---|\.\.\.)\s*\n/, "");
  if (/^areas\s*:/m.test(body) && /^title\s*:/m.test(body)) return "yaml";
  if (/^#{1,6}\s+\S/m.test(body)) return "markdown";
  if (/\.(ya?ml)$/i.test(path)) return "yaml";
  return "loose";
}

/** Rewrites every source line of a model read from converted text to the line in the original. */
function remapLines<T>(value: T, file: string, map: (line: number) => number): T {
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      if (o.file === file && typeof o.line === "number" && typeof o.column === "number") {
        (o as unknown as SourceRef).line = map(o.line as number);
        (o as unknown as SourceRef).column = 1;
        return;
      }
      for (const k of Object.keys(o)) visit(o[k]);
    }
  };
  visit(value);
  return value;
}

/** Any plan text → the model. The reader is chosen by content, not by extension. */
export function parsePlan(source: SourceFile): ParseResult & { format: PlanFormat; markdown?: string } {
  const format = source.format ?? detectFormat(source.text, source.path);
  if (format === "yaml") return { ...parseYamlPlan(source.text, source.path), format };
  if (format === "markdown") return { ...parseMarkdownPlan(source.text, source.path, { pastedBullets: true }), format, markdown: source.text };
  const loose = looseToMarkdown(source.text);
  const result = parseMarkdownPlan(loose.markdown, source.path);
  const map = (line: number) => loose.lineMap[line - 1] ?? line;
  const plan: Plan = remapLines(result.plan, source.path, map);
  const diagnostics: Diagnostic[] = remapLines(result.diagnostics, source.path, map);
  return { plan, diagnostics, format, markdown: loose.markdown };
}
