import { z } from "zod";
import { UsageError } from "../../errors.js";
import { Config } from "../../model/config.js";
import { Outcomes } from "../../model/outcomes.js";
import { PlanInput } from "../../model/plan-input.js";
import { Report } from "../../model/report.js";
import type { Context } from "../context.js";

const SCHEMAS = { plan: PlanInput, outcomes: Outcomes, config: Config, report: Report } as const;

/** The JSON Schema of a file kind, from the same zod schema that validates it. */
export function jsonSchema(kind: keyof typeof SCHEMAS): object {
  const titles = { plan: "plan — plan file (YAML form)", outcomes: "plan — outcomes file", config: "plan — plan.config.yaml", report: "plan — report (plan report --format json)" };
  // a report is written by plan, so its schema describes what is written
  return { title: titles[kind], ...z.toJSONSchema(SCHEMAS[kind], { io: kind === "report" ? "output" : "input", unrepresentable: "any" }) };
}

/** `plan schema plan|outcomes|config|report` */
export async function schemaCommand(ctx: Context, kind: string): Promise<number> {
  if (!(kind in SCHEMAS)) {
    throw new UsageError("usage.badFormat", { value: kind, allowed: Object.keys(SCHEMAS).join(" | ") }, undefined, {
      messageId: "usage.hintHelp",
      data: { command: "schema" },
    });
  }
  ctx.stdout(JSON.stringify(jsonSchema(kind as keyof typeof SCHEMAS), null, 2) + "\n");
  return 0;
}
