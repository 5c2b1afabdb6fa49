import { spawnSync } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { policyToSql } from 'kp-mobile-money';
import { describe, expect, it } from 'vitest';
import {
  POLICY_CASES,
  comparable,
  libraryVerdicts,
  logArb,
  runParameters,
  shuffled,
  type LogCase,
  type Verdict,
} from '../sqlDifferential.js';

const text = (value: string | null) =>
  value === null ? 'NULL' : `'${value.replaceAll("'", "''")}'`;

/** Runs SQL in the server of PGHOST/PGPORT with psql; the last statement's rows, as CSV fields. */
function psql(sql: string): string[][] {
  const result = spawnSync(
    'psql',
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '--csv', '-t', '-f', '-'],
    {
      input: sql,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`psql failed: ${result.stderr}`);
  const rows: unknown = parse(result.stdout);
  return Array.isArray(rows) ? rows.filter((r): r is string[] => Array.isArray(r)) : [];
}

/** Loads a log into a table (in a shuffled order) and runs the query over it. */
function postgresVerdicts(
  table: string,
  log: readonly LogCase[],
  sql: string,
  seed: number,
): Verdict[] {
  const values = shuffled(log, seed).map(
    (r) =>
      `(${String(r.line)}, ${r.ms === null ? 'NULL' : `TIMESTAMPTZ 'epoch' + ${String(r.ms)} * INTERVAL '1 millisecond'`}, ${text(r.sender)}, ${text(r.recipient)}, ${String(r.amount)})`,
  );
  const rows = psql(`DROP TABLE IF EXISTS ${table};
CREATE TABLE ${table} (line BIGINT, "at" TIMESTAMPTZ, sender TEXT, recipient TEXT, amount BIGINT);
${values.length === 0 ? '' : `INSERT INTO ${table} VALUES ${values.join(', ')};`}
${sql};`);
  const orNull = (value: string | undefined) =>
    value === undefined || value === '' ? null : value;
  return rows.map(([line, verdict, codes, day, policyId, before]) => ({
    line: Number(line),
    verdict: (verdict ?? '') as Verdict['verdict'],
    codes: orNull(codes),
    day: orNull(day),
    policyId: orNull(policyId),
    beforePolicyReport: before === 't' ? true : before === 'f' ? false : null,
  }));
}

describe('policyToSql in PostgreSQL', () => {
  const params = runParameters();
  const numRuns = Math.max(10, Math.ceil(params.numRuns / 4));
  let tables = 0;
  for (const ids of ['phone', 'opaque'] as const) {
    for (const policy of POLICY_CASES) {
      tables += 1;
      const table = `log_${String(tables)}`;
      it(`gives auditTransfers's verdict row for row (ids ${ids}, ${policy?.id ?? 'dated built-ins'})`, () => {
        const sql = policyToSql({
          dialect: 'postgres',
          table,
          ids,
          ...(policy === undefined ? {} : { policy }),
        });
        fc.assert(
          fc.property(logArb(ids), fc.integer({ min: 1, max: 1_000_000 }), (log, seed) => {
            expect(comparable(postgresVerdicts(table, log, sql, seed))).toEqual(
              libraryVerdicts(log, policy, ids),
            );
          }),
          { ...params, numRuns },
        );
      });
    }
  }
});
