import type { Counts, Report, ReportLight } from "../../model/report.js";
import type { Wording } from "../wording.js";
import { LIGHT_ORDER, LIGHT_SHAPE, type LightShape } from "./model.js";

/**
 * The year at a glance as data: per area one bar split into green / yellow /
 * red / not scored / not reported, each part as a share of the area's
 * activities. No pixels here: `placeChart` turns it into boxes for a given
 * width (the PDF), the HTML uses the shares as percentages. Pure.
 */
export interface ChartSegment {
  light: ReportLight;
  count: number;
  /** where the part starts and how wide it is, as shares of the bar (0..1) */
  start: number;
  width: number;
}

export interface ChartBar {
  id: string;
  label: string;
  total: number;
  /** only the lights with a count above zero, in legend order */
  segments: ChartSegment[];
  /** the bar in words: "Arbetsmarknad (7): 4 God måluppfyllelse, 3 Viss måluppfyllelse" */
  text: string;
  /** "50 % → 67 %": the area's share of green the year before and now, when the year before is known */
  change?: string;
}

export interface Chart {
  heading: string;
  caption: string;
  legend: Array<{ light: ReportLight; label: string; shape: LightShape }>;
  bars: ChartBar[];
  /** the whole chart in words, one sentence per area: the text alternative */
  description: string;
}

const COUNT_KEY: Record<ReportLight, keyof Omit<Counts, "shareGreen">> = {
  green: "green",
  yellow: "yellow",
  red: "red",
  "not-scored": "notScored",
  "not-reported": "notReported",
};

export function countOf(c: Counts, light: ReportLight): number {
  return c[COUNT_KEY[light]];
}

export function buildChart(report: Report, w: Wording): Chart {
  const bars = report.areas.map((area): ChartBar => {
    const total = LIGHT_ORDER.reduce((n, l) => n + countOf(area.totals, l), 0);
    let start = 0;
    const segments: ChartSegment[] = [];
    for (const light of LIGHT_ORDER) {
      const count = countOf(area.totals, light);
      if (!count) continue;
      const width = count / total;
      segments.push({ light, count, start, width });
      start += width;
    }
    const parts = segments.map((s) => `${s.count} ${w.light(s.light)}`);
    const text = `${area.title} (${total}): ${parts.length ? parts.join(", ") : w.text("noActivities")}`;
    const bar: ChartBar = { id: area.id, label: area.title, total, segments, text };
    if (area.previous) {
      bar.change = w.change(area.previous.totals, area.totals);
      const data = { previous: area.previous.year, year: report.year, before: w.greenShare(area.previous.totals), after: w.greenShare(area.totals) };
      bar.text = `${text}; ${w.text("changeText", data)}`;
    }
    return bar;
  });
  const caption = w.text("chartCaption");
  return {
    heading: w.text("chartHeading"),
    caption: report.previous
      ? `${caption} ${w.text("changeCaption", { previous: report.previous.year, year: report.year, total: w.change(report.previous.totals, report.totals) })}`
      : caption,
    legend: LIGHT_ORDER.map((light) => ({ light, label: w.light(light), shape: LIGHT_SHAPE[light] })),
    bars,
    description: bars.map((b) => `${b.text}.`).join(" "),
  };
}

/** Boxes for a chart drawn `width` units wide (PDF points, pixels): a label line, the bar, a counts line under it. */
export interface PlacedBar {
  bar: ChartBar;
  labelY: number;
  barY: number;
  barHeight: number;
  rects: Array<{ light: ReportLight; x: number; width: number; count: number; countInside: boolean }>;
  countsY: number;
}

export interface ChartMetrics {
  width: number;
  labelHeight: number;
  barHeight: number;
  countsHeight: number;
  gap: number;
  /** the narrowest part, in the same units, that still has room for a shape and a count written inside */
  minInside: number;
}

export const DEFAULT_METRICS: Omit<ChartMetrics, "width"> = { labelHeight: 16, barHeight: 20, countsHeight: 16, gap: 10, minInside: 34 };

export function placeChart(chart: Chart, metrics: ChartMetrics): { bars: PlacedBar[]; height: number } {
  let y = 0;
  const bars = chart.bars.map((bar): PlacedBar => {
    const labelY = y;
    const barY = y + metrics.labelHeight;
    const countsY = barY + metrics.barHeight;
    y = countsY + metrics.countsHeight + metrics.gap;
    const rects = bar.segments.map((s) => {
      const width = s.width * metrics.width;
      return { light: s.light, x: s.start * metrics.width, width, count: s.count, countInside: width >= metrics.minInside };
    });
    return { bar, labelY, barY, barHeight: metrics.barHeight, rects, countsY };
  });
  return { bars, height: Math.max(0, y - metrics.gap) };
}
