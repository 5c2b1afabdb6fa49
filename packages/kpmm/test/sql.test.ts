import { DAILY_CAP_2020, policyToSql } from 'kp-mobile-money';
import { describe, expect, it } from 'vitest';
import { run } from './run.js';

describe('kpmm sql', () => {
  const cases = [
    {
      label: 'spark, the built-ins by date',
      args: ['--dialect', 'spark'],
      expected: policyToSql({ dialect: 'spark', table: ['transfers'] }),
    },
    {
      label: 'postgres, a qualified table, other columns, opaque ids, one policy',
      args: [
        '--dialect',
        'postgres',
        '--table',
        'wh.log',
        '--columns',
        'line=seq,at=ts,sender=from_id',
        '--ids',
        'opaque',
        '--policy',
        'DAILY_CAP_2020',
      ],
      expected: policyToSql({
        dialect: 'postgres',
        table: ['wh', 'log'],
        columns: { line: 'seq', at: 'ts', sender: 'from_id' },
        ids: 'opaque',
        policy: DAILY_CAP_2020,
      }),
    },
  ] as const;
  it.each(cases)('prints the query: $label', async ({ args, expected }) => {
    const { code, stdout, stderr } = await run(['sql', ...args]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(expected);
  });

  it('--json wraps the query', async () => {
    const { stdout } = await run(['sql', '--dialect', 'duckdb', '--json']);
    expect(JSON.parse(stdout)).toEqual({
      dialect: 'duckdb',
      sql: policyToSql({ dialect: 'duckdb', table: ['transfers'] }),
    });
  });

  it.each([
    { label: 'no dialect', args: [], message: '--dialect is required' },
    {
      label: 'an unknown dialect',
      args: ['--dialect', 'mysql'],
      message: '--dialect must be one of',
    },
    {
      label: 'an unknown column',
      args: ['--dialect', 'spark', '--columns', 'when=x'],
      message: '--columns takes pairs',
    },
    {
      label: 'an empty table part',
      args: ['--dialect', 'spark', '--table', 'wh.'],
      message: 'invalid_input (options.table.1)',
    },
    {
      label: 'an unknown policy',
      args: ['--dialect', 'spark', '--policy', 'X'],
      message: '--policy must be one of',
    },
  ])('refuses $label with exit code 2', async ({ args, message }) => {
    const { code, stdout, stderr } = await run(['sql', ...args]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });
});
