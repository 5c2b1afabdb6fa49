import {
  createAuditor,
  isKpmmError,
  parseKpPhoneNumber,
  type AuditInvalidRow,
  type AuditRow,
  type TransferPolicy,
} from 'kp-mobile-money';
import {
  readTransferLog,
  type InvalidLogRow,
  type LogColumn,
  type LogHeader,
  type LogRow,
} from './logReader.js';
import { RowError, rowProblemOf, type RowProblem } from './rowError.js';
import { echo } from './text.js';

/** A row that broke its policy, as the outputs write it. */
export interface Violation {
  readonly line: number;
  readonly sender: string;
  readonly recipient: string | null;
  readonly amount: number;
  /** The instant as written in the log. */
  readonly at: string;
  readonly utc: string;
  /** The Pyongyang date. */
  readonly day: string;
  readonly policy: string;
  readonly codes: readonly string[];
  readonly rules: readonly string[];
  readonly beforePolicyReport: boolean;
  /** The values of the `--keep` columns, by name. */
  readonly columns: Readonly<Record<string, string>>;
}

/** Where an engine writes violations already written as text in one of the output formats. */
export interface ViolationTextSink {
  readonly format: 'json' | 'ndjson' | 'csv' | 'text';
  /** Violations one after the other, as the format writes them (each JSON one led by `,\n`). */
  readonly write: (text: string) => void;
  /**
   * Copies `count` violations an engine wrote to a file, one a line, after what is written so far
   * (a JSON one followed by `,` instead of led by `,\n`).
   */
  readonly writeFile: (path: string, count: number) => Promise<void>;
}

/** The counts of many violations at once, each list in the order its keys were first met. */
export interface ViolationCounts {
  readonly violating: number;
  readonly byCode: readonly (readonly [code: string, rule: string, n: number])[];
  readonly byPolicy: readonly (readonly [string, number])[];
  readonly byMonth: readonly (readonly [string, number])[];
  /** Senders (as the summary groups them) and their violating rows: at least the top ten. */
  readonly senders: readonly (readonly [string, number])[];
  readonly beforePolicyReport: number;
}

/** A row that could not be audited: its line, column, code, message and value (escaped, cut short). */
export interface InvalidRecord {
  readonly line: number;
  readonly code: RowProblem['code'];
  readonly field: string | null;
  readonly message: string;
  readonly value: string | null;
}

/** What an audit found, in counts: every row is clean, violating or invalid. */
export interface AuditSummary {
  readonly rows: number;
  readonly clean: number;
  readonly violating: number;
  readonly invalid: number;
  /** Findings by rule and by code (a row may break two rules). */
  readonly byRule: Readonly<Record<string, number>>;
  readonly byCode: Readonly<Record<string, number>>;
  /** Violating rows by policy and by Pyongyang month. */
  readonly byPolicy: Readonly<Record<string, number>>;
  readonly byMonth: Readonly<Record<string, number>>;
  /** The ten senders with most violating rows, most first (ties by sender). */
  readonly topSenders: readonly { readonly sender: string; readonly violations: number }[];
  /** Violating rows dated before their policy was first reported. */
  readonly beforePolicyReport: number;
  readonly invalidByCode: Readonly<Record<string, number>>;
  /** Whether the rows were sorted in memory by instant first. */
  readonly sorted: boolean;
}

export interface AuditLogOptions {
  /** How errors name the input, e.g. `kpmm audit: stdin`. */
  readonly source: string;
  /** One policy for every row, or undefined for the one in force at each row's date. */
  readonly policy?: TransferPolicy | undefined;
  readonly ids?: 'phone' | 'opaque';
  /** Stop at the first invalid row, with its error. */
  readonly strict?: boolean;
  readonly columns?: Readonly<Partial<Record<LogColumn, string>>>;
  readonly keep?: readonly string[];
  /** Sort in memory by instant, up to this many rows; undefined reads the log as sorted. */
  readonly sortLimit?: number | undefined;
  readonly onHeader?: (header: LogHeader) => void;
  readonly onViolation?: (violation: Violation) => void;
  /**
   * An engine that can write violations as text may hand them here instead of to `onViolation`,
   * or skip them when the outputs write none; the streaming audit always calls `onViolation`.
   */
  readonly violationText?: ViolationTextSink | 'none' | undefined;
  /** A row that broke no rule. */
  readonly onClean?: (row: LogRow) => void;
  readonly onInvalid?: (invalid: InvalidRecord) => void;
  /** Called after each batch of rows, with the rows and bytes read so far; awaited, so output keeps pace. */
  readonly onBatch?: (rows: number, bytes: number) => Promise<void>;
}

