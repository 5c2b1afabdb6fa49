import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const satisfies Options;

/** Parses a command's arguments strictly; an unknown option or a missing value is a UsageError. */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  { positionals = 0 }: { readonly positionals?: number } = {},
) {
  for (const arg of argv) {
    if (arg === '--pin' || arg.startsWith('--pin=')) {
      throw new UsageError(
        `kpmm ${command}: --pin is refused, because arguments are visible to other users and kept in shell history; set KPMM_PIN or pass the PIN on the first line of standard input`,
      );
    }
  }
  try {
    const parsed = parseArgs({
      args: [...argv],
      options: { ...COMMON, ...options },
      allowPositionals: positionals > 0,
      strict: true,
    });
    if (parsed.positionals.length > positionals) {
      throw new UsageError(
        `kpmm ${command}: unexpected argument '${parsed.positionals.at(-1) ?? ''}'`,
      );
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`kpmm ${command}: ${message.split('\n')[0] ?? message}`);
  }
}

/** Reads a required string option. */
export function required(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(`kpmm ${command}: --${name} is required`);
  return value;
}

/** Reads a whole number written in ASCII digits, or fails naming the field. */
export function wholeNumber(command: string, name: string, text: string): number {
  if (!/^(?:0|[1-9][0-9]*)$/.test(text) || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(
      `kpmm ${command}: ${name} must be a whole number in ASCII digits, not '${text}'`,
    );
  }
  return Number(text);
}

/** Reads one of a fixed list of names, or fails listing them. */
export function oneOf<const T extends string>(
  command: string,
  name: string,
  value: string,
  allowed: readonly T[],
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw new UsageError(`kpmm ${command}: --${name} must be one of ${allowed.join(', ')}`);
  }
  return found;
}
