import type { Severity } from "../model/diagnostic.js";
import { RULES } from "./rules/index.js";
import type { LintContext, LintMessage, Rule } from "./types.js";
import { compareText } from "../util/compare.js";

export type RuleLevels = Record<string, Severity | "off">;

/** `<!-- plan-lint-disable rule-id other-rule -->` silences those rules on the next item. */
function disabledLines(lines: string[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  lines.forEach((l, i) => {
    const m = /<!--\s*plan-lint-disable\s+([^>]*?)\s*-->/.exec(l);
    if (!m) return;
    let next = i + 1;
    while (next < lines.length && (!lines[next]!.trim() || /^\s*<!--.*-->\s*$/.test(lines[next]!))) next++;
    const set = out.get(next + 1) ?? new Set<string>();
    for (const id of m[1]!.split(/[\s,]+/).filter(Boolean)) set.add(id);
    out.set(next + 1, set);
  });
  return out;
}

export function levelOf(rule: Rule, levels: RuleLevels): Severity | "off" {
  return levels[rule.id] ?? rule.defaultLevel;
}

/** Runs every rule that applies, at its configured level; sorted, de-duplicated, disable comments honoured. Pure. */
export function lint(ctx: LintContext, levels: RuleLevels = {}, rules: Rule[] = RULES): LintMessage[] {
  const disabled = disabledLines(ctx.lines);
  const out: LintMessage[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    const level = levelOf(rule, levels);
    if (level === "off") continue;
    if (rule.formats && !rule.formats.includes(ctx.format)) continue;
    for (const f of rule.check(ctx)) {
      if (f.source.file === ctx.file && disabled.get(f.source.line)?.has(rule.id)) continue;
      const key = `${f.source.file}:${f.source.line}:${f.source.column}:${f.ruleId}:${f.messageId}:${JSON.stringify(f.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...f, severity: level });
    }
  }
  return out.sort(
    (a, b) =>
      compareText(a.source.file, b.source.file) || a.source.line - b.source.line || a.source.column - b.source.column || compareText(a.ruleId, b.ruleId),
  );
}
