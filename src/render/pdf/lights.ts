import type { ReportLight } from "../../model/report.js";

/**
 * How a traffic light is drawn: a colour that differs from the others in lightness
 * too, and a mark of its own, so the light reads the same printed in grey and for
 * readers who cannot tell red from green.
 *
 * Grey (luma 0.299 R + 0.587 G + 0.114 B, 0–255): green ≈ 67, red ≈ 129, yellow ≈ 194 — evenly apart;
 * not scored is a white ring, not reported a dashed ring with a question mark.
 */
export interface LightStyle {
  fill: string;
  stroke: string;
  /** the mark inside the circle */
  mark: "check" | "bar" | "cross" | "none" | "question";
  markColor: string;
  dashed?: boolean;
}

export const LIGHT_STYLE: Record<ReportLight, LightStyle> = {
  green: { fill: "#1b5e20", stroke: "#0d3311", mark: "check", markColor: "#ffffff" },
  yellow: { fill: "#fbc02d", stroke: "#6d5200", mark: "bar", markColor: "#3b2c00" },
  red: { fill: "#ef5350", stroke: "#8e1b18", mark: "cross", markColor: "#ffffff" },
  "not-scored": { fill: "#ffffff", stroke: "#616161", mark: "none", markColor: "#616161" },
  "not-reported": { fill: "#ffffff", stroke: "#757575", mark: "question", markColor: "#424242", dashed: true },
};

/** Luma of a #rrggbb colour, 0–255 (what a grey printer or `pdftoppm -gray` makes of it). */
export function greyValue(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return Math.round(0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255));
}
