import { countedItems, isCountedGoal, type Report, type ReportLight, type ScoredActivity } from "../../model/report.js";
import type { Templates } from "../../model/templates.js";
import { Wording } from "../wording.js";

const MARK: Record<ReportLight, string> = {
  green: "🟢",
  yellow: "🟡",
  red: "🔴",
  "not-scored": "⚪",
  "not-reported": "❔",
};

const ORDER: ReportLight[] = ["green", "yellow", "red", "not-scored", "not-reported"];

/** Text from the plan, made safe to put in Markdown: no accidental emphasis, links or HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, "\\$1").replace(/^([#+-]|\d+[.)])(\s)/, "\\$1$2");
}

/**
 * Free text from the outcomes stays Markdown (a person may write *emphasis*
 * or a list) but not HTML: `<script>`, `<img onerror>` and autolinks are
 * escaped like plan text, and links to javascript:, vbscript: or data: lose
 * their target. Pure.
 */
export function safeMarkdown(text: string): string {
  return text
    .replace(/[<>]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "\\&")
    .replace(/(\]\(\s*)(?:javascript|vbscript|data|file):[^)\s]*/gi, "$1#")
    .replace(/^(\s*\[[^\]]*\]:\s*)(?:javascript|vbscript|data|file):\S*/gim, "$1#");
}

const BLOCK_LINE = /^\s*([-*+]|\d+[.)]|#{1,6}|>|\|)(\s|$)/;

/**
 * Free text a person wrote in the outcomes, kept as the Markdown they wrote
 * (bold, lists, links) inside its list item: indented under the item, with a
 * hard line break where they broke a line inside a paragraph.
 */
function continuation(raw: string): string {
  const lines = safeMarkdown(raw).replace(/\s+$/, "").split("\n").map((l) => l.trimEnd());
  while (lines.length && !lines[0]!.trim()) lines.shift();
  return lines
    .map((l, i) => {
      if (!l.trim()) return "";
      const next = lines[i + 1];
      const soft = next === undefined || !next.trim() || BLOCK_LINE.test(next) || BLOCK_LINE.test(l);
      return `  ${l}${soft ? "" : "  "}`;
    })
    .join("\n");
}

/** A comment after a label: inline when it is one paragraph, as its own blocks when it has lists or paragraphs. */
function labelled(label: string, text: string): string {
  const t = safeMarkdown(text).trim();
  if (!/\n\s*\n/.test(t) && !t.split("\n").some((l) => BLOCK_LINE.test(l))) return `**${label}:** ${t}`;
  return `**${label}:**\n\n${t}`;
}

/**
 * The scored report as CommonMark + GFM. Deterministic: the same report
 * gives the same bytes. Pure.
 */