/** A bad row that stopped an audit (with --strict, a row out of order, a bad header), with the rows read before it. */
export class AuditStopped extends RowError {
  /**
   * @param prefix - who is speaking and about which file, e.g. `kpmm audit: stdin`
   * @param problem - the line, code, field and message
   * @param summary - the counts of the rows before it
   */
  constructor(
    prefix: string,
    problem: RowProblem,
    readonly summary: AuditSummary,
  ) {
    super(prefix, problem);
  }
}

const TOP_SENDERS = 10;
const NATIONAL = /^0\d{10}$/;
const NO_COLUMNS: Readonly<Record<string, string>> = Object.freeze({});

function add(counts: Record<string, number>, key: string, n = 1): void {
  counts[key] = (counts[key] ?? 0) + n;
}

/**
 * A number written `019` and eight digits as those eight digits: a small integer, so the summary's
 * count per sender hashes no text (a sender is counted on each violation); -1 for any other text.
 */
function nationalDigits(text: string): number {
  if (text.length !== 11 || !text.startsWith('019')) return -1;
  let n = 0;
  for (let i = 3; i < 11; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  // Eight digits with a leading 0 would not read back; no carrier's number has one.
  return n >= 10_000_000 ? n : -1;
}

/** The national form back from {@link nationalDigits}. */
function nationalOf(key: string | number): string {
  return typeof key === 'number' ? `019${String(key)}` : key;
}

/** A sender as the summary groups it: a phone number in its national form, or the id as written. */
function senderKey(opaque: boolean): (sender: string) => string | number {
  if (opaque) return (sender) => sender;
  const cache = new Map<string, string | number>();
  return (sender) => {
    // A sender the audit accepted, written 0 and ten digits, is already in its national form.
    const digits = nationalDigits(sender);
    if (digits >= 0) return digits;
    if (NATIONAL.test(sender)) return sender;
    let key = cache.get(sender);
    if (key === undefined) {
      try {
        const national = parseKpPhoneNumber(sender).national;
        const n = nationalDigits(national);
        key = n >= 0 ? n : national;
      } catch {
        key = sender;
      }
      if (cache.size >= 65_536) cache.clear();
      cache.set(sender, key);
    }
    return key;
  };
}

/** The instant of a row for sorting: NaN (sorted first) when it does not read; the audit then says why. */
function sortKey(at: string): number {
  return Date.parse(at.toUpperCase());
}

/** What the summary needs of a violation: its codes and rules, policy, day, UTC instant. */
export interface ViolationFinding {
  readonly violations: readonly { readonly code: string; readonly rule: string }[];
  readonly policyId: string;
  readonly day: string;
  readonly utc: string;
  readonly beforePolicyReport: boolean;
}

/** Options of {@link createTally}. */
export interface TallyOptions {
  readonly source: string;
  readonly strict: boolean;
  readonly opaque: boolean;
  /** Whether the rows were sorted in memory first. */
  readonly sorted: boolean;
  readonly onViolation?: ((violation: Violation) => void) | undefined;
  readonly onInvalid?: ((invalid: InvalidRecord) => void) | undefined;
}

/**
 * The counts of an audit and the records it hands to the writers, whichever engine judged the
 * rows: the streaming audit and the DuckDB engine feed the same tally, so their outputs, summary
 * and exit codes are made by the same code.
 *
 * @param options - the source (for errors), --strict, the kind of ids, the callbacks
 */
export function createTally(options: TallyOptions) {
  const { source, strict, opaque, sorted } = options;
  const keyOf = senderKey(opaque);
  let header: LogHeader | undefined;
  let rows = 0;
  let clean = 0;
  let violating = 0;
  let invalid = 0;
  let beforePolicyReport = 0;
  const byRule: Record<string, number> = {};
  const byCode: Record<string, number> = {};
  const byPolicy: Record<string, number> = {};
  const byMonth: Record<string, number> = {};
  const invalidByCode: Record<string, number> = {};
  const senders = new Map<string | number, number>();
  // Violations come day by day: the month of the last day is kept.
  let lastDay = '';
  let lastMonth = '';

  const summary = (): AuditSummary => {
    const topSenders = Array.from(senders, ([key, n]): [string, number] => [nationalOf(key), n])
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, TOP_SENDERS)
      .map(([sender, violations]) => ({ sender, violations }));
    return {
      rows,
      clean,
      violating,
      invalid,
      byRule,
      byCode,
      byPolicy,
      byMonth,
      topSenders,
      beforePolicyReport,
      invalidByCode,
      sorted,
    };
  };

  const stop = (problem: RowProblem): never => {
    throw new AuditStopped(source, problem, summary());
  };

  /** An invalid row: counted and written, or with --strict the end of the audit. */
  const refuse = (record: InvalidRecord): void => {
    if (strict) {
      // The summary counts the rows before the one that stopped the audit.
      const { line, code, field, message } = record;
      stop({ line, code, field, message });
    }
    rows += 1;
    invalid += 1;
    add(invalidByCode, record.code);
    options.onInvalid?.(record);
  };

  const count = (row: LogRow, found: ViolationFinding): void => {
    rows += 1;
    violating += 1;
    for (const { code, rule } of found.violations) {
      add(byCode, code);
      add(byRule, rule);
    }
    add(byPolicy, found.policyId);
    if (found.day !== lastDay) {
      lastDay = found.day;
      lastMonth = lastDay.slice(0, 7);
    }
    add(byMonth, lastMonth);
    if (found.beforePolicyReport) beforePolicyReport += 1;
    const key = keyOf(row.sender);
    senders.set(key, (senders.get(key) ?? 0) + 1);
  };

  /** Hands a violation to the outputs, without counting it. */
  const emit = (row: LogRow, found: ViolationFinding): void => {
    const codes: string[] = [];
    const rules: string[] = [];
    for (const { code, rule } of found.violations) {
      codes.push(code);
      rules.push(rule);
    }
    const keep = header?.keep ?? [];
    let columns: Readonly<Record<string, string>> = NO_COLUMNS;
    if (keep.length > 0) {
      const kept: Record<string, string> = {};
      for (const { name, index } of keep) kept[name] = row.fields[index] ?? '';
      columns = kept;
    }
    options.onViolation?.({
      line: row.line,
      sender: row.sender,
      recipient: row.recipient ?? null,
      amount: row.amount,
      at: row.at,
      utc: found.utc,
      day: found.day,
      policy: found.policyId,
      codes,
      rules,
      beforePolicyReport: found.beforePolicyReport,
      columns,
    });
  };

  const violation = (row: LogRow, found: ViolationFinding): void => {
    count(row, found);
    emit(row, found);
  };

  /** Counts violations counted elsewhere (by SQL), as if each had been counted here in turn. */
  const addViolations = (counts: ViolationCounts): void => {
    rows += counts.violating;
    violating += counts.violating;
    for (const [code, rule, n] of counts.byCode) {
      add(byCode, code, n);
      add(byRule, rule, n);
    }
    for (const [policy, n] of counts.byPolicy) add(byPolicy, policy, n);
    for (const [month, n] of counts.byMonth) add(byMonth, month, n);
    for (const [sender, n] of counts.senders) senders.set(sender, (senders.get(sender) ?? 0) + n);
    beforePolicyReport += counts.beforePolicyReport;
  };

  return {
    /** The rows counted so far. */
    rows: (): number => rows,
    setHeader: (read: LogHeader): void => {
      header = read;
    },
    /** Counts rows that broke nothing. */
    clean: (n = 1): void => {
      rows += n;
      clean += n;
    },
    violation,
    emit,
    addViolations,
    /** An invalid row, as the outputs write it. */
    invalid: refuse,
    /** A row the reader could not read as a transfer. */
    readerInvalid: ({ problem, value }: InvalidLogRow): void => {
      refuse({ ...problem, value });
    },
    /** A row the library refused, as a record naming its CSV column. */
    libraryInvalid: (row: LogRow, found: AuditInvalidRow<LogRow>): void => {
      refuse(invalidRecordOf(row, found));
    },
    stop,
    summary,
  };
}

