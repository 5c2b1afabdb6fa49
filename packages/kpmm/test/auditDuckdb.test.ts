import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.js';

const SAMPLE = join(import.meta.dirname, '..', 'data', 'synthetic-transfer-log.csv');
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'kpmm-duckdb-test-'));
let files = 0;
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a log to a file of its own and returns its path. */
function file(text: string, extension = 'csv'): string {
  files += 1;
  const path = join(dir, `log-${String(files)}.${extension}`);
  writeFileSync(path, text);
  return path;
}

const A = '0191 234 5678';
const B = '0192 345 6789';
const HEADER = 'at,sender,recipient,amount';

// A messy log (as in audit.test.ts): a BOM, CRLF, headers in another order and case, an extra
// column, bad rows of every kind, a blank line, a quoted field, no last line break.
const MESSY = [
  '\ufeffAmount,SENDER,At,Recipient,Branch',
  `300,${A},2020-06-08T10:00:00+09:00,${B},north`,
  `abc,${A},2020-06-08T11:00:00+09:00,,north`,
  `300,${A}`,
  '',
  `200,${A},2020-06-08T12:00:00,,east`,
  `200,"${A}",2020-06-08T13:00:00+09:00,,"east, upper"`,
  '100,12345,2020-06-08T14:00:00+09:00,,west',
  `0,${A},2020-06-08T15:00:00+09:00,,west`,
  `100,${A},2020-02-30T15:00:00+09:00,${B},west`,
  `100,${A},2020-06-09T07:00:00.123456+09:00,${B},west`,
  `400,${A},2020-06-09T09:00:00+09:00,,north`,
  `400,${A},2020-06-09t09:00:00.5z,,north`,
].join('\r\n');

// Under the 2022 limits: the monthly rule, missing recipients, numbers in several spellings.
const LIMITS = [
  HEADER,
  `2022-08-01T09:00:00+09:00,${A},${B},100`,
  `2022-08-10T09:00:00+09:00,+8501912345678,01923456789,100`,
  `2022-08-11T09:00:00+09:00,01912345678,${B},100`,
  `2022-08-11T09:00:00+09:00,1912345678,,100`,
  `2022-08-31T14:59:59.999Z,${A},${B},600`,
  `2022-08-31T15:00:00Z,${A},${B},500`,
  `2022-09-01T09:00:00+09:00,0195 111 2222,${A},499`,
  `2022-09-01T09:00:00+09:00,0195 111 2222,${A},1`,
].join('\n');

// Pseudonyms compared as exact strings, a quote and a comma inside a quoted id.
const OPAQUE = [
  HEADER,
  '2020-06-08T10:00:00+09:00,p1,p2,300',
  '2020-06-08T11:00:00+09:00,P1,p2,300',
  '2020-06-08T12:00:00+09:00,p1,,300',
  '2020-06-08T13:00:00+09:00,"p,1",,300',
  '2020-06-08T14:00:00+09:00,"p,1","q""r",300',
  '2020-06-08T15:00:00+09:00,,p2,300',
].join('\n');

// Rows DuckDB writes as text, mixed with rows the library reads (numbers with spaces, quoted
// fields) or whose values need escaping (a backslash, non-ASCII text), and invalid rows between.
const MIXED = [
  HEADER,
  ...Array.from({ length: 40 }, (_, i) => {
    const minute = String(i).padStart(2, '0');
    const sender = `019100000${String(i % 3).padStart(2, '0')}`;
    const odd = [
      `2022-09-01T01:${minute}:00Z,0191 000 00${String(i % 3).padStart(2, '0')},${B},300`,
      `2022-09-01T01:${minute}:00Z,"${sender}",,300`,
      `2022-09-01T01:${minute}:00Z,${sender},${B},x`,
      `2022-09-01T01:${minute}:00.25Z,${sender},,300`,
    ];
    return i % 7 === 3 ? (odd[i % 4] ?? '') : `2022-09-01T01:${minute}:00Z,${sender},${B},300`;
  }),
].join('\n');

// Opaque ids: plain ones, and ones the outputs escape; eleven senders tied on one violation,
// the last two ordered one way by UTF-16 units (the summary's order) and the other by code points.
const OPAQUE_MIXED = [
  HEADER,
  ...['a', 'b', 'a\\b', 'é', 'c', 'd', 'e', 'f', 'g', '\uff5e', '\u{1f600}'].flatMap((id, i) => [
    `2020-06-08T${String(i).padStart(2, '0')}:00:00Z,${id},r,300`,
    `2020-06-08T${String(i).padStart(2, '0')}:10:00Z,${id},r,300`,
  ]),
].join('\n');

