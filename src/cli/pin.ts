import { createInterface } from 'node:readline';
import type { CliIo } from './io.js';

/**
 * The PIN comes from KPMM_PIN when it is set, otherwise from the first line of standard input;
 * never from an argument, which other users and the shell history could see.
 */
export async function readPin(io: CliIo): Promise<string> {
  const fromEnv = io.env['KPMM_PIN'];
  if (fromEnv !== undefined) return fromEnv;
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}
