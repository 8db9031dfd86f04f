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
