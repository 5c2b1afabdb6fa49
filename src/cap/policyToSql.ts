import { DAY_MS } from '../core/internal/civil.js';
import { fail } from '../core/internal/fail.js';
import { readFields, type NotObject } from '../core/internal/fields.js';
import { pyongyangOffsetChanges } from '../core/internal/pyongyang.js';
import { compiledBuiltIns, compilePolicy, type CompiledPolicy } from './internal/compilePolicy.js';
import { NSN_PATTERN } from './internal/rows.js';
import type { TransferPolicy } from './types.js';

/** The SQL dialects `policyToSql` writes. */
export type SqlDialect = 'duckdb' | 'postgres' | 'spark';

/** The columns of the log table the query reads. */
export type SqlLogColumn = 'line' | 'at' | 'sender' | 'recipient' | 'amount';

/**
 * What `policyToSql` takes: the dialect, the log table (a name, or its parts such as
 * `['warehouse', 'transfers']`), other names for its columns, the kind of ids, how instants are
 * stored and, optionally, one policy for every row (else each row is judged by the built-in
 * policy in force on its day).
 *
 * @example
 * ```ts
 * const sql = policyToSql({ dialect: 'spark', table: ['wh', 'log'], columns: { at: 'ts' } });
 * [sql.includes('FROM `wh`.`log`'), sql.includes('unix_millis(`ts`)')];
 * //=> [true, true]
 * ```
 */
export interface PolicyToSqlOptions {
  readonly dialect: SqlDialect;
  readonly table: string | readonly string[];
  readonly columns?: Readonly<Partial<Record<SqlLogColumn, string>>> | undefined;
  readonly ids?: SqlIds | undefined;
  readonly instants?: SqlInstants | undefined;
  readonly policy?: TransferPolicy | undefined;
}

/**
 * How the log table holds ids: `phone` (text in the usual spellings, read by the query),
 * `opaque` (text compared exactly, `''` invalid) or `integer` (ids already read, such as a phone
 * number's national digits as a BIGINT: compared as numbers, a NULL sender invalid, a NULL
 * recipient absent).
 *
 * @example
 * ```ts
 * policyToSql({ dialect: 'duckdb', table: 't', ids: 'integer' }).includes('"sender" AS sender_id');
 * //=> true
 * ```
 */
export type SqlIds = 'phone' | 'opaque' | 'integer';

/**
 * How the log table holds instants: `timestamp` (a timestamp with time zone, the default) or
 * `epoch-ms` (whole milliseconds since 1970-01-01T00:00Z as an integer, read as they are).
 *
 * @example
 * ```ts
 * policyToSql({ dialect: 'duckdb', table: 't', instants: 'epoch-ms' }).includes('"at" AS ms');
 * //=> true
 * ```
 */
export type SqlInstants = 'timestamp' | 'epoch-ms';

const DIALECTS: readonly SqlDialect[] = ['duckdb', 'postgres', 'spark'];
const IDS: readonly SqlIds[] = ['phone', 'opaque', 'integer'];
const INSTANTS: readonly SqlInstants[] = ['timestamp', 'epoch-ms'];
const COLUMNS: readonly SqlLogColumn[] = ['line', 'at', 'sender', 'recipient', 'amount'];
const NOT_AN_OBJECT: NotObject = {
  code: 'invalid_input',
  message: 'options must be an object with dialect and table',
};
/** Longer names are refused: every engine's limit is at least this (PostgreSQL's is 63 bytes). */
const MAX_NAME = 63;
const MINUTE_MS = 60_000;
const LIMIT_MS = 8.64e15;

interface Dialect {
  /** A quoted identifier: the quote character doubled inside. */
  readonly quote: (name: string) => string;
  /** A string literal. */
  readonly text: (value: string) => string;
  /** Epoch milliseconds of a timestamp column. */
  readonly epochMs: (column: string) => string;
  /** Integer division of a multiple of `b`. */
  readonly exactDiv: (a: string, b: number) => string;
  readonly fullMatch: (value: string, pattern: string) => string;
  /** The date `days` after 1970-01-01. */
  readonly dateOf: (days: string) => string;
}

