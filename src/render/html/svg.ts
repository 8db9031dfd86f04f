import type { ReportLight } from "../../model/report.js";
import { DEFAULT_METRICS, placeChart, type Chart } from "../presentation/chart.js";
import { LIGHT_SHAPE, type LightShape } from "../presentation/model.js";
import { esc } from "./escape.js";

export const LIGHT_FILL: Record<ReportLight, string> = {
  green: "#2e7d32",
  yellow: "#f2a900",
  red: "#c62828",
  "not-scored": "#8a8a8a",
  "not-reported": "#ffffff",
};
/** the mark drawn on top of a light's colour: white on dark fills, black on light ones */
const MARK_ON: Record<ReportLight, string> = { green: "#ffffff", yellow: "#1a1a1a", red: "#ffffff", "not-scored": "#ffffff", "not-reported": "#1a1a1a" };

/** A shape centred on 0,0 within radius r. */
function shapePath(shape: LightShape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case "circle":
      return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case "triangle":
      return `M0 ${-r}L${f(r * 0.95)} ${f(r * 0.8)}L${f(-r * 0.95)} ${f(r * 0.8)}Z`;
    case "square":
      return `M${f(-r * 0.8)} ${f(-r * 0.8)}h${f(r * 1.6)}v${f(r * 1.6)}h${f(-r * 1.6)}Z`;
    case "dash":
      return `M${-r} ${f(-r * 0.3)}h${2 * r}v${f(r * 0.6)}h${-2 * r}Z`;
    case "ring":
      return `M${-r} 0a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0ZM${f(-r * 0.55)} 0a${f(r * 0.55)} ${f(r * 0.55)} 0 1 1 ${f(r * 1.1)} 0a${f(r * 0.55)} ${f(r * 0.55)} 0 1 1 ${f(-r * 1.1)} 0Z`;
  }
}

/** A light as a small coloured shape; decorative (the text next to it says the same). */
export function lightIcon(light: ReportLight, size = 14): string {
  const r = size / 2 - 1;
  const stroke = light === "not-reported" || light === "yellow" ? ' stroke="#333" stroke-width="1"' : "";
  return (
    `<svg class="light" width="${size}" height="${size}" viewBox="${-size / 2} ${-size / 2} ${size} ${size}" aria-hidden="true" focusable="false">` +
    `<path d="${shapePath(LIGHT_SHAPE[light], r)}" fill="${LIGHT_FILL[light]}"${stroke} fill-rule="evenodd"/></svg>`
  );
}

const pct = (share: number) => `${Number((share * 100).toFixed(3))}%`;

/**
 * The chart as inline SVG. Horizontal positions are percentages, so the bars
 * fill any width while the text keeps its size; heights are pixels. Each bar:
 * the area's name, the bar with each part's shape, and under it the counts,
 * each after its shape. The words for screen readers are in <title>/<desc>.
 */
export function chartSvg(chart: Chart, id: string): string {
  // the narrowest screen the chart must work on decides which parts have room for a shape
  const placed = placeChart(chart, { width: 300, ...DEFAULT_METRICS, minInside: 16 });
  const out: string[] = [];
  out.push(
    `<svg class="chart" width="100%" height="${placed.height}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${esc(chart.heading)}</title>`,
    `<desc id="${id}-desc">${esc(chart.description)}</desc>`,
  );
  for (const p of placed.bars) {
    out.push(`<g class="bar">`);
    out.push(`<text x="0" y="${p.labelY + 12}" class="label">${esc(p.bar.label)}</text>`);
    for (const s of p.bar.segments) {
      const rect = p.rects.find((r) => r.light === s.light)!;
      const stroke = s.light === "not-reported" ? ' stroke="#555" stroke-width="1"' : ' stroke="#fff" stroke-width="1"';
      out.push(`<rect x="${pct(s.start)}" y="${p.barY}" width="${pct(s.width)}" height="${p.barHeight}" fill="${LIGHT_FILL[s.light]}"${stroke}/>`);
      if (rect.countInside) {
        out.push(
          `<svg x="${pct(s.start + s.width / 2)}" y="${p.barY + p.barHeight / 2}" overflow="visible"><path d="${shapePath(LIGHT_SHAPE[s.light], 5)}" fill="${MARK_ON[s.light]}" fill-rule="evenodd"/></svg>`,
        );
      }
    }
    if (!p.bar.segments.length) out.push(`<rect x="0" y="${p.barY}" width="100%" height="${p.barHeight}" fill="none" stroke="#999" stroke-dasharray="4 3"/>`);
    // counts line: shape, count, shape, count … from the left, in legend order
    let x = 6;
    const cy = p.countsY + 9;
    for (const s of p.bar.segments) {
      const stroke = s.light === "not-reported" || s.light === "yellow" ? ' stroke="#333" stroke-width="1"' : "";
      out.push(`<path transform="translate(${x} ${cy})" d="${shapePath(LIGHT_SHAPE[s.light], 5)}" fill="${LIGHT_FILL[s.light]}"${stroke} fill-rule="evenodd"/>`);
      const label = String(s.count);
      out.push(`<text x="${x + 9}" y="${cy + 4.5}" class="count" data-light="${s.light}">${label}</text>`);
      x += 9 + label.length * 8 + 14;
    }
    // the year before beside this year, right-aligned on the counts' line (a long name above has the whole width)
    if (p.bar.change) out.push(`<text x="100%" y="${cy + 4.5}" text-anchor="end" class="change">${esc(p.bar.change)}</text>`);
    out.push(`</g>`);
  }
  out.push(`</svg>`);
  return out.join("\n");
}
