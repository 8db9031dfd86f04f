/**
 * A one-line progress display on standard error for long runs: "plan: bedömer
 * 10 000 aktiviteter …", redrawn in place and cleared at the end. Shown only
 * on a terminal, never in pipes, CI logs or with --quiet, and only once the
 * run has taken longer than `delayMs` (short runs print nothing of it).
 */
export interface Progress {
  /** a new stage; drawn if the run has gone on long enough */
  stage(text: string): void;
  /** remove the line (before other output, and at the end) */
  clear(): void;
}

export interface ProgressOptions {
  enabled: boolean;
  write: (s: string) => void;
  now: () => number;
  delayMs?: number;
  /** terminal width; the line is cut to fit so it never wraps */
  columns?: number;
}

export function createProgress(opts: ProgressOptions): Progress {
  const start = opts.now();
  const delay = opts.delayMs ?? 1000;
  let shown = false;
  return {
    stage(text) {
      if (!opts.enabled || opts.now() - start < delay) return;
      const width = Math.max(20, (opts.columns ?? 80) - 1);
      const line = `plan: ${text} …`;
      const cut = line.length > width ? `${line.slice(0, width - 1)}…` : line;
      opts.write(`\r${cut}\x1b[K`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      opts.write("\r\x1b[K");
      shown = false;
    },
  };
}

/** The display the person at a terminal gets: off in pipes, in CI, with --quiet or TERM=dumb. */
export function terminalProgress(quiet: boolean): Progress {
  const stream = process.stderr;
  const enabled = Boolean(stream.isTTY) && !quiet && !process.env.CI && process.env.TERM !== "dumb";
  return createProgress({ enabled, write: (s) => void stream.write(s), now: () => performance.now(), columns: stream.columns || 80 });
}