// Each engine's own spelling of the few things that differ; everything else is standard SQL
// (CASE, CONCAT_WS, EXTRACT, window functions with ROWS and RANGE frames).
const SQL: Readonly<Record<SqlDialect, Dialect>> = {
  duckdb: {
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    text: (value) => `'${value.replaceAll("'", "''")}'`,
    epochMs: (column) => `epoch_ms(${column})`,
    exactDiv: (a, b) => `(${a}) // ${String(b)}`,
    fullMatch: (value, pattern) => `regexp_full_match(${value}, '${pattern}')`,
    dateOf: (days) => `(DATE '1970-01-01' + CAST(${days} AS INTEGER))`,
  },
  postgres: {
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    text: (value) => `'${value.replaceAll("'", "''")}'`,
    epochMs: (column) => `CAST(FLOOR(EXTRACT(EPOCH FROM ${column}) * 1000) AS BIGINT)`,
    exactDiv: (a, b) => `(${a}) / ${String(b)}`,
    fullMatch: (value, pattern) => `(${value} ~ '^${pattern}$')`,
    dateOf: (days) => `(DATE '1970-01-01' + CAST(${days} AS INTEGER))`,
  },
  spark: {
    quote: (name) => `\`${name.replaceAll('`', '``')}\``,
    // Spark reads a backslash in a literal as an escape, so it is escaped too.
    text: (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
    epochMs: (column) => `unix_millis(${column})`,
    exactDiv: (a, b) => `(${a}) div ${String(b)}`,
    fullMatch: (value, pattern) => `(${value} RLIKE '^${pattern}$')`,
    dateOf: (days) => `date_add(DATE '1970-01-01', CAST(${days} AS INT))`,
  },
};

/** Whether a text holds a control character (U+0000 to U+001F, U+007F). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 32 || code === 127) return true;
  }
  return false;
}

/** A table or column name: non-empty, at most 63 characters, no control character. */
function checkName(value: unknown, path: readonly (string | number)[]): string {
  if (typeof value === 'string' && value !== '' && value.length <= MAX_NAME && !hasControl(value)) {
    return value;
  }
  return fail(
    'invalid_input',
    path,
    `${path.join('.')} must be a name of 1 to ${String(MAX_NAME)} characters without control characters`,
  );
}

function readTable(value: unknown): string[] {
  if (typeof value === 'string') return [checkName(value, ['options', 'table'])];
  if (Array.isArray(value) && value.length > 0 && value.length <= 3) {
    const parts: unknown[] = value;
    return parts.map((part, i) => checkName(part, ['options', 'table', i]));
  }
  return fail(
    'invalid_input',
    ['options', 'table'],
    'options.table must be a table name, or its parts (such as ["warehouse", "transfers"])',
  );
}

function readColumns(value: unknown): Record<SqlLogColumn, string> {
  const names: Record<SqlLogColumn, string> = {
    line: 'line',
    at: 'at',
    sender: 'sender',
    recipient: 'recipient',
    amount: 'amount',
  };
  if (value === undefined) return names;
  const fields = readFields(value, COLUMNS, ['options', 'columns'], {
    code: 'invalid_input',
    message: 'options.columns must be an object naming columns',
  });
  for (const column of COLUMNS) {
    const name = fields[column];
    if (name !== undefined) names[column] = checkName(name, ['options', 'columns', column]);
  }
  return names;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): T {
  const found = allowed.find((a) => a === value);
  if (found !== undefined) return found;
  return fail(
    'invalid_input',
    ['options', name],
    `options.${name} must be one of ${allowed.join(', ')}`,
  );
}

/** `CASE WHEN cond THEN value … ELSE last END` from a list, or the only value. */
function cases(pairs: readonly (readonly [string, string])[], last: string): string {
  if (pairs.length === 0) return last;
  return `CASE ${pairs.map(([when, then]) => `WHEN ${when} THEN ${then}`).join(' ')} ELSE ${last} END`;
}

/** The Pyongyang offset in ms at `ms`, from the library's own reading of the zone's tz data. */
function offsetExpression(ms: string): string {
  const { first, changes } = pyongyangOffsetChanges();
  const bounds = [first, ...changes.map((c) => c.offset)];
  const pairs = changes.map(
    (c, i) => [`${ms} < ${String(c.at)}`, String((bounds[i] ?? first) * MINUTE_MS)] as const,
  );
  return cases(pairs, String((bounds[bounds.length - 1] ?? first) * MINUTE_MS));
}

/** A parameter of the policy in force on `day`: the newest built-in whose day has come, or the fixed one. */
function byPolicy(
  policies: readonly CompiledPolicy[],
  value: (p: CompiledPolicy) => string,
): string {
  const [oldest, ...newer] = policies;
  if (oldest === undefined) throw new TypeError('no policy to judge by');
  const pairs = newer.map((p) => [`day >= ${String(p.effectiveDay)}`, value(p)] as const).reverse();
  return cases(pairs, value(oldest));
}

/**
 * The text of one SQL query that judges every row of a transfer log in a table, as
 * `auditTransfers` judges it, for DuckDB, PostgreSQL or Spark SQL. The table has a unique `line`
 * (the log's order), `at` (a timestamp with time zone: an instant), `sender`, `recipient` (NULL
 * when absent) and `amount` (whole won); `columns` renames them. The query counts, per sender,
 * every earlier valid row (by instant, then line; allowed or not) of the Pyongyang day (or of
 * the policy's rolling window) and, under a monthly rule, per sender and recipient of the
 * Pyongyang month, so no input order is needed. It yields one row per log row, ordered by line:
 * `line`, `verdict` (`clean`, `violating` or `invalid`), `codes` (comma-separated: the violation
 * codes in the library's order, or the invalid row's codes), `pyongyang_day` (a DATE), `policy_id`
 * and `before_policy_report`. The Pyongyang day is computed from the zone's offsets as the library
 * reads them, written into the query, so no engine time-zone database is used.
 *
 * With `ids: 'phone'` (the default) a sender or recipient is its national significant number,
 * read from the spellings `0191…`, `+850191…` and `191…`; a number in another spelling (spaces,
 * dashes) is an invalid row (`invalid_phone_number`), so normalise such a table first. With
 * `ids: 'opaque'` ids are compared as exact strings. An invalid row (NULL or out-of-range `at`,
 * an amount that is not a whole number from 1, a bad id) counts toward no limit and carries the
 * codes the library gives it, in its order.
 *
 * Every name is checked (1 to 63 characters, no control character) and quoted for the dialect;
 * no value of the caller is written into the text unquoted.
 *
 * @param options - `{ dialect, table, columns?, ids?, instants?, policy? }` (see {@link PolicyToSqlOptions})
 * @returns the query text
 * @throws KpmmError `invalid_input` for bad options, `invalid_policy` for a bad policy
 * @example
 * ```ts
 * const sql = policyToSql({ dialect: 'postgres', table: 'transfers', policy: DAILY_CAP_2020 });
 * sql.includes('PARTITION BY sender_id, day ORDER BY ms, line');
 * //=> true
 * ```
 */
export function policyToSql(options: PolicyToSqlOptions): string {
  const fields = readFields(
    options,
    ['dialect', 'table', 'columns', 'ids', 'instants', 'policy'],
    ['options'],
    NOT_AN_OBJECT,
  );
  const sql = SQL[oneOf(fields['dialect'], DIALECTS, 'dialect')];
  const table = readTable(fields['table'])
    .map((part) => sql.quote(part))
    .join('.');
  const names = readColumns(fields['columns']);
  const ids = fields['ids'] === undefined ? 'phone' : oneOf(fields['ids'], IDS, 'ids');
  const epochMs =
    fields['instants'] !== undefined &&
    oneOf(fields['instants'], INSTANTS, 'instants') === 'epoch-ms';
  const fixed = fields['policy'] === undefined ? null : compilePolicy(fields['policy'], ['policy']);
  const policies: readonly CompiledPolicy[] = fixed === null ? compiledBuiltIns() : [fixed];
  const rollingMs = fixed?.rollingMs ?? null;
  const monthly = policies.some((p) => p.monthlyMax !== null);
  const col = (name: SqlLogColumn) => sql.quote(names[name]);

  const idOf = (value: string): string => {
    if (ids === 'integer') return value;
    if (ids === 'opaque') return `CASE WHEN ${value} <> '' THEN ${value} END`;
    return `CASE WHEN ${sql.fullMatch(value, `(0|[+]850)?${NSN_PATTERN}`)} THEN RIGHT(${value}, 10) END`;
  };
  const badId = ids === 'phone' ? "'invalid_phone_number'" : "'invalid_input'";
  const param = (value: (p: CompiledPolicy) => string) => byPolicy(policies, value);
  const num = (n: number | null) => (n === null ? 'NULL' : String(n));
  // A day of 24 hours: floor((ms + offset) / day), written with exact division for every sign.
  const day = String(DAY_MS);
  const dayOf = sql.exactDiv(`local_ms - ((local_ms % ${day}) + ${day}) % ${day}`, DAY_MS);

  // The daily count and total: the earlier rows of the sender's day, or of the rolling window
  // (every row of the last rollingMs, less the rows at the same instant that come later).
  const daily =
    rollingMs === null
      ? [
          `ROW_NUMBER() OVER (PARTITION BY sender_id, day ORDER BY ms, line) - 1 AS earlier_count`,
          `COALESCE(SUM(amount) OVER (PARTITION BY sender_id, day ORDER BY ms, line ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS earlier_total`,
        ]
      : [
          `COUNT(*) OVER (PARTITION BY sender_id ORDER BY ms RANGE BETWEEN ${String(rollingMs - 1)} PRECEDING AND CURRENT ROW) - COUNT(*) OVER (PARTITION BY sender_id, ms ORDER BY line ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS earlier_count`,
          `SUM(amount) OVER (PARTITION BY sender_id ORDER BY ms RANGE BETWEEN ${String(rollingMs - 1)} PRECEDING AND CURRENT ROW) - SUM(amount) OVER (PARTITION BY sender_id, ms ORDER BY line ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS earlier_total`,
        ];
  // The earlier rows to the same recipient in the Pyongyang month; from the month a monthly rule
  // starts, the earlier days of that month count too, as in the streaming audit.
  const toRecipient = monthly
    ? `CASE WHEN recipient_id IS NOT NULL THEN ROW_NUMBER() OVER (PARTITION BY sender_id, recipient_id, month ORDER BY ms, line) - 1 END`
    : 'NULL';
  const monthlyCode = monthly
    ? `CASE WHEN monthly_max IS NULL THEN NULL WHEN recipient_id IS NULL THEN 'missing_recipient' WHEN to_recipient + 1 > monthly_max THEN 'recipient_monthly_exhausted' END`
    : 'NULL';
  const invalidCodes = [
    `CASE WHEN ms IS NULL OR ms < -${String(LIMIT_MS)} OR ms > ${String(LIMIT_MS)} THEN 'invalid_instant' END`,
    `CASE WHEN amount IS NULL OR amount < 1 OR amount > ${String(Number.MAX_SAFE_INTEGER)} OR amount <> FLOOR(amount) THEN 'invalid_amount' END`,
    `CASE WHEN sender_id IS NULL THEN ${badId} END`,
    `CASE WHEN recipient IS NOT NULL AND recipient_id IS NULL THEN ${badId} END`,
  ];

  // The windows sort the rows with only their own columns; the policy's parameters are added
  // after them, so the engine moves less through each sort.
  return `WITH src AS (
  SELECT ${col('line')} AS line, ${epochMs ? col('at') : sql.epochMs(col('at'))} AS ms, ${col('amount')} AS amount,
    ${col('recipient')} AS recipient, ${idOf(col('sender'))} AS sender_id,
    ${idOf(col('recipient'))} AS recipient_id
  FROM ${table}
),
checked AS (
  SELECT src.*, NULLIF(CONCAT_WS(',', ${invalidCodes.join(', ')}), '') AS invalid_codes
  FROM src
),
localised AS (
  SELECT line, ms, amount, sender_id, recipient_id, ms + ${offsetExpression('ms')} AS local_ms
  FROM checked WHERE invalid_codes IS NULL
),
dated AS (
  SELECT line, ms, amount, sender_id, recipient_id, ${dayOf} AS day
  FROM localised
),
counted AS (
  SELECT dated.*, EXTRACT(YEAR FROM ${sql.dateOf('day')}) * 12 + EXTRACT(MONTH FROM ${sql.dateOf('day')}) AS month
  FROM dated
),
judged AS (
  SELECT counted.*, ${daily.join(',\n    ')},
    ${toRecipient} AS to_recipient
  FROM counted
),
policed AS (
  SELECT judged.*, ${sql.dateOf('day')} AS pyongyang_day,
    ${param((p) => sql.text(p.id))} AS policy_id,
    ${param((p) => num(p.effectiveDay))} AS effective_day,
    ${param((p) => num(p.maxTransfers))} AS max_transfers,
    ${param((p) => num(p.maxAmountWon))} AS max_amount_won,
    ${param((p) => num(p.monthlyMax))} AS monthly_max
  FROM judged
),
verdicts AS (
  SELECT line, pyongyang_day, policy_id, day < effective_day AS before_policy_report,
    NULLIF(CONCAT_WS(',',
      CASE WHEN earlier_count + 1 > max_transfers THEN 'daily_count_exhausted' END,
      CASE WHEN earlier_total + amount > max_amount_won THEN 'daily_amount_exceeded' END,
      ${monthlyCode}), '') AS codes
  FROM policed
)
SELECT line, CASE WHEN codes IS NULL THEN 'clean' ELSE 'violating' END AS verdict, codes,
  pyongyang_day, policy_id, before_policy_report
FROM verdicts
UNION ALL
SELECT line, 'invalid' AS verdict, invalid_codes AS codes, NULL AS pyongyang_day,
  NULL AS policy_id, NULL AS before_policy_report
FROM checked WHERE invalid_codes IS NOT NULL
ORDER BY line
`;
}
