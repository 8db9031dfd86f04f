import type { Report, ReportLight, ScoredActivity } from "../../model/report.js";
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

/** Free text a person wrote in the outcomes, kept inside its list item with hard line breaks. */
function continuation(raw: string): string {
  const text = safeMarkdown(raw);
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `  ${l}`)
    .join("  \n");
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
  const planName = escapeMarkdown(report.plan.title);
  para(
    `${w.text("period", { period: String(report.year) })} · ` +
      (adoptedText ? w.text("basedOnAdopted", { plan: planName, adopted: adoptedText }) : w.text("basedOn", { plan: planName })),
  );

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
  ];
  out.push(`| ${header.join(" | ")} |`);
  out.push(`| --- | ${header.slice(1).map(() => "---:").join(" | ")} |`);
  const row = (name: string, c: Report["totals"]) => {
    const scored = c.green + c.yellow + c.red;
    const share = scored ? w.percent(c.shareGreen) : "–";
    return `| ${name} | ${c.green} | ${c.yellow} | ${c.red} | ${c.notScored} | ${c.notReported} | ${share} |`;
  };
  for (const a of report.areas) out.push(row(escapeMarkdown(a.title), a.totals));
  out.push(row(`**${w.text("tableTotal")}**`, report.totals));
  out.push("");

  // 3. Areas
  for (const area of report.areas) {
    para(`## ${escapeMarkdown(area.title)}`);
    if (area.description) for (const p of area.description.split(/\n{2,}/)) para(escapeMarkdown(p));
    if (area.goals.length) {
      para(`**${w.text("goalsHeading")}**`);
      for (const g of area.goals) {
        out.push(g.rule === "not-reported" ? `- ${escapeMarkdown(g.title)}` : `- ${MARK[g.light]} ${escapeMarkdown(g.title)} — ${w.activityResult(g)}${g.comment ? `  \n${continuation(g.comment)}` : ""}`);
      }
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
    if (area.comment) para(`**${w.text("comment")}:** ${safeMarkdown(area.comment)}`);
  }

  // 4. Not reported / not scored
  const all = report.areas.flatMap((area) => area.activities.map((a) => ({ a, area: area.title })));
  const notScored = all.filter((x) => x.a.light === "not-scored");
  const notReported = all.filter((x) => x.a.light === "not-reported");
  if (notScored.length) {
    para(`## ${w.text("notScoredHeading")}`);
    para(w.text("notScoredIntro"));
    for (const { a, area } of notScored) {
      const why = [w.status(a.status), a.comment && safeMarkdown(a.comment)].filter(Boolean).join(": ");
      out.push(`- ${escapeMarkdown(w.activityTitle(a))} (${escapeMarkdown(area)})${why ? ` — ${why}` : ""}`);
    }
    out.push("");
  }
  if (notReported.length) {
    para(`## ${w.text("notReportedHeading")}`);
    para(w.text("notReportedIntro"));
    for (const { a, area } of notReported) out.push(`- ${escapeMarkdown(w.activityTitle(a))} (${escapeMarkdown(area)}) \`${a.id}\``);
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
  if (report.board.length) {
    para(`## ${w.text("signatureHeading")}`);
    para(w.text("signaturePlace"));
    for (const m of report.board) {
      para(`______________________  \n${escapeMarkdown(m.name)}${m.role ? `, ${escapeMarkdown(m.role)}` : ""}`);
    }
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

function activityLine(a: ScoredActivity, w: Wording): string {
  const result = w.activityResult(a);
  let line = `- ${escapeMarkdown(w.activityTitle(a))}${result ? ` — ${result}` : ""}`;
  if (a.comment) line += `  \n${continuation(a.comment)}`;
  return line;
}
