import { parse } from 'csv-parse';
import { UsageError } from './io.js';

/** One row of a transfer log, as read from CSV; `line` counts the header as line 1. */
export interface LogRow {
  readonly line: number;
  readonly at: string;
  readonly sender: string;
  readonly recipient?: string;
  readonly amount: number;
}

const HEADER = ['at', 'sender', 'recipient', 'amount'] as const;

/**
 * Streams a CSV transfer log with the header `at,sender,recipient,amount`. Memory is flat: one
 * record is in hand at a time. A bad record stops the stream with a UsageError naming its line.
 */
export async function* readTransferLog(
  input: NodeJS.ReadableStream,
  { source }: { readonly source: string },
): AsyncGenerator<LogRow> {
  const parser = input.pipe(
    parse({
      bom: true,
      trim: false,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
    }),
  );
  let header = true;
  try {
    for await (const record of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      const { lines: line } = record.info;
      const fields = record.record;
      if (header) {
        header = false;
        if (fields.length !== HEADER.length || fields.some((f, i) => f.trim() !== HEADER[i])) {
          throw new UsageError(
            `${source}: line ${String(line)}: the header must be ${HEADER.join(',')}`,
          );
        }
        continue;
      }
      const [at = '', sender = '', recipient = '', amountText = ''] = fields;
      if (!/^(?:0|[1-9][0-9]*)$/.test(amountText) || !Number.isSafeInteger(Number(amountText))) {
        throw new UsageError(
          `${source}: line ${String(line)}: amount must be a whole number of won, not '${amountText.slice(0, 40)}'`,
        );
      }
      if (sender === '') throw new UsageError(`${source}: line ${String(line)}: sender is empty`);
      yield {
        line,
        at,
        sender,
        ...(recipient === '' ? {} : { recipient }),
        amount: Number(amountText),
      };
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`${source}: ${message.split('\n')[0] ?? message}`);
  }
  if (header)
    throw new UsageError(`${source}: the file is empty; the header must be ${HEADER.join(',')}`);
}
