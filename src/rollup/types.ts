import type { Language } from "../model/plan.js";
import type { Counts } from "../model/report.js";

/** Many branches' reports in one: the model `plan rollup` renders (and prints with --format json). */

export interface RollupBranch {
  name: string;
  /** the title of the branch's plan */
  plan: string;
  language: Language;
  /** how many activities the plan has */
  activities: number;
  totals: Counts;
}

export interface RollupArea {
  title: string;
  /** the other titles branches give this area */
  alsoNamed: string[];
  /** the branches that have the area, by name */
  branches: string[];
  totals: Counts;
}

export interface RollupUnit {
  unit: string;
  /** branches with a target in this unit */
  branches: number;
  targets: number;
  /** targets with an actual figure */
  reported: number;
  /** the sum of all targets in this unit */
  targetAll: number;
  /** the sum of the targets that have an actual */
  targetReported: number;
  actual: number;
  /** actual / targetReported; absent when nothing is reported */
  share?: number;
}

export interface RollupMissing {
  name: string;
  reason: "no-report" | "no-outcomes";
}

export interface Rollup {
  year: number;
  language: Language;
  title?: string;
  totals: Counts;
  branches: RollupBranch[];
  areas: RollupArea[];
  units: RollupUnit[];
  missing: RollupMissing[];
}
