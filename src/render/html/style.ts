/** The report's stylesheet: system fonts only, readable from 320 px up, clean A4 pages in print. */
export function stylesheet(accent: string, pageOf = "{page} / {pages}"): string {
  // "Sida {page} av {pages}" as CSS generated content for the printed page's foot
  const pageLabel = pageOf
    .split(/(\{page\}|\{pages\})/)
    .filter(Boolean)
    .map((part) => (part === "{page}" ? "counter(page)" : part === "{pages}" ? "counter(pages)" : `"${part.replace(/[\\"]/g, "\\$&").replace(/\n/g, " ").replace(/</g, "\\3c ")}"`))
    .join(" ");
  return `
:root { --accent: ${accent}; --text: #1a1a1a; --muted: #555; --rule: #d0d4da; --head: #eef1f5; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--text); background: #fff; font: 1rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; overflow-wrap: break-word; }
header.cover, nav.toc, main, footer { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.cover { padding-top: 2rem; }
.org { margin: 0; font-weight: 700; color: var(--muted); }
h1 { color: var(--accent); font-size: 2rem; line-height: 1.2; margin: .25rem 0 .5rem; }
h2 { color: var(--accent); font-size: 1.45rem; line-height: 1.25; margin: 2.25rem 0 .6rem; padding-top: .5rem; border-top: 2px solid var(--rule); }
h3 { font-size: 1.1rem; margin: 1.4rem 0 .4rem; }
h4 { font-size: 1rem; margin: 1.1rem 0 .3rem; display: flex; align-items: center; gap: .45rem; }
.meta { margin: 0; color: var(--muted); }
.muted { color: var(--muted); }
a { color: #1a4f8b; }
nav.toc h2 { border-top: 0; font-size: 1.1rem; margin-top: 1.5rem; }
nav.toc ol { margin: 0; padding-left: 1.4rem; columns: 2 14rem; }
ul.items { list-style: none; padding: 0; margin: 0; }
ul.items > li { margin: 0 0 .6rem; padding-left: 1.5rem; position: relative; }
ul.items > li > svg.light { position: absolute; left: 0; top: .3rem; }
.result { display: block; color: var(--muted); font-size: .95rem; }
.note { display: block; font-size: .95rem; }
.tag { display: inline-flex; align-items: center; gap: .3rem; font-size: .85rem; color: var(--muted); white-space: nowrap; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; }
ul.legend li { display: inline-flex; align-items: center; gap: .4rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .95rem; }
table.counts { width: 100%; font-size: .9rem; }
table.counts th, table.counts td { padding: .35rem .4rem; }
table.counts .whole { white-space: nowrap; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; background: #f6f7f9; }
table.figures { font-size: .9rem; margin: .3rem 0 .4rem; }
figure.glance { margin: 1rem 0 1.5rem; }
figure.glance figcaption { color: var(--muted); font-size: .9rem; margin-top: .4rem; }
svg.chart { display: block; overflow: visible; font-size: 13px; }
svg.chart .label { font-weight: 600; fill: var(--text); }
svg.chart .count { fill: var(--text); font-variant-numeric: tabular-nums; }
svg.chart .change { fill: var(--muted); font-variant-numeric: tabular-nums; }
.comment { border-left: 3px solid var(--rule); padding-left: .75rem; }
.signatures { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 2rem 1.5rem; margin-top: 1.5rem; }
.signatures .line { border-top: 1px solid var(--text); padding-top: .25rem; margin-top: 2.5rem; }
code { font-size: .9em; }
pre { white-space: pre-wrap; }
footer { margin-top: 3rem; padding-bottom: 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--rule); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
@media (max-width: 30rem) {
  h1 { font-size: 1.6rem; }
  table.counts { font-size: .78rem; table-layout: fixed; }
  table.counts th, table.counts td { padding: .3rem .15rem; }
  table.counts thead th { hyphens: auto; }
  table.counts td.num { white-space: nowrap; }
  table.counts td.share, table.counts td.share .whole { white-space: normal; }
  table.counts col.name { width: 34%; }
  table.counts col.share { width: 28%; }
  /* a light's column is headed by its shape alone: the legend above says which is which */
  table.counts thead th .word { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  /* on a phone the change from the year before is read on the chart just below, not in an eighth column */
  table.counts .change { display: none; }
  table.counts thead th svg.light { display: block; margin: 0 0 0 auto; }
}
@page { size: A4; margin: 18mm 16mm 20mm; @bottom-center { content: ${pageLabel}; font: 8.5pt system-ui, sans-serif; color: #555; } }
@media print {
  body { font-size: 10.5pt; }
  header.cover, nav.toc, main, footer { max-width: none; padding: 0; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { break-after: avoid; page-break-after: avoid; border-top: 0; margin-top: 1.2rem; }
  h3, h4 { break-after: avoid; page-break-after: avoid; }
  li, tr, figure, .comment, .signatures > div { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  footer { border-top: 0; margin-top: 1rem; }
}
`.trim();
}
