import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  policyToSql,
  type PolicyToSqlOptions,
} from '../../src/cap/index.js';
import { expectKpmmError } from '../helpers.js';

const golden = (name: string) =>
  readFileSync(new URL(`golden/${name}.sql`, import.meta.url), 'utf8');

// The whole query text for each dialect, compared exactly: a change to the SQL shows in review.
const goldens = [
  { name: 'duckdb-builtins', options: { dialect: 'duckdb', table: 'transfers' } },
  { name: 'postgres-builtins', options: { dialect: 'postgres', table: 'transfers' } },
  { name: 'spark-builtins', options: { dialect: 'spark', table: ['warehouse', 'transfers'] } },
  {
    name: 'spark-rolling-opaque',
    options: {
      dialect: 'spark',
      table: 'log',
      ids: 'opaque',
      columns: { at: 'ts', sender: 'from_id', recipient: 'to_id', line: 'seq' },
      policy: { ...DAILY_CAP_2020, id: 'ROLLING_24H', window: { rollingHours: 24 } },
    },
  },
  {
    name: 'duckdb-integer-epoch-ms',
    options: { dialect: 'duckdb', table: 'transfers', ids: 'integer', instants: 'epoch-ms' },
  },
] as const satisfies readonly { name: string; options: PolicyToSqlOptions }[];

describe('policyToSql', () => {
  it.each(goldens)('writes the golden query $name', ({ name, options }) => {
    expect(policyToSql(options)).toBe(golden(name));
  });

  it('writes the zone offsets read from the tz data: UTC+8:30 from 2015-08-14T15:00Z to 2018-05-04T15:00Z', () => {
    const sql = policyToSql({ dialect: 'duckdb', table: 't' });
    const start = Date.parse('2015-08-14T15:00:00Z');
    const end = Date.parse('2018-05-04T15:00:00Z');
    expect(sql).toContain(
      `WHEN ms < ${String(start)} THEN 32400000 WHEN ms < ${String(end)} THEN 30600000 ELSE 32400000 END`,
    );
  });

  it('dates the built-ins by their effective day and judges the 2022 monthly rule', () => {
    const sql = policyToSql({ dialect: 'postgres', table: 't' });
    // 2022-08-10 is day 19214 since 1970-01-01.
    expect(sql).toContain(
      `CASE WHEN day >= 19214 THEN 'LIMITS_2022' ELSE 'DAILY_CAP_2020' END AS policy_id`,
    );
    expect(sql).toContain('PARTITION BY sender_id, recipient_id, month');
  });

  it('leaves the monthly window out when no policy has the monthly rule', () => {
    const sql = policyToSql({ dialect: 'duckdb', table: 't', policy: DAILY_CAP_2020 });
    expect(sql).not.toContain('PARTITION BY sender_id, recipient_id');
    expect(policyToSql({ dialect: 'duckdb', table: 't', policy: LIMITS_2022 })).toContain(
      'PARTITION BY sender_id, recipient_id, month',
    );
  });

  const hostile = `t"; DROP TABLE x; --`;
  const quoted = [
    { dialect: 'duckdb', table: `"t""; DROP TABLE x; --"` },
    { dialect: 'postgres', table: `"t""; DROP TABLE x; --"` },
    { dialect: 'spark', table: '`t"; DROP TABLE x; --`' },
  ] as const;
  it.each(quoted)('quotes a hostile table name for $dialect', ({ dialect, table }) => {
    const sql = policyToSql({ dialect, table: hostile });
    expect(sql).toContain(`FROM ${table}\n`);
    // The name appears once, inside its quotes.
    expect(sql.split('DROP TABLE').length).toBe(2);
  });

  it.each(quoted)('quotes hostile column names for $dialect', ({ dialect }) => {
    const sql = policyToSql({ dialect, table: 't', columns: { sender: 'a`b"c', at: "x'y" } });
    const q = dialect === 'spark' ? '`a``b"c`' : '"a`b""c"';
    expect(sql).toContain(q);
    expect(sql).toContain(dialect === 'spark' ? "`x'y`" : `"x'y"`);
  });

  it('writes a hostile policy id as a string literal', () => {
    const policy = { ...DAILY_CAP_2020, id: "X'); DROP TABLE x; --\\" };
    expect(policyToSql({ dialect: 'postgres', table: 't', policy })).toContain(
      `'X''); DROP TABLE x; --\\'`,
    );
    expect(policyToSql({ dialect: 'spark', table: 't', policy })).toContain(
      `'X\\'); DROP TABLE x; --\\\\'`,
    );
  });

  const bad = [
    { label: 'no options', options: undefined, code: 'invalid_input', path: ['options'] },
    {
      label: 'no dialect',
      options: { table: 't' },
      code: 'invalid_input',
      path: ['options', 'dialect'],
    },
    {
      label: 'unknown dialect',
      options: { dialect: 'mysql', table: 't' },
      code: 'invalid_input',
      path: ['options', 'dialect'],
    },
    {
      label: 'no table',
      options: { dialect: 'spark' },
      code: 'invalid_input',
      path: ['options', 'table'],
    },
    {
      label: 'empty table',
      options: { dialect: 'spark', table: '' },
      code: 'invalid_input',
      path: ['options', 'table'],
    },
    {
      label: 'table with a NUL',
      options: { dialect: 'spark', table: 'a\u0000' },
      code: 'invalid_input',
      path: ['options', 'table'],
    },
    {
      label: 'table with a line break',
      options: { dialect: 'duckdb', table: 'a\nb' },
      code: 'invalid_input',
      path: ['options', 'table'],
    },
    {
      label: 'table of 64 characters',
      options: { dialect: 'duckdb', table: 'a'.repeat(64) },
      code: 'invalid_input',
      path: ['options', 'table'],
    },
    {
      label: 'empty table part',
      options: { dialect: 'duckdb', table: ['w', ''] },
      code: 'invalid_input',
      path: ['options', 'table', 1],
    },
    {
      label: 'four table parts',
      options: { dialect: 'duckdb', table: ['a', 'b', 'c', 'd'] },
      code: 'invalid_input',
      path: ['options', 'table'],
    },
    {
      label: 'unknown column',
      options: { dialect: 'duckdb', table: 't', columns: { when: 'x' } },
      code: 'invalid_input',
      path: ['options', 'columns', 'when'],
    },
    {
      label: 'column not a string',
      options: { dialect: 'duckdb', table: 't', columns: { at: 1 } },
      code: 'invalid_input',
      path: ['options', 'columns', 'at'],
    },
    {
      label: 'unknown ids',
      options: { dialect: 'duckdb', table: 't', ids: 'email' },
      code: 'invalid_input',
      path: ['options', 'ids'],
    },
    {
      label: 'unknown instants',
      options: { dialect: 'duckdb', table: 't', instants: 'seconds' },
      code: 'invalid_input',
      path: ['options', 'instants'],
    },
    {
      label: 'unknown option',
      options: { dialect: 'duckdb', table: 't', sql: 'x' },
      code: 'invalid_input',
      path: ['options', 'sql'],
    },
    {
      label: 'bad policy',
      options: { dialect: 'duckdb', table: 't', policy: { id: 'X' } },
      code: 'invalid_policy',
      path: ['policy', 'label'],
    },
  ] as const;
  it.each(bad)('refuses $label with $code', ({ options, code, path }) => {
    // @ts-expect-error -- bad input on purpose
    expectKpmmError(() => policyToSql(options), code, path);
  });
});
