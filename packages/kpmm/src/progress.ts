/** Where a progress line goes: stderr, or anything with the same two members. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/**
 * A progress line: `update` with the rows read (and the bytes, for a file of known size), `clear`
 * before anything else is written to the same terminal (the next update draws it again),
 * `finish` once at the end (or on an error).
 */
export interface Progress {
  readonly update: (rows: number, bytes?: number) => void;
  readonly clear: () => void;
  readonly finish: () => void;
}

/** Rows between two updates of the line: often enough to see it move, rarely enough to be free. */
export const PROGRESS_EVERY_ROWS = 100_000;

const grouped = new Intl.NumberFormat('en-US', { useGrouping: true, maximumFractionDigits: 0 });

export interface ProgressOptions {
  /** Rows between two updates. */
  readonly everyRows?: number;
  /** The input's size in bytes, when it is a file: the line then says the share read. */
  readonly totalBytes?: number;
  /** The clock, in milliseconds. */
  readonly now?: () => number;
}

/**
 * A progress line for a long audit: the rows read, rows a second and, for a file, the share of
 * its bytes read, rewritten in place with a carriage return at most once every `everyRows` rows
 * and erased by `finish`. It writes nothing at all unless the stream is a terminal, so a log
 * file or a pipe never receives it.
 *
 * @param stream - where to write, normally stderr
 * @param options - rows between updates, the file's size, the clock
 * @returns the `update`, `clear` and `finish` callbacks
 * @example
 * ```ts
 * let t = 0;
 * const progress = createProgress(
 *   { isTTY: true, write: (text) => chunks.push(text) },
 *   { everyRows: 2, totalBytes: 100, now: () => (t += 500) },
 * );
 * progress.update(2, 50); progress.finish();
 * chunks;
 * //=> ['\r  2 rows audited, 4 rows/s, 50% of the file', '\r\u001b[K']
 * ```
 */
export function createProgress(
  stream: ProgressStream,
  {
    everyRows = PROGRESS_EVERY_ROWS,
    totalBytes,
    now = () => performance.now(),
  }: ProgressOptions = {},
): Progress {
  if (stream.isTTY !== true) {
    return { update: () => undefined, clear: () => undefined, finish: () => undefined };
  }
  const started = now();
  let shown = false;
  let next = everyRows;
  // Erase the line, so what follows on the terminal starts clean at its first column.
  const clear = (): void => {
    if (shown) stream.write('\r\u001b[K');
    shown = false;
  };
  return {
    update(rows, bytes) {
      if (rows < next) return;
      next = (Math.floor(rows / everyRows) + 1) * everyRows;
      const seconds = (now() - started) / 1000;
      const rate = seconds > 0 ? `, ${grouped.format(rows / seconds)} rows/s` : '';
      const share =
        totalBytes !== undefined && totalBytes > 0 && bytes !== undefined
          ? `, ${String(Math.min(100, Math.floor((bytes * 100) / totalBytes)))}% of the file`
          : '';
      stream.write(`\r  ${grouped.format(rows)} rows audited${rate}${share}`);
      shown = true;
    },
    clear,
    finish: clear,
  };
}