// More invalid rows between violations than the engine copies between (1,000): all through Node.
const BROKEN = [
  HEADER,
  ...Array.from({ length: 1_100 }, (_, i) => {
    const sender = `0191${String(1_000_000 + i)}`;
    const at = (s: number) => new Date(Date.UTC(2020, 5, 8) + i * 60_000 + s * 1_000).toISOString();
    return [`${at(0)},${sender},,300`, `${at(1)},${sender},,300`, `${at(2)},${sender},,x`];
  }).flat(),
].join('\n');

const sameness = [
  { label: 'the messy log, text', text: MESSY, args: ['--all'] },
  {
    label: 'the messy log, json with a kept column',
    text: MESSY,
    args: ['--format', 'json', '--keep', 'branch'],
  },
  { label: 'the messy log, ndjson', text: MESSY, args: ['--format', 'ndjson'] },
  { label: 'the messy log, csv', text: MESSY, args: ['--format', 'csv', '--keep', 'Branch'] },
  { label: 'the messy log, --strict', text: MESSY, args: ['--strict', '--format', 'json'] },
  { label: 'the messy log, --strict text', text: MESSY, args: ['--strict'] },
  {
    label: 'the messy log under LIMITS_2022',
    text: MESSY,
    args: ['--policy', 'LIMITS_2022', '--format', 'ndjson'],
  },
  { label: 'the 2022 limits, json', text: LIMITS, args: ['--format', 'json'] },
  { label: 'the 2022 limits, --summary csv', text: LIMITS, args: ['--summary', '--format', 'csv'] },
  {
    label: 'the 2022 limits, DAILY_CAP_2020',
    text: LIMITS,
    args: ['--policy', 'DAILY_CAP_2020', '--all'],
  },
  { label: 'opaque ids, json', text: OPAQUE, args: ['--ids', 'opaque', '--format', 'json'] },
  { label: 'opaque ids read as phone numbers', text: OPAQUE, args: ['--format', 'ndjson'] },
  {
    label: '--columns',
    text: 'ts,from,to,won\n2020-06-08T10:00:00+09:00,01912345678,,300\n2020-06-08T11:00:00+09:00,01912345678,,300\n',
    args: ['--columns', 'at=ts,sender=from,recipient=to,amount=won', '--format', 'json'],
  },
  ...(['text', 'json', 'ndjson', 'csv'] as const).flatMap((format) => [
    {
      label: `rows DuckDB writes mixed with others, ${format}`,
      text: MIXED,
      args: ['--format', format, '--all'],
    },
    {
      label: `opaque ids to escape and tied senders, ${format}`,
      text: OPAQUE_MIXED,
      args: ['--format', format, '--all', '--ids', 'opaque'],
    },
  ]),
  ...(['json', 'ndjson'] as const).map((format) => ({
    label: `more invalid rows between violations than are copied between, ${format}`,
    text: BROKEN,
    args: ['--format', format],
  })),
  {
    label: 'rows DuckDB writes mixed with others, --strict',
    text: MIXED,
    args: ['--strict', '--format', 'ndjson'],
  },
  {
    label: 'rows DuckDB writes mixed with others, --summary',
    text: MIXED,
    args: ['--summary', '--format', 'json'],
  },
  { label: 'a clean log', text: `${HEADER}\n2020-06-08T10:00:00+09:00,${A},${B},300\n`, args: [] },
  { label: 'a header only', text: `${HEADER}\n`, args: ['--format', 'json'] },
  {
    label: 'no header column for at',
    text: 'when,sender,amount\nx,y,1\n',
    args: ['--format', 'json'],
  },
  { label: 'a secret column', text: `${HEADER},pin\n`, args: [] },
  { label: 'an empty file', text: '', args: ['--format', 'json'] },
  { label: 'a binary file', text: '\u0000\u0001\u0002PK', args: [] },
] as const;

