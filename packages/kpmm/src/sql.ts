import { policyToSql, type SqlLogColumn } from 'kp-mobile-money';
import { oneOf, parseCommandArgs } from './args.js';
import { POLICY_BY_ID, POLICY_IDS, readColumnPairs } from './audit.js';
import { EXIT, UsageError, write, writeJson, type CliIo } from './io.js';

const DIALECTS = ['duckdb', 'postgres', 'spark'] as const;
const SQL_COLUMNS: readonly SqlLogColumn[] = ['line', 'at', 'sender', 'recipient', 'amount'];

const HELP = `Usage: kpmm sql --dialect duckdb|postgres|spark [options]

Prints the audit as one SQL query, for a log too large for one process: run it in a warehouse
(Spark SQL, PostgreSQL, DuckDB; see docs/engines.md for Trino and BigQuery). It gives, for every
row of the table, the verdict kpmm audit gives: line, verdict (clean, violating or invalid),
codes, pyongyang_day, policy_id, before_policy_report, ordered by line.

The table: line (a unique number, the log's order), at (a timestamp with time zone), sender,
recipient (NULL when absent) and amount (whole won). Phone numbers are read from the spellings
0191..., +850191... and 1912345678; normalise other spellings first, or use --ids opaque.

Options:
  --dialect duckdb|postgres|spark       the engine's SQL
  --table NAME                          the log's table (default transfers; parts by dots:
                                        warehouse.transfers)
  --columns at=ts,sender=from,...       other names for line, at, sender, recipient, amount
  --ids phone|opaque                    phone numbers (default) or ids compared as exact strings
  --policy DAILY_CAP_2020|LIMITS_2022   one policy for every row (default: the policy in force
                                        on each row's Pyongyang day)
`;

/** `kpmm sql`: prints policyToSql's query for a dialect, table and columns. */
export async function runSql(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('sql', argv, {
    dialect: { type: 'string' },
    table: { type: 'string' },
    columns: { type: 'string' },
    ids: { type: 'string' },
    policy: { type: 'string' },
  });
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  if (values.dialect === undefined) {
    throw new UsageError('kpmm sql: --dialect is required (duckdb, postgres or spark)');
  }
  const dialect = oneOf('sql', 'dialect', values.dialect, DIALECTS);
  const table = (values.table ?? 'transfers').split('.');
  const columns =
    values.columns === undefined ? undefined : readColumnPairs(values.columns, 'sql', SQL_COLUMNS);
  const ids =
    values.ids === undefined ? 'phone' : oneOf('sql', 'ids', values.ids, ['phone', 'opaque']);
  const policy =
    values.policy === undefined
      ? undefined
      : POLICY_BY_ID[oneOf('sql', 'policy', values.policy, POLICY_IDS)];
  const query = policyToSql({
    dialect,
    table,
    ids,
    ...(columns === undefined ? {} : { columns }),
    ...(policy === undefined ? {} : { policy }),
  });
  if (values.json === true) await writeJson(io.stdout, { dialect, sql: query });
  else await write(io.stdout, query);
  return EXIT.ok;
}
