import { InputError } from "../errors.js";
import { Report, REPORT_VERSION } from "../model/report.js";

/**
 * One branch's JSON report, as text → the report, or why it cannot be used.
 * A newer version is refused before the schema, so its new fields are not
 * mistaken for damage. Pure.
 */
export function checkReport(text: string, file: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new InputError("rollup.notJson", { detail: (e as Error).message }, { file });
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version === "number" && version > REPORT_VERSION) {
    throw new InputError("rollup.newerVersion", { version, known: REPORT_VERSION }, { file }, { messageId: "hint.updatePlan" });
  }
  const parsed = Report.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
    throw new InputError("rollup.notReport", { detail: `${where}${issue.message}` }, { file }, { messageId: "hint.remakeReport" });
  }
  return parsed.data;
}