describe('kpmm audit --engine duckdb: the same outputs as the streaming audit', () => {
  it.each(sameness)('$label', async ({ text, args }) => {
    const path = file(text);
    const stream = await run(['audit', path, ...args]);
    const duckdb = await run(['audit', path, ...args, '--engine', 'duckdb']);
    expect(duckdb).toEqual(stream);
  });

  it('the synthetic log, in every format', async () => {
    for (const format of ['text', 'json', 'ndjson', 'csv']) {
      const stream = await run(['audit', SAMPLE, '--format', format, '--all']);
      const duckdb = await run([
        'audit',
        SAMPLE,
        '--format',
        format,
        '--all',
        '--engine',
        'duckdb',
      ]);
      expect(duckdb).toEqual(stream);
    }
  });

  it('needs no order: a rotated log gets the verdicts of the sorted one, by line', async () => {
    const [header = '', ...rows] = readFileSync(SAMPLE, 'utf8').trim().split('\n');
    const n = rows.length;
    // The second half first, cut between two instants, so that rows at one instant keep their order.
    let k = Math.floor(n / 2);
    while (rows[k]?.split(',')[0] === rows[k - 1]?.split(',')[0]) k += 1;
    const rotated = file(`${header}\n${[...rows.slice(k), ...rows.slice(0, k)].join('\n')}\n`);
    const lineOf = (line: number) => (line - 2 >= k ? line - 2 - k : line - 2 + n - k) + 2;
    const sorted = await run(['audit', SAMPLE, '--format', 'json']);
    const moved = await run(['audit', rotated, '--format', 'json', '--engine', 'duckdb']);
    expect((await run(['audit', rotated])).stderr).toContain('unsorted_log');
    type Doc = { violations: { line: number; codes: string[] }[]; summary: object };
    const a = JSON.parse(sorted.stdout) as Doc;
    const b = JSON.parse(moved.stdout) as Doc;
    expect(a.violations.length).toBeGreaterThan(10);
    const byLine = (d: Doc, map: (line: number) => number) =>
      d.violations.map((v) => [map(v.line), v.codes]).sort((x, y) => Number(x[0]) - Number(y[0]));
    expect(byLine(a, lineOf)).toEqual(byLine(b, (line) => line));
    expect(b.summary).toEqual(a.summary);
    expect(moved.code).toBe(sorted.code);
  });

  it('reads Parquet by its extension, rows numbered as the lines of a CSV with a header', async () => {
    const csv = file(LIMITS);
    const parquet = join(dir, 'limits.parquet');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(
      `COPY (SELECT * FROM read_csv('${csv}', all_varchar = true)) TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    const stream = await run(['audit', csv, '--format', 'json']);
    const duckdb = await run(['audit', parquet, '--format', 'json', '--engine', 'duckdb']);
    expect(duckdb).toEqual(stream);
  });

  it.each([
    { args: ['-', '--engine', 'duckdb'], message: 'not standard input' },
    { args: ['x.csv', '--engine', 'duckdb', '--sort'], message: 'needs no --sort' },
    {
      args: ['x.csv', '--engine', 'duckdb', '--html', 'out.html'],
      message: 'leave out --engine duckdb',
    },
    { args: ['x.csv', '--engine', 'spark'], message: '--engine' },
  ])('refuses $args', async ({ args, message }) => {
    const { code, stderr } = await run(['audit', ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  // Every rule counts within one sender, so judging a share of the senders at a time changes
  // nothing: the synthetic log (2,688 rows) in 6 shares, the small logs in a share per 2 rows.
  it.each([
    {
      label: 'the synthetic log, json',
      text: SAMPLE_TEXT,
      args: ['--format', 'json'],
      share: '500',
    },
    { label: 'the synthetic log, text', text: SAMPLE_TEXT, args: ['--all'], share: '500' },
    { label: 'the 2022 limits', text: LIMITS, args: ['--format', 'ndjson'], share: '2' },
    { label: 'a messy log', text: MESSY, args: ['--format', 'json'], share: '2' },
    { label: 'opaque ids', text: OPAQUE_MIXED, args: ['--ids', 'opaque', '--all'], share: '2' },
    { label: '--strict', text: MIXED, args: ['--strict', '--format', 'ndjson'], share: '3' },
  ])('judged in shares of senders: $label', async ({ text, args, share }) => {
    const log = file(text);
    const stream = await run(['audit', log, ...args]);
    const env = { KPMM_DUCKDB_SHARE_ROWS: share };
    const duckdb = await run(['audit', log, ...args, '--engine', 'duckdb'], { env });
    expect(duckdb).toEqual(stream);
    expect(stream.code).not.toBe(0);
  });

  it.each(['0', '-1', '1e6', '2.5', '', ' 10', '\uff11\uff10'])(
    'refuses KPMM_DUCKDB_SHARE_ROWS=%j',
    async (value) => {
      const env = { KPMM_DUCKDB_SHARE_ROWS: value };
      const { code, stdout, stderr } = await run(['audit', SAMPLE, '--engine', 'duckdb'], { env });
      expect([code, stdout]).toEqual([2, '']);
      expect(stderr).toContain('KPMM_DUCKDB_SHARE_ROWS must be a whole number of rows from 1');
      // The streaming audit does not read it.
      expect((await run(['audit', SAMPLE, '--summary'], { env })).code).toBe(1);
    },
  );
});
