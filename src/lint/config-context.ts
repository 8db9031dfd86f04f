import type { LintContext } from "./types.js";
import { parseYamlValue } from "../yaml/yaml-value.js";

/** The workspace config as lint sees it: the organisation's name and where it is written. Pure. */
export function configContext(text: string, file: string): NonNullable<LintContext["config"]> {
  const doc = parseYamlValue(text, file);
  const value = doc.value as { organisation?: unknown } | null | undefined;
  const organisation = typeof value?.organisation === "string" ? value.organisation : undefined;
  const at = doc.locate(["organisation"]);
  return { file, ...(organisation !== undefined ? { organisation } : {}), source: { file, line: at.line, column: at.column } };
}
