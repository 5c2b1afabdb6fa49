/** Where a progress line goes: stderr, or anything with the same two members. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress line: `update` after each row, `clear` before anything else is written to the same
 * terminal (the next update draws it again), `finish` once at the end (or on an error).
 */
export interface Progress {
  readonly update: (rows: number) => void;
  readonly clear: () => void;
  readonly finish: () => void;
}

/** Rows between two updates of the line: often enough to see it move, rarely enough to be free. */
export const PROGRESS_EVERY_ROWS = 100_000;

const grouped = new Intl.NumberFormat('en-US', { useGrouping: true });

/**
 * A progress line for a long audit, rewritten in place with a carriage return every
 * `everyRows` rows and erased by `finish`. It writes nothing at all unless the stream is a
 * terminal, so a log file or a pipe never receives it.
 *
 * @param stream - where to write, normally stderr
 * @param options.everyRows - rows between two updates
 * @returns the `update` and `finish` callbacks
 * @example
 * ```ts
 * const progress = createProgress({ isTTY: true, write: (t) => chunks.push(t) }, { everyRows: 2 });
 * progress.update(1); progress.update(2); progress.finish();
 * chunks;
 * //=> ['\r  2 rows audited', '\r\u001b[K']
 * ```
 */
export function createProgress(
  stream: ProgressStream,
  { everyRows = PROGRESS_EVERY_ROWS }: { readonly everyRows?: number } = {},
): Progress {
  if (stream.isTTY !== true) {
    return { update: () => undefined, clear: () => undefined, finish: () => undefined };
  }
  let shown = false;
  // Erase the line, so what follows on the terminal starts clean at its first column.
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    update(rows) {
      if (rows === 0 || rows % everyRows !== 0) return;
      stream.write(`\r  ${grouped.format(rows)} rows audited`);
      shown = true;
    },
    clear,
    finish: clear,
  };
}
