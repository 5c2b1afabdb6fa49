import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { policyToSql } from 'kp-mobile-money';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  POLICY_CASES,
  comparable,
  libraryVerdicts,
  logArb,
  runParameters,
  shuffled,
  type LogCase,
  type Verdict,
} from './sqlDifferential.js';

let connection: DuckDBConnection;

beforeAll(async () => {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await db.connect();
  // Timestamps are built and read in UTC; the query itself needs no zone.
  await connection.run(`SET TimeZone = 'UTC'`);
});

afterAll(() => {
  connection.closeSync();
});

const text = (value: string | null) =>
  value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;

/** Loads a log into a table (in a shuffled order) and runs the query over it. */
async function duckdbVerdicts(
  table: string,
  log: readonly LogCase[],
  sql: string,
  seed: number,
): Promise<Verdict[]> {
  await connection.run(
    `CREATE OR REPLACE TABLE ${table} (line BIGINT, "at" TIMESTAMPTZ, sender VARCHAR, recipient VARCHAR, amount BIGINT)`,
  );
  if (log.length > 0) {
    const values = shuffled(log, seed).map(
      (r) =>
        `(${String(r.line)}, ${r.ms === null ? 'NULL' : `make_timestamp(${String(r.ms)} * 1000)::TIMESTAMPTZ`}, ${text(r.sender)}, ${text(r.recipient)}, ${String(r.amount)})`,
    );
    await connection.run(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
  }
  const reader = await connection.runAndReadAll(sql);
  const textOf = (value: unknown) => (typeof value === 'string' ? value : null);
  return reader.getRowObjectsJson().map((row) => ({
    line: Number(row['line']),
    verdict: textOf(row['verdict']) as Verdict['verdict'],
    codes: textOf(row['codes']),
    day: textOf(row['pyongyang_day']),
    policyId: textOf(row['policy_id']),
    beforePolicyReport:
      row['before_policy_report'] === null ? null : row['before_policy_report'] === true,
  }));
}

describe('policyToSql in DuckDB', () => {
  const params = runParameters();
  // Each policy and kind of id gets a quarter of the runs, and its own table.
  const numRuns = Math.max(10, Math.ceil(params.numRuns / 4));
  let tables = 0;
  for (const ids of ['phone', 'opaque'] as const) {
    for (const policy of POLICY_CASES) {
      tables += 1;
      const table = `log_${String(tables)}`;
      it(
        `gives auditTransfers's verdict row for row (ids ${ids}, ${policy?.id ?? 'dated built-ins'})`,
        async () => {
          const sql = policyToSql({
            dialect: 'duckdb',
            table,
            ids,
            ...(policy === undefined ? {} : { policy }),
          });
          await fc.assert(
            fc.asyncProperty(
              logArb(ids),
              fc.integer({ min: 1, max: 1_000_000 }),
              async (log, seed) => {
                const engine = await duckdbVerdicts(table, log, sql, seed);
                expect(comparable(engine)).toEqual(libraryVerdicts(log, policy, ids));
              },
            ),
            { ...params, numRuns },
          );
          // About 25 runs a second on a busy machine: the time limit grows with the runs.
        },
        30_000 + numRuns * 200,
      );
    }
  }
});
