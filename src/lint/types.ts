import type { Scoring } from "../model/config.js";
import type { Diagnostic, Finding, Severity } from "../model/diagnostic.js";
import type { Outcomes } from "../model/outcomes.js";
import type { Plan, SourceRef } from "../model/plan.js";
import type { PlanFormat } from "../parse/parse-plan.js";
import type { YamlValue } from "../yaml/yaml-value.js";

/** Everything a rule may look at. Rules are pure: context in, findings out. */
export interface LintContext {
  plan: Plan;
  file: string;
  /** the plan's text, line by line (for rules about the document itself) */
  lines: string[];
  format: PlanFormat;
  parseDiagnostics: Diagnostic[];
  scoring: Scoring;
  /** the workspace's plan.config.yaml, when there is one: the organisation's name and where it is */
  config?: { file: string; organisation?: string; source: SourceRef };
  /** present when a year is linted: the outcomes, where each key is, and what is wrong in them (as `outcome/invalid-value`) */
  outcomes?: { file: string; outcomes: Outcomes; doc: YamlValue; errors: Diagnostic[] };
}

/** What a rule reports: a `Diagnostic` (model/diagnostic.ts) without its level. Wording comes from i18n. */
export type { Finding };

export interface Rule {
  id: string;
  defaultLevel: Severity;
  /** which plan formats the rule applies to; all when absent */
  formats?: PlanFormat[];
  check(ctx: LintContext): Finding[];
}

/** A finding with its configured level: what formatters print. The pipeline's one positioned message. */
export type LintMessage = Diagnostic;
