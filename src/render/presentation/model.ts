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

/**
 * A sentence from the templates with the plan's own words marked: a renderer
 * escapes the marked parts for its format and keeps the template's words as
 * written (Markdown must escape a plan title, never the template around it).
 */
export type Phrase = Array<string | { plan: string }>;

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
  /** who and when, as the plan had them: "Ansvarig: Styrelsen · När: mars" */
  who?: string;
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
  /** "57 % (4 av 7 bedömda)", or "–" when nothing was scored */
  share: string;
  /** the two parts of share, "57 %" and "4 av 7 bedömda", when something was scored */
  shareParts?: { share: string; scored: string };
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
  /** a section of the plan's own introduction, as the plan wrote it; heading as written (may hold `**`) */
  | { kind: "intro"; id: string; heading: string; body: Markdown }
  | { kind: "summary"; id: string; heading: string; body: Markdown }
  | {
      kind: "indicators";
      id: string;
      heading: string;
      legendIntro: string;
      legend: LegendEntry[];
      thresholds: string;
      table: CountsTable;
      /** how the share of green is counted, under the table */
      shareRule: string;
      chart: Chart;
    }
  | {
      kind: "area";
      /** the area's id in the report */
      id: string;
      heading: string;
      /** the description split at blank lines exactly as written (a paragraph may be blank) */
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
      items: ListItem[];
    }
  | { kind: "unplanned"; id: string; heading: string; entries: Array<{ heading: string; body?: Markdown }> }
  | { kind: "appendix"; id: string; heading: string; body: Markdown }
  /** the board (and staff) as a section of its own, when there is more to say than the signatures */
  | { kind: "board"; id: string; heading: string; members: string[]; staff?: { heading: string; members: string[] } }
  | {
      kind: "signatures";
      id: string;
      heading: string;
      place: string;
      /** those who sign: the board without its deputies */
      signing: string[];
    };

/** An item of the not-scored or not-reported list. */
export interface ListItem {
  id: string;
  title: string;
  area: string;
  /** the outcome's status in words */
  status?: string;
  comment?: Markdown;
  /** a scored goal (counted like an activity) rather than an activity */
  goal?: boolean;
}

export interface Presentation {
  /** BCP 47: sv-SE, nb-NO, en */
  lang: string;
  title: string;
  organisation?: string;
  /** "Verksamhetsår 2025" */
  period: string;
  /** "Berättelsen bygger på Verksamhetsplan 2025, antagen …", naming the plan as the report shows it (its periods with an en dash), the plan's words marked */
  basedOnPlan: Phrase;
  /** the plan's name as the report shows it, for document metadata */
  subject: string;
  /** running header: "Facken i Älvbygden · Verksamhetsberättelse 2025" */
  header: string;
  /** "Sida {page} av {pages}" */
  pageOf: string;
  /** "Innehåll" */
  contentsHeading: string;
  /** "(forts.)": a heading repeated on the next page */
  continued: string;
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
