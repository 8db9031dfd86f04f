import type { Report, ScoredArea } from "../model/report.js";

/**
 * The year before, beside this year: each area gets the counts the same area
 * had in `previous` (last year's report, scored the same way), and the report
 * its totals. An area is the same area when its title is (case, numbering
 * and punctuation aside), or when both years gave it the same written id
 * (`{#id}`, not a section number, which moves when areas are reordered).
 * An area new this year gets no comparison rather than a wrong one. Pure.
 */
export function compareYears(report: Report, previous: Report): Report {
  if (previous.year >= report.year) return report;
  const byTitle = new Map<string, ScoredArea>();
  const byId = new Map<string, ScoredArea>();
  for (const a of previous.areas) {
    const key = titleKey(a.title);
    if (key && !byTitle.has(key)) byTitle.set(key, a);
    if (isWrittenId(a.id) && !byId.has(a.id)) byId.set(a.id, a);
  }
  const used = new Set<ScoredArea>();
  const areas = report.areas.map((area) => {
    const candidates = [byTitle.get(titleKey(area.title)), isWrittenId(area.id) ? byId.get(area.id) : undefined];
    const match = candidates.find((c) => c !== undefined && !used.has(c));
    if (!match) return area;
    used.add(match);
    return { ...area, previous: { year: previous.year, totals: match.totals } };
  });
  return { ...report, areas, previous: { year: previous.year, totals: previous.totals } };
}

/** "2. Arbetsmiljö och hälsa!" and "arbetsmiljö  och hälsa" are one key. */
export function titleKey(title: string): string {
  return title
    .toLocaleLowerCase("sv")
    .replace(/^\s*(?:\d+[.)]?\s*)+/u, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** An id a person wrote (`medlemmar`, `omr-a`), not one the reader made from a section number ("3", "3-2"). */
function isWrittenId(id: string): boolean {
  return !/^[\d-]+$/.test(id);
}
