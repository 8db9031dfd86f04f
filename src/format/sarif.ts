import type { FileResult } from "./lint-result.js";

/** SARIF 2.1.0, for GitHub code scanning. */
export function formatSarif(results: FileResult[], rules: Array<{ id: string; description: string; level: string }>, version: string): string {
  const level = (s: string) => (s === "error" ? "error" : s === "warning" ? "warning" : "note");
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "plan",
            version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: r.level === "off" ? "none" : level(r.level) },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ruleIndex: Math.max(0, rules.findIndex((x) => x.id === m.ruleId)),
            level: level(m.severity),
            message: { text: m.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: r.file.split("\\").join("/") }, region: { startLine: m.line, startColumn: m.column } } }],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}
