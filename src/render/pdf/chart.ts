import type { ReportLight } from "../../model/report.js";
import { LIGHT_STYLE } from "./lights.js";
import { placeChart, type Chart } from "../presentation/chart.js";
import { LIGHT_SHAPE, type LightShape } from "../presentation/model.js";

/* The few pdfkit calls the chart needs. */
export interface ChartDoc {
  font(name: string): ChartDoc;
  fontSize(n: number): ChartDoc;
  fillColor(c: string): ChartDoc;
  lineWidth(n: number): ChartDoc;
  text(t: string, x?: number, y?: number, o?: Record<string, unknown>): ChartDoc;
  circle(x: number, y: number, r: number): ChartDoc;
  moveTo(x: number, y: number): ChartDoc;
  lineTo(x: number, y: number): ChartDoc;
  rect(x: number, y: number, w: number, h: number): ChartDoc;
  fill(c?: string): ChartDoc;
  fillAndStroke(f: string, s: string): ChartDoc;
  widthOfString(t: string): number;
}

/** The bars in the PDF's own light colours (lights.ts), which differ in lightness as well as hue. */
export const CHART_FILL: Record<ReportLight, string> = {
  green: LIGHT_STYLE.green.fill,
  yellow: LIGHT_STYLE.yellow.fill,
  red: LIGHT_STYLE.red.fill,
  "not-scored": "#8a8a8a",
  "not-reported": "#ffffff",
};
const MARK_ON: Record<ReportLight, string> = { green: "#ffffff", yellow: "#1a1a1a", red: "#ffffff", "not-scored": "#ffffff", "not-reported": "#1a1a1a" };

export const PDF_CHART_METRICS = { labelHeight: 13, barHeight: 14, countsHeight: 13, gap: 7, minInside: 14 };

/** A light's shape centred on x, y. */
export function drawShape(doc: ChartDoc, shape: LightShape, x: number, y: number, r: number, fill: string, stroke?: string): void {
  const paint = () => (stroke ? doc.lineWidth(0.6).fillAndStroke(fill, stroke) : doc.fill(fill));
  switch (shape) {
    case "circle":
      doc.circle(x, y, r);
      return void paint();
    case "triangle":
      doc.moveTo(x, y - r).lineTo(x + r * 0.95, y + r * 0.8).lineTo(x - r * 0.95, y + r * 0.8).lineTo(x, y - r);
      return void paint();
    case "square":
      doc.rect(x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
      return void paint();
    case "dash":
      doc.rect(x - r, y - r * 0.3, 2 * r, r * 0.6);
      return void paint();
    case "ring":
      doc.circle(x, y, r);
      paint();
      doc.circle(x, y, r * 0.5).fill(fill === "#ffffff" ? "#1a1a1a" : "#ffffff");
      return;
  }
}

/** The legend's height at this width: one line, or more when the labels do not fit on one. */
export function chartLegendHeight(chart: Chart, width: number, measure = (label: string) => label.length * 4.6): number {
  let x = 0;
  let lines = 1;
  for (const l of chart.legend) {
    const w = 11 + measure(l.label) + 12;
    if (x > 0 && x + w > width) {
      lines++;
      x = 0;
    }
    x += w;
  }
  return lines * 13 + 6;
}

/** Draws the legend (each light's shape and word) from x, y, wrapping at the width; returns its height. */
export function drawChartLegend(doc: ChartDoc, chart: Chart, at: { x: number; y: number; width: number }): number {
  let x = at.x;
  let y = at.y + 6;
  for (const l of chart.legend) {
    const w = doc.font("regular").fontSize(8.5).widthOfString(l.label);
    if (x > at.x && x + 11 + w > at.x + at.width) {
      x = at.x;
      y += 13;
    }
    drawShape(doc, l.shape, x + 4, y, 4, CHART_FILL[l.light], l.light === "yellow" || l.light === "not-reported" ? "#333333" : undefined);
    doc.fillColor("#1a1a1a").text(l.label, x + 11, y - 4.5, { lineBreak: false });
    x += 11 + w + 12;
  }
  return chartLegendHeight(chart, at.width, (label) => doc.font("regular").fontSize(8.5).widthOfString(label));
}

/** The height `drawChart` will take at this width. */
export function chartHeight(chart: Chart, width: number): number {
  return placeChart(chart, { width, ...PDF_CHART_METRICS }).height;
}

/**
 * Draws the year at a glance at x, y: per area its name, the bar (each part
 * with its light's shape when there is room) and the counts after their
 * shapes. The caller wraps it in a tagged Figure with the chart's
 * description as its alternative text. Returns the height used.
 */
export function drawChart(doc: ChartDoc, chart: Chart, at: { x: number; y: number; width: number }): number {
  const placed = placeChart(chart, { width: at.width, ...PDF_CHART_METRICS });
  for (const p of placed.bars) {
    doc.font("bold").fontSize(8.5).fillColor("#1a1a1a");
    doc.text(p.bar.label, at.x, at.y + p.labelY + 1, { width: at.width, lineBreak: false, ellipsis: true });
    for (const r of p.rects) {
      doc.lineWidth(0.6);
      doc.rect(at.x + r.x, at.y + p.barY, r.width, p.barHeight).fillAndStroke(CHART_FILL[r.light], r.light === "not-reported" ? "#555555" : "#ffffff");
      if (r.countInside) drawShape(doc, LIGHT_SHAPE[r.light], at.x + r.x + r.width / 2, at.y + p.barY + p.barHeight / 2, 3.5, MARK_ON[r.light]);
    }
    let x = at.x + 4;
    const cy = at.y + p.countsY + 6.5;
    for (const r of p.rects) {
      const outline = r.light === "yellow" || r.light === "not-reported" ? "#333333" : undefined;
      drawShape(doc, LIGHT_SHAPE[r.light], x, cy, 3.6, CHART_FILL[r.light], outline);
      const label = String(r.count);
      doc.font("regular").fontSize(8.5).fillColor("#1a1a1a");
      doc.text(label, x + 6, cy - 4.5, { lineBreak: false });
      x += 6 + label.length * 5 + 12;
    }
    // the year before beside this year, right-aligned on the counts' line
    if (p.bar.change) {
      doc.font("regular").fontSize(8.5).fillColor("#444444");
      doc.text(p.bar.change, at.x + at.width - doc.widthOfString(p.bar.change), cy - 4.5, { lineBreak: false });
    }
  }
  return placed.height;
}
