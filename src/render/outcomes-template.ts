import { PACKS } from "../i18n/lang/index.js";
import { t } from "../i18n/t.js";
import type { Activity, Language, Plan, Target } from "../model/plan.js";
import { headersFor } from "../outcomes/csv-columns.js";
import { STATUS_WORDS } from "../model/status-words.js";

/** The first word of each status in `lang`, as the secretary may write them: "genomförd, delvis, …". */
const statusWordsFor = (lang: Language) => Object.values(STATUS_WORDS[lang]).map((w) => w[0]!).join(", ");
import { targetWords as spokenTarget } from "./target-words.js";

const key = (id: string) => (/^[\p{L}_][\p{L}\p{N}_-]*$/u.test(id) ? id : JSON.stringify(id));
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** In a file a person edits, numbers are written with plain spaces. */
const targetWords = (target: Target, lang: Language) => spokenTarget(target, lang).replace(/\u00a0/g, " ");

/** A unit key for a target in the template: its unit, a share's count unit, or "procent" for percentages. */
function unitKey(target: Target): string {
  if (target.count?.unit) return target.count.unit;
  return target.percent ? "procent" : (target.unit ?? "");
}

/** What the comment after a target says: the target, and for a share with a count which forms are read. */
function expects(target: Target, lang: Language): string {
  const words = `${t(lang, "outcomes.target")}: ${targetWords(target, lang)}`;
  return target.count?.unit ? `${words} — ${t(lang, "outcomes.shareForm", { unit: target.count.unit })}` : words;
}

/**
 * outcomes/<year>.yaml pre-filled with every activity id, its title and its
 * targets as comments, so the secretary only fills in numbers and words. Pure.
 */
export function outcomesYamlTemplate(plan: Plan, year: number, lang: Language): string {
  const out: string[] = [];
  out.push(`# ${t(lang, "outcomes.header", { year, organisation: plan.organisation ?? plan.title })}`);
  out.push(`# ${t(lang, "outcomes.howto")}`);
  const keys = "done | partial | not-done | cancelled | postponed";
  const words = statusWordsFor(lang);
  out.push(`# status: ${keys}${words.replace(/, /g, " | ") === keys ? "" : ` (${words})`}`);
  out.push(`year: ${year}`, "summary: |", "", "activities:");
  const goal = t(lang, "outcomes.target");
  for (const area of plan.areas) {
    out.push(`  # ${oneLine(area.title)}`);
    // goals with a target can be reported on like activities
    const goals = area.goals.filter((g) => g.targets.length).map((g): Activity => ({ id: g.id, title: g.text, targets: g.targets, tags: [], source: g.source }));
    for (const a of [...goals, ...area.activities]) {
      out.push(`  ${key(a.id)}:   # ${oneLine(a.number ? `${a.number} ${a.title}` : a.title)}`);
      const who = [a.owner ? `${t(lang, "show.owner")}: ${oneLine(a.owner)}` : "", a.when ? `${t(lang, "show.when")}: ${oneLine(a.when)}` : ""].filter(Boolean);
      if (who.length) out.push(`    # ${who.join(" · ")}`);
      const units = a.targets.map(unitKey);
      const distinct = units.every((u, i) => u && units.indexOf(u) === i);
      if (a.targets.length === 1) {
        out.push(`    actual:          # ${expects(a.targets[0]!, lang)}`);
      } else if (a.targets.length > 1 && distinct) {
        out.push("    actual:");
        a.targets.forEach((tg, i) => out.push(`      ${key(units[i]!)}:   # ${expects(tg, lang)}`));
      } else if (a.targets.length > 1) {
        out.push(`    actual: []       # ${goal}: ${a.targets.map((tg) => targetWords(tg, lang)).join(", ")}`);
      } else {
        out.push("    status:");
      }
      out.push("    comment:");
    }
  }
  out.push("areas:");
  for (const area of plan.areas) out.push(`  ${key(area.id)}: {comment: }`);
  out.push("unplanned: []", "");
  return out.join("\n");
}


/**
 * A cell Excel will not run: one that begins with = + - @ (or a tab or CR)
 * gets a leading ' as OWASP recommends against CSV formula injection; the
 * CSV reader takes the ' off again.
 */
export function csvCell(value: string, sep: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\n\r]/.test(safe) || safe.includes(sep) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The same as CSV, the way Excel opens it: UTF-8 with BOM; in Swedish and
 * Norwegian semicolon-separated (the decimal comma is theirs), comma in English.
 */
export function outcomesCsvTemplate(plan: Plan, lang: Language): string {
  const sep = PACKS[lang].csvSeparator;
  const rows = [headersFor(lang)];
  for (const a of plan.areas.flatMap((x) => x.activities) as Activity[]) {
    rows.push([a.id, oneLine(a.title), a.targets.map((tg) => targetWords(tg, lang)).join(" | "), "", "", "", "", ""]);
  }
  return "\uFEFF" + rows.map((r) => r.map((c) => csvCell(c, sep)).join(sep)).join("\r\n") + "\r\n";
}