export function renderMarkdown(report: Report, templates: Templates): string {
  const w = new Wording(templates, report.language);
  const out: string[] = [];
  const para = (s: string) => out.push(s, "");

  // 1. Title
  para(`# ${w.text("title", { year: report.year })}`);
  if (report.plan.organisation) para(`**${escapeMarkdown(report.plan.organisation)}**`);
  const adopted = report.plan.adopted;
  const adoptedText = adopted
    ? [adopted.by ? w.text("adoptedBy", { by: adopted.by }) : "", adopted.date ? w.text("adoptedOn", { date: w.date(adopted.date) }) : ""]
        .filter(Boolean)
        .join(" ")
    : "";
  const planName = escapeMarkdown(w.planName(report.plan.title));
  para(
    `${w.text("period", { period: String(report.year) })} · ` +
      (adoptedText ? w.text("basedOnAdopted", { plan: planName, adopted: adoptedText }) : w.text("basedOn", { plan: planName })),
  );

  // The plan's own introduction, as the plan wrote it
  for (const section of report.intro) {
    para(`## ${escapeMarkdown(section.title.replace(/\*\*/g, ""))}`);
    para(section.markdown);
  }

  // 2. Summary and indicators
  if (report.summary) {
    para(`## ${w.text("summaryHeading")}`);
    para(safeMarkdown(report.summary));
  }
  para(`## ${w.text("indicatorsHeading")}`);
  para(w.text("legendIntro"));
  for (const l of ["green", "yellow", "red"] as const) out.push(`- ${MARK[l]} ${w.light(l)}`);
  out.push("");
  para(w.text("thresholds", { green: w.percent(report.thresholds.green), yellow: w.percent(report.thresholds.yellow) }));
  const header = [
    w.text("tableArea"),
    `${MARK.green} ${w.text("tableGreen")}`,
    `${MARK.yellow} ${w.text("tableYellow")}`,
    `${MARK.red} ${w.text("tableRed")}`,
    w.text("tableNotScored"),
    w.text("tableNotReported"),
    w.text("tableShareGreen"),
    ...(report.previous ? [`${report.previous.year} → ${report.year}`] : []),
  ];
  out.push(`| ${header.join(" | ")} |`);
  out.push(`| --- | ${header.slice(1).map(() => "---:").join(" | ")} |`);
  // the change column: the share of green the year before and now ("–" for an area new this year)
  const change = (before: Report["totals"] | undefined, c: Report["totals"]) => (report.previous ? ` ${before ? w.change(before, c) : "–"} |` : "");
  const row = (name: string, c: Report["totals"], before?: Report["totals"]) =>
    `| ${name} | ${c.green} | ${c.yellow} | ${c.red} | ${c.notScored} | ${c.notReported} | ${w.shareGreen(c)} |${change(before, c)}`;
  for (const a of report.areas) out.push(row(escapeMarkdown(a.title), a.totals, a.previous?.totals));
  out.push(row(`**${w.text("tableTotal")}**`, report.totals, report.previous?.totals));
  out.push("");
  para(w.text("shareRule"));

  // 3. Areas
  for (const area of report.areas) {
    para(`## ${escapeMarkdown(area.title)}`);
    if (area.description) for (const p of area.description.split(/\n{2,}/)) para(escapeMarkdown(p));
    if (area.goals.length) {
      para(`**${w.text("goalsHeading")}**`);
      // a goal with a target is an item of its own, with its light (mark and word), at the goals' own level
      for (const g of area.goals) out.push(isCountedGoal(g) ? activityLine(g, w, `${MARK[g.light]} `, true) : `- ${escapeMarkdown(g.title)}`);
      out.push("");
    }
    if (area.activities.length) para(`**${w.text("plannedActivities")}**`);
    else para(`_${w.text("noActivities")}_`);
    for (const light of ORDER) {
      const acts = area.activities.filter((a) => a.light === light);
      if (!acts.length) continue;
      para(`${MARK[light]} **${w.light(light)}**`);
      for (const a of acts) out.push(activityLine(a, w));
      out.push("");
    }
    if (area.comment) para(labelled(w.text("comment"), area.comment));
  }

  // 4. Not reported / not scored
  const all = report.areas.flatMap((area) => countedItems(area).map((a) => ({ a, area: area.title })));
  const notScored = all.filter((x) => x.a.light === "not-scored");
  const notReported = all.filter((x) => x.a.light === "not-reported");
  if (notScored.length) {
    para(`## ${w.text("notScoredHeading")}`);
    para(w.text("notScoredIntro"));
    for (const { a, area } of notScored) {
      const status = w.status(a.status);
      out.push(`- ${escapeMarkdown(w.activityTitle(a))} (${escapeMarkdown(area)})${status ? ` — ${status}` : ""}${a.comment ? `  \n${continuation(a.comment)}` : ""}`);
    }
    out.push("");
  }
  if (notReported.length) {
    para(`## ${w.text("notReportedHeading")}`);
    para(w.text("notReportedIntro"));
    for (const { a, area } of notReported) out.push(`- ${escapeMarkdown(w.activityTitle(a))} (${escapeMarkdown(area)})`);
    out.push("");
  }

  // 5. Unplanned work
  if (report.unplanned.length) {
    para(`## ${w.text("unplannedHeading")}`);
    for (const u of report.unplanned) {
      para(`### ${escapeMarkdown(u.title)}`);
      if (u.description) para(safeMarkdown(u.description));
    }
  }

  // 6. Appendices and signatures
  for (const a of report.appendices) {
    para(`## ${escapeMarkdown(a.title)}`);
    para(safeMarkdown(a.markdown));
  }
  // the board as a section of its own when there is more to say than the signatures: staff, deputies, the members' unions
  if (report.staff.length || report.board.some((m) => m.deputy || m.organisation)) {
    para(`## ${w.text("boardHeading")}`);
    for (const m of report.board) out.push(`- ${escapeMarkdown(w.person(m))}`);
    out.push("");
    if (report.staff.length) {
      para(`**${w.text("staffHeading")}**`);
      for (const m of report.staff) out.push(`- ${escapeMarkdown(w.person(m))}`);
      out.push("");
    }
  }
  const signing = report.board.filter((m) => !m.deputy);
  if (signing.length) {
    para(`## ${w.text("signatureHeading")}`);
    para(w.text("signaturePlace"));
    // an escaped underscore: a line of underscores alone would be a horizontal rule
    for (const m of signing) para(`\\______________________  \n${escapeMarkdown(w.person({ name: m.name, ...(m.role ? { role: m.role } : {}) }))}`);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

/** One item; `labelled` items sit outside the light groups (scored goals), so they say their light in words too. */
function activityLine(a: ScoredActivity, w: Wording, mark = "", labelled = false): string {
  const result = [labelled ? w.light(a.light) : "", w.activityResult(a)].filter(Boolean).join(" · ");
  let line = `- ${mark}${escapeMarkdown(w.activityTitle(a))}${result ? ` — ${result}` : ""}`;
  const who = [a.owner ? `${w.text("owner")}: ${a.owner}` : "", a.when ? `${w.text("when")}: ${a.when}` : ""].filter(Boolean);
  if (who.length) line += `  \n  _${escapeMarkdown(who.join(" · "))}_`;
  if (a.comment) line += `  \n${continuation(a.comment)}`;
  return line;
}
