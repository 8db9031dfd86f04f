import type { Finding, Rule } from "../types.js";

/** Areas written at different heading levels (seed 000 has one ### among ##). */
export const headingInconsistentLevel: Rule = {
  id: "heading/inconsistent-level",
  defaultLevel: "warning",
  formats: ["markdown"],
  check: ({ plan, lines }) => {
    const levels = plan.areas.map((a) => /^(#{1,6})\s/.exec(lines[a.source.line - 1] ?? "")?.[1]?.length);
    const counts = new Map<number, number>();
    for (const l of levels) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
    if (counts.size < 2) return [];
    const usual = [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0];
    const out: Finding[] = [];
    plan.areas.forEach((a, k) => {
      const l = levels[k];
      if (l && l !== usual) {
        out.push({ ruleId: "heading/inconsistent-level", messageId: "heading/inconsistent-level", data: { area: a.title, level: "#".repeat(l), usual: "#".repeat(usual) }, source: a.source });
      }
    });
    return out;
  },
};
