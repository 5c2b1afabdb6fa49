import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { auditTransfersSync, parseKpPhoneNumber, DAILY_CAP_2020 } from 'kp-mobile-money';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantMs, quickId } from '../src/auditDuckdb.js';
import { runParameters } from './sqlDifferential.js';

// The DuckDB engine's fast reading answers only "valid, and this is the value": whatever it
// reads, the library must read alike. Everything else goes to the library itself.

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await (await DuckDBInstance.create(':memory:', { threads: '1' })).connect();
});
afterAll(() => {
  connection.closeSync();
});

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function fast(expression: (column: string) => string, values: readonly string[]) {
  const rows = values.map((v, i) => `(${String(i)}, ${literal(v)})`).join(', ');
  const reader = await connection.runAndReadAll(
    `SELECT ${expression('v')} FROM (VALUES ${rows}) AS t(i, v) ORDER BY i`,
  );
  return reader
    .getRowsJS()
    .map(([value]) =>
      typeof value === 'bigint' || typeof value === 'string' ? String(value) : null,
    );
}

/** The library's epoch ms of an instant text, or null when it refuses it. */
function libraryMs(at: string): string | null {
  const policy = {
    ...DAILY_CAP_2020,
    rules: [{ kind: 'sender-daily', maxTransfers: 0, maxAmountWon: 0 }],
  } as const;
  const [found] = auditTransfersSync([{ at, sender: '01912345678', amount: 1 }], {
    policy,
    onInvalid: 'report',
  });
  return found === undefined || 'invalid' in found ? null : String(Date.parse(found.utc));
}

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${String(n)}}$`));
const instantText = fc
  .tuple(
    digits(4),
    digits(2),
    digits(2),
    fc.constantFrom('T', 't', ' ', 'x'),
    digits(2),
    digits(2),
    digits(2),
    fc.option(fc.stringMatching(/^\.[0-9]{0,12}$/), { nil: '' }),
    fc.oneof(
      fc.constantFrom('Z', 'z', '', 'Q'),
      fc.tuple(fc.constantFrom('+', '-'), digits(2), digits(2)).map(([s, h, m]) => `${s}${h}:${m}`),
    ),
  )
  .map(
    ([y, mo, d, sep, h, mi, s, frac, zone]) => `${y}-${mo}-${d}${sep}${h}:${mi}:${s}${frac}${zone}`,
  );
const nearInstant = fc.oneof(
  instantText,
  fc
    .date({ noInvalidDate: true, min: new Date('1000-01-01'), max: new Date('9999-12-31') })
    .map((d) => d.toISOString()),
);

describe('the DuckDB engine reads fast only what the library reads alike', () => {
  it('an instant: where the SQL reads epoch ms, the library reads the same', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(nearInstant, { minLength: 1, maxLength: 50 }), async (texts) => {
        const sql = await fast(instantMs, texts);
        texts.forEach((text, i) => {
          if (sql[i] !== null) expect([text, sql[i]]).toEqual([text, libraryMs(text)]);
        });
      }),
      runParameters(),
    );
  });

  it('a phone number: where the SQL reads ten digits, the library reads the same number', async () => {
    const phone = fc.oneof(
      fc
        .tuple(
          fc.constantFrom('', '0', '+850', '00', '+85', ' '),
          fc.stringMatching(/^19[0-9]{8,9}$/),
        )
        .map(([p, n]) => p + n),
      fc.string({ maxLength: 16 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(phone, { minLength: 1, maxLength: 50 }), async (texts) => {
        const sql = await fast((c) => quickId(c, false), texts);
        texts.forEach((text, i) => {
          if (sql[i] !== null) expect([text, sql[i]]).toEqual([text, parseKpPhoneNumber(text).nsn]);
        });
      }),
      runParameters(),
    );
  });

  it('reads the usual spellings fast', async () => {
    expect(
      await fast(instantMs, [
        '2020-06-08T10:00:00+09:00',
        '2020-06-08t01:00:00.5z',
        '2021-02-29T00:00:00Z',
      ]),
    ).toEqual(['1591578000000', '1591578000500', null]);
    expect(
      await fast(
        (c) => quickId(c, false),
        ['01912345678', '+8501912345678', '1912345678', '0191 234 5678'],
      ),
    ).toEqual(['1912345678', '1912345678', '1912345678', null]);
  });
});
