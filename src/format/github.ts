import type { FileResult } from "./lint-result.js";

const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions workflow commands: each finding becomes an annotation on the changed file. */
export function formatGithub(results: FileResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    for (const m of r.messages) {
      const kind = m.severity === "error" ? "error" : m.severity === "warning" ? "warning" : "notice";
      out.push(`::${kind} file=${escapeProperty(r.file)},line=${m.line},col=${m.column},title=${escapeProperty(m.ruleId)}::${escapeData(m.message)}`);
    }
  }
  return out.length ? out.join("\n") + "\n" : "";
}
