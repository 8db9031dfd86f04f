import type { Diagnostic } from "../../../model/diagnostic.js";
import type { Activity, Area, Language, SourceRef } from "../../../model/plan.js";

/** What every phase after the title block needs to know about the document. */
export interface ReadContext {
  file: string;
  text: string;
  language: Language;
  /** the year dates without one are read in */
  year?: number;
  src(node: { position?: { start: { line: number; column: number } } } | undefined): SourceRef;
  diagnostics: Diagnostic[];
}

/** An area being read: kept as an area in the assemble phase if it turns out to be one. */
export interface Draft {
  area: Area;
  depth: number;
  number?: string;
  explicit: boolean;
  /** an activity whose description continues in the following paragraphs (bold-title items) */
  open?: Activity;
  descriptionParts: string[];
  /** how many of its activities are headings of their own ("### Vi skal verve 100 nye medlemmer") */
  headingActivities?: number;
}
