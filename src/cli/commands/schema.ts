import { join, resolve } from "node:path";
import { z } from "zod";
import { UsageError } from "../../errors.js";
import { t } from "../../i18n/t.js";
import { Config } from "../../model/config.js";
import { Outcomes } from "../../model/outcomes.js";
import { PlanInput } from "../../model/plan-input.js";
import { Report } from "../../model/report.js";
import { note, shownPath, type Context } from "../context.js";
import { writeFileAtomic } from "../write-file.js";

const SCHEMAS = { plan: PlanInput, outcomes: Outcomes, config: Config, report: Report } as const;
export type SchemaKind = keyof typeof SCHEMAS;

/** The files a person edits (and an editor completes): the report is written by plan, not by hand. */
const EDITED: SchemaKind[] = ["plan", "outcomes", "config"];

/** The JSON Schema of a file kind, from the same zod schema that validates it. */
export function jsonSchema(kind: SchemaKind): object {
  const titles = { plan: "plan — plan file (YAML form)", outcomes: "plan — outcomes file", config: "plan — plan.config.yaml", report: "plan — report (plan report --format json)" };
  // a report is written by plan, so its schema describes what is written
  return { title: titles[kind], ...z.toJSONSchema(SCHEMAS[kind], { io: kind === "report" ? "output" : "input", unrepresentable: "any" }) };
}

/** The schema's file name in a workspace's schemas/ folder (and in this repository's). */
export const schemaFileName = (kind: SchemaKind) => `${kind}.schema.json`;

/**
 * The first line of a YAML file plan writes, so that an editor with the YAML
 * extension completes and checks it: `fromFile` is the folder of that file
 * relative to the workspace ("" for plan.config.yaml, "outcomes" for outcomes).
 */
export function schemaComment(kind: SchemaKind, fromFolder: string): string {
  const up = fromFolder ? fromFolder.split("/").map(() => "..").join("/") + "/" : "";
  return `# yaml-language-server: $schema=${up}schemas/${schemaFileName(kind)}`;
}

/** Writes the schemas of the files a person edits into `<workspace>/schemas/`, always the current ones. */
export function writeSchemas(ctx: Context, dir: string): void {
  for (const kind of EDITED) {
    const path = join(dir, "schemas", schemaFileName(kind));
    writeFileAtomic(path, JSON.stringify(jsonSchema(kind), null, 2) + "\n");
    note(ctx, t(ctx.lang, "schema.written", { path: shownPath(path) }));
  }
}

/** `plan schema plan|outcomes|config|report` prints one; `plan schema --write` writes the edited kinds into the workspace. */
export async function schemaCommand(ctx: Context, kind: string | undefined, opts: { dir: string; write?: boolean }): Promise<number> {
  if (opts.write && kind === undefined) {
    writeSchemas(ctx, resolve(opts.dir));
    return 0;
  }
  if (kind === undefined || !(kind in SCHEMAS)) {
    throw new UsageError("usage.badFormat", { value: kind ?? "", allowed: Object.keys(SCHEMAS).join(" | ") }, undefined, {
      messageId: "usage.hintHelp",
      data: { command: "schema" },
    });
  }
  ctx.stdout(JSON.stringify(jsonSchema(kind as SchemaKind), null, 2) + "\n");
  return 0;
}
