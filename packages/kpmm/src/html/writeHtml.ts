import { writeFile } from 'node:fs/promises';
import { UsageError, write, type CliIo } from '../io.js';
import { echo } from '../text.js';

/**
 * Reads the value of `--html`: a file name, or `-` for standard output where the command allows
 * it. Checked before any work, so a bad value costs nothing.
 *
 * @param command - the command, for the message
 * @param value - the option's value
 * @param stdout - whether `-` (standard output) is allowed
 * @returns the value
 */
export function htmlTarget(
  command: string,
  value: string,
  { stdout }: { stdout: boolean },
): string {
  if (value === '') throw new UsageError(`kpmm ${command}: --html takes a file name`);
  if (value === '-' && !stdout) {
    throw new UsageError(
      `kpmm ${command}: --html - is refused, because the audit's own output is on standard output; give a file name`,
    );
  }
  return value;
}

/**
 * Writes a page to its file, or to standard output for `-`.
 *
 * @param command - the command, for the message
 * @param target - a file name or `-`
 * @param html - the page
 * @param io - the streams
 */
export async function writeHtml(
  command: string,
  target: string,
  html: string,
  io: CliIo,
): Promise<void> {
  if (target === '-') {
    await write(io.stdout, html);
    return;
  }
  try {
    await writeFile(target, html);
  } catch {
    throw new UsageError(`kpmm ${command}: cannot write '${echo(target, 200)}'`);
  }
}