/** A row the library refused, as the outputs write it: its line, code, column and value. */
export function invalidRecordOf(row: LogRow, found: AuditInvalidRow<LogRow>): InvalidRecord {
  const problem = rowProblemOf(found, 'transfers', () => row.line);
  const [issue] = found.issues;
  const field = problem?.field ?? null;
  const value =
    field === 'at'
      ? row.at
      : field === 'sender'
        ? row.sender
        : field === 'recipient'
          ? (row.recipient ?? '')
          : null;
  return {
    line: row.line,
    code: issue.code,
    field,
    message: problem?.message ?? issue.message,
    value: value === null ? null : echo(value),
  };
}

/**
 * Audits a CSV transfer log, streaming in flat memory (unless `sortLimit` asks to sort it): each
 * row is clean, violating (`onViolation`) or invalid (`onInvalid`, and the audit goes on unless
 * `strict`). Returns the summary; a bad header, a row out of order or, with `strict`, an invalid
 * row stops it with an AuditStopped.
 *
 * @param input - the CSV bytes
 * @param options - the policy, ids, columns and the callbacks
 */
export async function auditLog(
  input: AsyncIterable<Buffer | string>,
  options: AuditLogOptions,
): Promise<AuditSummary> {
  const { source, strict = false, sortLimit } = options;
  const audit = createAuditor<LogRow>({
    ...(options.policy === undefined ? {} : { policy: options.policy }),
    onInvalid: 'report',
    ids: options.ids ?? 'phone',
  });
  const tally = createTally({
    source,
    strict,
    opaque: options.ids === 'opaque',
    sorted: sortLimit !== undefined,
    onViolation: options.onViolation,
    onInvalid: options.onInvalid,
  });
  const { stop, summary } = tally;
  let bytes = 0;

  const judge = (row: LogRow): void => {
    let found: AuditRow<LogRow> | AuditInvalidRow<LogRow> | undefined;
    try {
      found = audit(row);
    } catch (error) {
      if (!isKpmmError(error)) throw error;
      const problem = rowProblemOf(error, 'transfers', () => row.line);
      const [issue] = error.issues;
      return stop(
        problem === undefined
          ? { line: row.line, code: issue.code, field: null, message: issue.message }
          : {
              line: problem.line,
              code: problem.code,
              field: problem.field,
              message: problem.message,
            },
      );
    }
    if (found === undefined) {
      tally.clean();
      options.onClean?.(row);
    } else if ('invalid' in found) tally.libraryInvalid(row, found);
    else tally.violation(row, found);
  };

  const held: LogRow[] = [];
  try {
    for await (const batch of readTransferLog(input, {
      source,
      ...(options.columns === undefined ? {} : { columns: options.columns }),
      ...(options.keep === undefined ? {} : { keep: options.keep }),
      onHeader: (read) => {
        tally.setHeader(read);
        options.onHeader?.(read);
      },
      onBytes: (read) => {
        bytes = read;
      },
    })) {
      for (const item of batch) {
        if ('invalid' in item) tally.readerInvalid(item);
        else if (sortLimit === undefined) judge(item);
        else {
          if (held.length >= sortLimit) {
            stop({
              line: item.line,
              code: 'too_many_rows',
              field: null,
              message: `the log has more than ${sortLimit.toLocaleString('en-US')} rows, the most --sort sorts in memory; sort it first (by the at column, as instants) or audit it with an SQL engine such as DuckDB, which needs no order`,
            });
          }
          held.push(item);
        }
      }
      await options.onBatch?.(tally.rows() + held.length, bytes);
    }
  } catch (error) {
    if (error instanceof RowError && !(error instanceof AuditStopped)) {
      throw new AuditStopped(source, error.problem, summary());
    }
    throw error;
  }
  if (held.length > 0) {
    const keys = held.map((row) => sortKey(row.at));
    const order = held.map((_, i) => i);
    // Stable: rows at the same instant keep the log's order.
    order.sort((a, b) => {
      const x = keys[a] ?? 0;
      const y = keys[b] ?? 0;
      if (Number.isNaN(x) || Number.isNaN(y))
        return Number.isNaN(x) ? (Number.isNaN(y) ? a - b : -1) : 1;
      return x - y || a - b;
    });
    for (const i of order) {
      const row = held[i];
      if (row !== undefined) judge(row);
    }
    held.length = 0;
    await options.onBatch?.(tally.rows(), bytes);
  }
  return summary();
}
