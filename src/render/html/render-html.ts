import type { CountsRow, Item, PlainGoal, Presentation, Section } from "../presentation/model.js";
import { esc, htmlId, textWithLinks } from "./escape.js";
import { inlineMarkdownToHtml, markdownToHtml } from "./markdown-to-html.js";
import { stylesheet } from "./style.js";
import { chartSvg, lightIcon } from "./svg.js";

export interface HtmlOptions {
  /** the association's colour for headings (plan.config.yaml branding.accent) */
  accent?: string;
}

const NUMERIC = ["green", "yellow", "red", "notScored", "notReported"] as const;

function figuresTable(f: NonNullable<Item["figures"]>): string {
  const head = f.header.map((h, i) => `<th scope="col"${i ? ' class="num"' : ""}>${esc(h)}</th>`).join("");
  const rows = f.rows.map((r) => `<tr>${r.map((c, i) => `<td${i ? ' class="num"' : ""}>${esc(c)}</td>`).join("")}</tr>`).join("");
  return `<div class="table-wrap"><table class="figures"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** One activity or scored goal; `tagged` writes the light's name next to it (goals, which are not grouped by light). */
function itemHtml(it: Item, tagged: boolean): string {
  const parts = [lightIcon(it.light), `<span class="title">${textWithLinks(it.title)}</span>`];
  if (tagged) parts.push(` <span class="tag">(${esc(it.lightLabel)})</span>`);
  if (it.result) parts.push(`<span class="result">${esc(it.result)}</span>`);
  if (it.figures) parts.push(figuresTable(it.figures));
  if (it.comment) parts.push(`<div class="note">${inlineMarkdownToHtml(it.comment.markdown)}</div>`);
  return `<li id="${htmlId("item", it.id)}">${parts.join("")}</li>`;
}

function isItem(x: Item | PlainGoal): x is Item {
  return "light" in x;
}

/** "57 % (4 av 7 bedömda)": the share and what it counts, each kept whole on a line of its own when the column is narrow (see style.ts) */
function shareCell(r: CountsRow): string {
  const p = r.shareParts;
  return p ? `<span class="whole">${esc(p.share)}</span> <span class="whole">(${esc(p.scored)})</span>` : esc(r.share);
}

function countsTable(s: Extract<Section, { kind: "indicators" }>): string {
  const head = s.table.header.map((h, i) => {
    const light = (["green", "yellow", "red", "not-scored", "not-reported"] as const)[i - 1];
    // a light's column: its shape, then its word (on a phone only the shape shows; the word stays for screen readers)
    return `<th scope="col"${i ? ' class="num"' : ""}>${light ? `${lightIcon(light, 12)} <span class="word">${esc(h)}</span>` : esc(h)}</th>`;
  });
  const compared = s.table.changeHeader !== undefined;
  if (compared) head.push(`<th scope="col" class="num change">${esc(s.table.changeHeader!)}</th>`);
  // a narrow column breaks at the arrow, never inside a figure: "50 % →" / "57 %"
  const change = (r: CountsRow, cell: "td" | "th") => (compared ? `<${cell} class="num change">${esc((r.change ?? "–").replace(/ →/g, "\u00a0→"))}</${cell}>` : "");
  const row = (r: CountsRow, cell: "td" | "th") =>
    `<tr><th scope="row">${esc(r.name)}</th>${NUMERIC.map((k) => `<${cell} class="num" data-${k.toLowerCase()}="${r[k]}">${r[k]}</${cell}>`).join("")}<${cell} class="num share">${shareCell(r)}</${cell}>${change(r, cell)}</tr>`;
  return (
    `<div class="table-wrap"><table class="counts" id="counts"><colgroup><col class="name"><col span="5"><col class="share">${compared ? '<col class="change">' : ""}</colgroup><thead><tr>${head.join("")}</tr></thead>` +
    `<tbody>${s.table.rows.map((r) => row(r, "td")).join("")}</tbody><tfoot>${row(s.table.total, "td")}</tfoot></table></div>`
  );
}

/** The section's id in the page: fixed words for the report's own sections, the area's id made safe for areas. */
function anchor(s: Section): string {
  return s.kind === "area" ? htmlId("area", s.id) : s.id;
}

function section(s: Section): string {
  const id = anchor(s);
  const open = `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(s.heading)}</h2>`;
  switch (s.kind) {
    case "intro": // the plan's own introduction, as the plan wrote it
    case "summary":
    case "appendix":
      return `${open}${markdownToHtml(s.body.markdown)}</section>`;
    case "board":
      return (
        `${open}<ul>${s.members.map((m) => `<li>${esc(m)}</li>`).join("")}</ul>` +
        (s.staff ? `<h3>${esc(s.staff.heading)}</h3><ul>${s.staff.members.map((m) => `<li>${esc(m)}</li>`).join("")}</ul>` : "") +
        `</section>`
      );
    case "indicators":
      return (
        `${open}<p>${esc(s.legendIntro)}</p><ul class="legend">${s.legend.map((l) => `<li>${lightIcon(l.light)} ${esc(l.label)}</li>`).join("")}</ul>` +
        `<p class="muted">${esc(s.thresholds)}</p>${countsTable(s)}` +
        `<h3 id="glance-h">${esc(s.chart.heading)}</h3>` +
        `<figure class="glance" aria-labelledby="glance-h">` +
        `<ul class="legend">${s.chart.legend.map((l) => `<li>${lightIcon(l.light)} ${esc(l.label)}</li>`).join("")}</ul>` +
        `${chartSvg(s.chart, "glance")}<figcaption>${esc(s.chart.caption)}</figcaption></figure></section>`
      );
    case "area": {
      const out = [open, ...s.description.filter((p) => p.trim() !== "").map((p) => `<p>${textWithLinks(p)}</p>`)];
      if (s.goals) {
        out.push(`<h3>${esc(s.goals.heading)}</h3><ul class="items goals">`);
        for (const g of s.goals.items) out.push(isItem(g) ? itemHtml(g, true) : `<li id="${htmlId("item", g.id)}">${textWithLinks(g.title)}</li>`);
        out.push(`</ul>`);
      }
      if (s.activitiesHeading) out.push(`<h3>${esc(s.activitiesHeading)}</h3>`);
      if (s.empty) out.push(`<p class="muted"><em>${esc(s.empty)}</em></p>`);
      for (const g of s.groups) {
        out.push(`<h4>${lightIcon(g.light)} ${esc(g.label)}</h4><ul class="items">${g.items.map((i) => itemHtml(i, false)).join("")}</ul>`);
      }
      if (s.comment) out.push(`<div class="comment"><h4>${esc(s.comment.label)}</h4>${markdownToHtml(s.comment.body.markdown, { headingBase: 5 })}</div>`);
      return `${out.join("\n")}</section>`;
    }
    case "list":
      return (
        `${open}<p>${esc(s.intro)}</p><ul>` +
        s.items
          .map((i) => {
            const detail = [i.status, i.comment?.markdown].filter(Boolean).join(": ");
            return `<li>${textWithLinks(i.title)} (${esc(i.area)})${detail ? ` — ${textWithLinks(detail)}` : ""}</li>`;
          })
          .join("") +
        `</ul></section>`
      );
    case "unplanned":
      return `${open}${s.entries.map((e) => `<h3>${esc(e.heading)}</h3>${e.body ? markdownToHtml(e.body.markdown, { headingBase: 4 }) : ""}`).join("\n")}</section>`;
    case "signatures":
      return `${open}<p>${esc(s.place)}</p><div class="signatures">${s.signing.map((n) => `<div><p class="line">${esc(n)}</p></div>`).join("")}</div></section>`;
  }
}

/**
 * The report as one self-contained HTML file: inline CSS and SVG, system
 * fonts, no scripts, nothing fetched from anywhere. Deterministic. Pure.
 */
export function renderHtml(p: Presentation, opts: HtmlOptions = {}): string {
  const accent = opts.accent && /^#[0-9a-fA-F]{3,8}$/.test(opts.accent) ? opts.accent : "#1f3a5f";
  const docTitle = p.organisation ? `${p.title} — ${p.organisation}` : p.title;
  const sections = p.sections;
  const basedOn = p.basedOnPlan.map((x) => (typeof x === "string" ? x : x.plan)).join("");
  const toc = sections.map((s) => `<li><a href="#${anchor(s)}">${esc(s.heading)}</a></li>`).join("");
  return (
    [
      `<!DOCTYPE html>`,
      `<html lang="${esc(p.lang)}">`,
      `<head>`,
      `<meta charset="utf-8">`,
      `<meta name="viewport" content="width=device-width, initial-scale=1">`,
      `<title>${esc(docTitle)}</title>`,
      `<meta name="description" content="${esc(basedOn)}">`,
      `<style>\n${stylesheet(accent, p.pageOf)}\n</style>`,
      `</head>`,
      `<body>`,
      `<header class="cover">`,
      p.organisation ? `<p class="org">${esc(p.organisation)}</p>` : "",
      `<h1>${esc(p.title)}</h1>`,
      `<p class="meta">${esc(p.period)}</p>`,
      `<p class="meta">${esc(basedOn)}</p>`,
      `</header>`,
      `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">${esc(p.contentsHeading)}</h2><ol>${toc}</ol></nav>`,
      `<main>`,
      ...sections.map(section),
      `</main>`,
      `<footer><p>${esc(p.header)}</p></footer>`,
      `</body>`,
      `</html>`,
    ]
      .filter(Boolean)
      .join("\n") + "\n"
  );
}
