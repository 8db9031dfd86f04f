import type { ReportLight } from "../../model/report.js";
import type { Chart } from "./chart.js";

/**
 * The report as a reader meets it, before any format: what comes in which
 * order, how it is grouped, every sentence already worded and every figure
 * already formatted. Renderers (HTML today; Markdown and the PDF layout can
 * follow) only decide how to draw it.
 *
 * Two kinds of text travel here:
 * - plain `string`: text from the plan or the templates; a renderer escapes it.
 * - `Markdown` (`{ markdown }`): free text a person wrote in Markdown
 *   (summary, comments, appendices, unplanned work); a renderer converts it
 *   safely (no raw HTML) or passes it through (Markdown output).
 */
export interface Markdown {
  markdown: string;
}

export interface LegendEntry {
  light: ReportLight;
  label: string;
}

/** One activity, or a scored goal: its light and the line that says why. */
export interface Item {
  id: string;
  light: ReportLight;
  lightLabel: string;
  /** "1.3 Ge ut fyra nummer av medlemstidningen" */
  title: string;
  /** The one-line result ("Resultat: 2 av 3 kompetensråd · 67 %", "Genomförd"); empty when nothing to say. */
  result?: string;
  /** Same result, for formats that always write the figures in the line (Markdown) */
  resultWithFigures?: string;
  /** A small table when one line cannot say it: several targets, or a forecast. */
  figures?: { header: string[]; rows: string[][] };
  comment?: Markdown;
}

/** A goal without a scored target: only its title. */
export interface PlainGoal {
  id: string;
  title: string;
}

export interface CountsRow {
  /** the area id, or "total" */
  id: string;
  name: string;
  green: number;
  yellow: number;
  red: number;
  notScored: number;
  notReported: number;
  /** "57 %", or "–" when nothing was scored */
  share: string;
  /** the share of green the year before and now, "50 % → 67 %", when the year before is known */
  change?: string;
}

export interface CountsTable {
  header: string[];
  rows: CountsRow[];
  total: CountsRow;
  /** "2024 → 2025": the heading of the change column, present when the year before is known */
  changeHeader?: string;
}

export type Section =
  | { kind: "summary"; id: string; heading: string; body: Markdown }
  | {
      kind: "indicators";
      id: string;
      heading: string;
      legendIntro: string;
      legend: LegendEntry[];
      thresholds: string;
      table: CountsTable;
      chart: Chart;
    }
  | {
      kind: "area";
      /** the area's id in the report */
      id: string;
      heading: string;
      description: string[];
      goals?: { heading: string; items: Array<Item | PlainGoal> };
      /** "Planerade aktiviteter", or undefined with `empty` set when the area has none */
      activitiesHeading?: string;
      empty?: string;
      groups: Array<{ light: ReportLight; label: string; items: Item[] }>;
      comment?: { label: string; body: Markdown };
    }
  | {
      kind: "list";
      id: "not-scored" | "not-reported";
      heading: string;
      intro: string;
      items: Array<{ id: string; title: string; area: string; detail?: string }>;
    }
  | { kind: "unplanned"; id: string; heading: string; entries: Array<{ heading: string; body?: Markdown }> }
  | { kind: "appendix"; id: string; heading: string; body: Markdown }
  | { kind: "signatures"; id: string; heading: string; place: string; names: string[] };

export interface Presentation {
  /** BCP 47: sv-SE, nb-NO, en */
  lang: string;
  title: string;
  organisation?: string;
  /** "Verksamhetsår 2025" */
  period: string;
  /** "Berättelsen bygger på Verksamhetsplan 2025, antagen …" */
  basedOn: string;
  /** plan title, for document metadata */
  subject: string;
  /** running header: "Facken i Älvbygden · Verksamhetsberättelse 2025" */
  header: string;
  /** "Sida {page} av {pages}" */
  pageOf: string;
  /** "Innehåll" */
  contentsHeading: string;
  sections: Section[];
}

/** Light → shape, so no light is told by colour alone (legend, chart, inline marks). */
export const LIGHT_SHAPE = {
  green: "circle",
  yellow: "triangle",
  red: "square",
  "not-scored": "dash",
  "not-reported": "ring",
} as const satisfies Record<ReportLight, string>;
export type LightShape = (typeof LIGHT_SHAPE)[ReportLight];

export const LIGHT_ORDER: readonly ReportLight[] = ["green", "yellow", "red", "not-scored", "not-reported"];
