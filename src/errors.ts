import type { MessageId } from "./i18n/messages.js";

export type MessageData = Record<string, string | number>;

/** A place in a file, 1-based. */
export interface Where {
  file: string;
  line?: number;
  column?: number;
}

/** An error a person can act on: wording comes from i18n, never from here. */
export class PlanError extends Error {
  constructor(
    readonly messageId: MessageId,
    readonly data: MessageData = {},
    readonly where?: Where,
    readonly hint?: { messageId: MessageId; data?: MessageData },
  ) {
    super(`${messageId} ${JSON.stringify(data)}`);
  }
}

/** The input (a file, its content) is missing, unreadable or invalid: exit 2. */
export class InputError extends PlanError {
  override readonly name = "InputError";
}

/** The command line was wrong: exit 2. */
export class UsageError extends PlanError {
  override readonly name = "UsageError";
}

/** Several positioned input errors found at once (e.g. every bad key of a YAML file). */
export class InputErrors extends Error {
  override readonly name = "InputErrors";
  constructor(readonly errors: InputError[]) {
    super(errors.map((e) => e.message).join("\n"));
  }
}

const OS_CODES = ["EACCES", "EBUSY", "EPERM", "ENOSPC", "EISDIR", "ENOTDIR", "EROFS", "ENOENT", "EMFILE", "ENFILE", "ELOOP", "EEXIST", "ENOTEMPTY", "EXDEV", "EIO", "ETXTBSY", "EDQUOT", "ENAMETOOLONG"] as const;

/**
 * An error from the operating system (a file that may not be written, a PDF
 * open in a viewer, a full disk) is the person's to fix, not a bug: it becomes
 * an InputError with a plain message and what to do. Anything else → undefined.
 */
export function fromOsError(e: unknown): InputError | undefined {
  if (!(e instanceof Error)) return undefined;
  const { path, dest, syscall } = e as NodeJS.ErrnoException & { dest?: string };
  let { code } = e as NodeJS.ErrnoException;
  // mkdir of reports/ when reports is a file
  if (code === "EEXIST" && syscall === "mkdir") code = "ENOTDIR";
  if (typeof code !== "string" || !(OS_CODES as readonly string[]).includes(code)) return undefined;
  const file = dest ?? path ?? "";
  const known = ["EACCES", "EBUSY", "EPERM", "ENOSPC", "EISDIR", "ENOTDIR", "EROFS", "ENOENT", "EMFILE", "ELOOP"];
  const key = code === "ENFILE" ? "EMFILE" : code === "EDQUOT" ? "ENOSPC" : code === "ETXTBSY" ? "EBUSY" : code;
  const id = known.includes(key) ? key : "other";
  return new InputError(`os.${id}` as MessageId, { path: file, code }, undefined, { messageId: `hint.os.${id}` as MessageId });
}
