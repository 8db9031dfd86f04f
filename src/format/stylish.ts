import type { ChalkInstance } from "chalk";
import { t } from "../i18n/t.js";
import type { Language } from "../model/plan.js";
import { countBySeverity, type FileResult } from "./lint-result.js";

/** Grouped by file: `line:col  level  message  rule-id`, then a summary line. */
export function formatStylish(results: FileResult[], lang: Language, c: ChalkInstance, showInfo = true): string {
  const out: string[] = [];
  const shown = showInfo ? results : results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity !== "info") }));
  for (const r of shown) {
    if (!r.messages.length) continue;
    out.push(c.underline(r.file));
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, t(lang, `lint.level.${m.severity}`), m.message, m.ruleId, m.severity] as const);
    const w0 = Math.max(...rows.map((x) => x[0].length));
    const w1 = Math.max(...rows.map((x) => x[1].length));
    const w2 = Math.max(...rows.map((x) => x[2].length));
    for (const [pos, level, message, rule, severity] of rows) {
      const colored = severity === "error" ? c.red(level.padEnd(w1)) : severity === "warning" ? c.yellow(level.padEnd(w1)) : c.blue(level.padEnd(w1));
      out.push(`  ${c.dim(pos.padEnd(w0))}  ${colored}  ${message.padEnd(w2)}  ${c.dim(rule)}`);
    }
    out.push("");
  }
  // the summary counts what is shown; hidden notes get a line of their own
  const n = countBySeverity(shown);
  const hidden = countBySeverity(results).infos - n.infos;
  const count = n.errors + n.warnings + n.infos;
  if (count) {
    const line = `✖ ${t(lang, n.infos || !hidden ? "lint.problems" : "lint.problemsNoNotes", { count, ...n })}`;
    out.push(n.errors ? c.red.bold(line) : n.warnings ? c.yellow.bold(line) : c.blue(line));
  }
  if (hidden) out.push(c.dim(t(lang, "lint.infoHidden", { infos: hidden })));
  return out.length ? out.join("\n") + "\n" : "";
}
