import type { z } from "zod";
import { InputError } from "../errors.js";
import { parseLocaleNumber } from "../text/numbers.js";
import { suggest } from "../util/suggest.js";
import type { Path, YamlValue } from "./yaml-value.js";

/* eslint-disable @typescript-eslint/no-explicit-any */
type AnySchema = { _zod: { def: any } };

/** The keys an object schema allows at `path`, for "did you mean …?". */
export function knownKeysAt(schema: AnySchema, path: Path): string[] {
  const objects: AnySchema[] = [];
  const walk = (s: AnySchema, rest: Path): void => {
    const def = s._zod.def;
    switch (def.type) {
      case "optional":
      case "nullable":
      case "default":
      case "prefault":
      case "readonly":
      case "catch":
        return walk(def.innerType, rest);
      case "pipe":
        return walk(def.in, rest);
      case "union":
        for (const o of def.options) walk(o, rest);
        return;
      case "object":
        if (rest.length === 0) objects.push(s);
        else if (def.shape[rest[0]!]) walk(def.shape[rest[0]!], rest.slice(1));
        return;
      case "record":
        if (rest.length > 0) walk(def.valueType, rest.slice(1));
        return;
      case "array":
        if (rest.length > 0) walk(def.element, rest.slice(1));
        return;
      default:
        return;
    }
  };
  walk(schema, path);
  return objects.flatMap((o) => Object.keys(o._zod.def.shape));
}

const pathText = (path: Path) => path.map(String).join(".");

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const k of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined;
  return v;
}

/**
 * zod reports a failed union as one "invalid_union" issue holding every
 * option's issues. The useful one is the option whose type matched but whose
 * content did not ("många" is a string but not a number).
 */
function unwrapUnions(issues: z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== "invalid_union") return [issue];
    const inner = issue.errors.flat().filter((i) => i.code !== "invalid_type");
    if (!inner.length) return [issue];
    return unwrapUnions([{ ...inner[0]!, path: [...issue.path, ...inner[0]!.path] } as z.core.$ZodIssue]);
  });
}

/** Turns zod's issues into positioned errors a person can act on. */
export function schemaErrors(
  issues: z.core.$ZodIssue[],
  schema: AnySchema,
  doc: YamlValue,
  file: string,
): InputError[] {
  const out: InputError[] = [];
  for (const issue of unwrapUnions(issues)) {
    const path = issue.path as Path;
    if (issue.code === "unrecognized_keys") {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys) {
        const near = suggest(key, known);
        const where = { file, ...doc.locate([...path, key]) };
        out.push(
          new InputError(
            "schema.unknownKey",
            { key, path: pathText(path) },
            where,
            near
              ? { messageId: "hint.didYouMean", data: { suggestion: near } }
              : afterFlowComma(doc, [...path, key], where)
                ? { messageId: "hint.flowComma" }
                : { messageId: "hint.allowedKeys", data: { keys: known.join(", ") } },
          ),
        );
      }
      continue;
    }
    const where = { file, ...doc.locate(path) };
    const at = pathText(path);
    if (issue.code === "invalid_type") {
      const input = valueAt(doc.value, path);
      if (input === undefined) {
        out.push(new InputError("schema.missing", { path: at, expected: String(issue.expected) }, where));
      } else {
        out.push(
          new InputError("schema.wrongType", { path: at, expected: String(issue.expected), got: describe(input) }, where),
        );
      }
    } else if (issue.code === "invalid_value") {
      const input = String(valueAt(doc.value, path) ?? "");
      const allowed = issue.values.map(String);
      const near = suggest(input, allowed);
      out.push(
        new InputError(
          "schema.notAllowed",
          { path: at, value: input, allowed: allowed.join(" | ") },
          where,
          near ? { messageId: "hint.didYouMean", data: { suggestion: near } } : undefined,
        ),
      );
    } else if (issue.code === "custom" && typeof issue.params?.messageId === "string") {
      // a value check that names its own message (outcomes: ambiguous or impossible figures)
      const p = issue.params as { messageId: string; value?: unknown; hint?: string };
      out.push(
        new InputError(p.messageId as never, { path: at, value: String(p.value ?? ""), max: 1e12 }, where, p.hint ? { messageId: p.hint as never } : undefined),
      );
    } else if (issue.code === "custom" && issue.params?.notANumber !== undefined) {
      // "22 stk": a number with a word after it; the unit belongs to the plan's target
      const written = String(issue.params.notANumber);
      // the figure before the word, only when the outcomes schema would take it as a number
      const before = /^\s*(-?\d[\d\s.,]*?)\s*\p{L}[\p{L}.]*\s*$/u.exec(written)?.[1];
      const number = before !== undefined && parseLocaleNumber(before) !== undefined ? before : undefined;
      const key = path[path.length - 1];
      out.push(
        new InputError("schema.notANumber", { path: at, value: written }, where, number && typeof key === "string" ? { messageId: "hint.numberAlone", data: { key, number } } : undefined),
      );
    } else if (issue.code === "invalid_union") {
      out.push(new InputError("schema.wrongType", { path: at, expected: "number", got: describe(valueAt(doc.value, path)) }, where));
    } else {
      out.push(new InputError("schema.invalid", { path: at, detail: issue.message }, where));
    }
  }
  return out;
}

/**
 * `{actual: 19, comment: Bra, men sent}`: the words after the comma became a key of their own, with
 * no value. Said as such, so the person quotes the comment instead of hunting for a key they never wrote.
 */
function afterFlowComma(doc: YamlValue, path: Path, at: { line: number; column: number }): boolean {
  if (valueAt(doc.value, path) !== null) return false;
  const before = doc.lineText?.(at.line)?.slice(0, at.column - 1) ?? "";
  return /\{[^}]*,\s*$/.test(before);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "map";
  return `${typeof value} ${JSON.stringify(value)}`;
}
