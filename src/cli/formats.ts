import { UsageError } from "../errors.js";

/**
 * The output formats of each command, in one place: main.ts hands them to
 * commander as the option's choices, and each command checks them again for
 * callers that do not come through commander (tests, the action's runner).
 */
export const FORMATS = {
  show: ["text", "json", "yaml"],
  report: ["md", "pdf", "html", "json", "all"],
  lint: ["stylish", "json", "sarif", "github"],
  diff: ["text", "json"],
  convert: ["yaml", "md"],
  status: ["text", "md", "json"],
  rollup: ["md", "pdf", "json"],
} as const;

export type FormatOf<C extends keyof typeof FORMATS> = (typeof FORMATS)[C][number];

/** true when `value` is one of the command's formats */
export function isFormatOf<C extends keyof typeof FORMATS>(command: C, value: unknown): value is FormatOf<C> {
  return (FORMATS[command] as readonly unknown[]).includes(value);
}

/**
 * The format asked for, or a usage error naming the ones there are (and, unless `hint` is false,
 * pointing at the command's --help).
 */
export function checkFormat<C extends keyof typeof FORMATS>(command: C, value: unknown, hint = true): FormatOf<C> {
  if (isFormatOf(command, value)) return value;
  throw new UsageError(
    "usage.badFormat",
    { value: String(value ?? ""), allowed: FORMATS[command].join(" | ") },
    undefined,
    hint ? { messageId: "usage.hintHelp", data: { command } } : undefined,
  );
}
