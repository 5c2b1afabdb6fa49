import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

type Options = NonNullable<ParseArgsConfig['options']>;

const COMMON = {
  help: { type: 'boolean', short: 'h' },
  json: { type: 'boolean' },
} as const satisfies Options;

const grouped = new Intl.NumberFormat('en-US', { useGrouping: true });

/** An option's name that is safe to repeat in a message: letters and hyphens, never digits. */
const SAFE_OPTION = /^--?[a-z][a-z-]*$/;

/**
 * Names an argument in a message without its text: arguments are never echoed, since one
 * typed by mistake could be a PIN. An option name made of letters only is safe to repeat.
 */
function describeArgument(arg: string, position: number): string {
  const name = arg.split('=')[0] ?? '';
  return SAFE_OPTION.test(name) ? `'${name}'` : `argument ${String(position)}`;
}

/** Options that would put a secret in an argument, refused before anything else is read. */
const SECRET_OPTIONS = [
  {
    name: '--pin',
    instead: 'type the PIN at the prompt, or use --pin-file FILE or standard input',
  },
  { name: '--key', instead: 'type the key at the prompt, or use --key-file FILE' },
] as const;

/** The position a user sees: the command's name is argument 1, so its first argument is 2. */
const positionOf = (index: number): number => index + 2;

/**
 * Reads a command's arguments strictly. Unknown options and unexpected arguments are a
 * UsageError naming them by position (or by a name made of letters only), never by their text.
 * A value that starts with a minus sign is read as a value (`--amount -300`, `cost -5`), so
 * that the command can say what is wrong with it.
 */
export function parseCommandArgs<const O extends Options>(
  command: string,
  argv: readonly string[],
  options: O,
  { positionals = 0 }: { readonly positionals?: number } = {},
) {
  const all: Options = { ...COMMON, ...options };
  const shorts = new Map(
    Object.entries(all).flatMap(([name, o]) => (o.short === undefined ? [] : [[o.short, name]])),
  );
  const args: string[] = [];
  const negatives: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const position = positionOf(i);
    const secret = SECRET_OPTIONS.find(({ name }) => arg === name || arg.startsWith(`${name}=`));
    if (secret !== undefined) {
      throw new UsageError(
        `kpmm ${command}: ${secret.name} is refused, because arguments are visible to other users and kept in shell history; ${secret.instead}`,
      );
    }
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (/^-\d/.test(arg)) {
      negatives.push(arg);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      args.push(arg);
      continue;
    }
    const name = arg.startsWith('--')
      ? (arg.slice(2).split('=')[0] ?? '')
      : shorts.get(arg.slice(1));
    const option = name === undefined || !Object.hasOwn(all, name) ? undefined : all[name];
    if (option === undefined) {
      const named = describeArgument(arg, position);
      throw new UsageError(
        `kpmm ${command}: ${named.startsWith("'") ? `unknown option ${named}` : `${named} is an unknown option`} (see kpmm ${command} --help)`,
      );
    }
    const next = argv[i + 1];
    if (option.type === 'string' && !arg.includes('=') && next !== undefined && /^-\d/.test(next)) {
      // `--amount -300` would be refused as ambiguous: read the value, and let the check say why.
      args.push(`--${name ?? ''}=${next}`);
      i += 1;
      continue;
    }
    args.push(arg);
  }
  try {
    const parsed = parseArgs({
      args:
        negatives.length === 0
          ? args
          : [...args, ...(args.includes('--') ? [] : ['--']), ...negatives],
      options: { ...COMMON, ...options },
      allowPositionals: true,
      strict: true,
    });
    if (parsed.positionals.length > positionals) {
      const extra = parsed.positionals[positionals] ?? '';
      throw new UsageError(
        `kpmm ${command}: ${describeArgument(extra, positionOf(argv.indexOf(extra)))} was not expected (arguments are never echoed)`,
      );
    }
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
    throw new UsageError(
      code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? `kpmm ${command}: an option is missing its value, or a yes/no option was given one (see kpmm ${command} --help)`
        : `kpmm ${command}: the arguments could not be read (see kpmm ${command} --help)`,
    );
  }
}

/** Reads a required string option. */
export function required(command: string, name: string, value: string | undefined): string {
  if (value === undefined || value === '')
    throw new UsageError(`kpmm ${command}: --${name} is required`);
  return value;
}

/**
 * Reads a whole number of won written in ASCII digits, at least `min`, or fails saying which
 * rule the text broke. The text itself is not repeated.
 */
export function wholeNumber(
  command: string,
  name: string,
  text: string,
  { min = 0, unit = '' }: { readonly min?: number; readonly unit?: string } = {},
): number {
  const units = unit === '' ? '' : ` ${unit}`;
  if (/^-\d/.test(text)) {
    throw new UsageError(`kpmm ${command}: ${name} must be positive: amounts are never negative`);
  }
  if (!/^\d+$/.test(text)) {
    throw new UsageError(
      `kpmm ${command}: ${name} must be a whole number${units} written in ASCII digits 0-9`,
    );
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new UsageError(
      `kpmm ${command}: ${name} must be at most ${grouped.format(Number.MAX_SAFE_INTEGER)}${units}`,
    );
  }
  if (value < min) {
    throw new UsageError(
      `kpmm ${command}: ${name} must be at least ${grouped.format(min)}${units}${min === 1 && unit === 'won' ? ': a transfer is at least 1 won' : ''}`,
    );
  }
  return value;
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
