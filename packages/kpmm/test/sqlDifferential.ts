// The differential law of the audit as SQL: random logs judged by an engine running
// policyToSql's query and by auditTransfers give the same verdict, row for row. Shared by the
// DuckDB test (in CI) and the PostgreSQL test (npm run test:engines).
import fc from 'fast-check';
import {
  DAILY_CAP_2020,
  LIMITS_2022,
  auditTransfersSync,
  type SqlDialect,
  type TransferPolicy,
} from 'kp-mobile-money';

/** One row of a generated log; `ms` null is a row without an instant, `amount` may be invalid. */
export interface LogCase {
  readonly line: number;
  readonly ms: number | null;
  readonly sender: string;
  readonly recipient: string | null;
  readonly amount: number;
}

/** What an engine says of one row: verdict, codes (comma-separated), Pyongyang day, policy. */
export interface Verdict {
  readonly line: number;
  readonly verdict: 'clean' | 'violating' | 'invalid';
  readonly codes: string | null;
  readonly day: string | null;
  readonly policyId: string | null;
  readonly beforePolicyReport: boolean | null;
}

const at = (text: string) => Date.parse(text);
const HOUR = 3_600_000;
// Instants where the Pyongyang day or month turns, or the policy changes: the 2015 and 2018
// midnights (UTC+9 to UTC+8:30 and back), month ends, the 2020 report and the 2022 switch.
const EDGES = [
  at('2015-08-14T14:59:59.999Z'),
  at('2015-08-14T15:00:00Z'),
  at('2015-08-14T15:29:59.999Z'),
  at('2015-08-14T15:30:00Z'),
  at('2015-08-15T15:29:59.999Z'),
  at('2015-08-15T15:30:00Z'),
  at('2018-05-04T14:59:59.999Z'),
  at('2018-05-04T15:00:00Z'),
  at('2018-05-05T14:59:59.999Z'),
  at('2018-05-05T15:00:00Z'),
  at('2020-06-07T14:59:59.999Z'),
  at('2020-06-07T15:00:00Z'),
  at('2020-06-30T14:59:59.999Z'),
  at('2022-07-31T15:00:00Z'),
  at('2022-08-09T14:59:59.999Z'),
  at('2022-08-09T15:00:00Z'),
  at('2022-08-31T14:59:59.999Z'),
  at('2022-08-31T15:00:00Z'),
  at('2022-12-31T15:00:00Z'),
];

const SENDERS = ['1912345678', '1951234567', '1923456789'];
const RECIPIENTS = ['1930000001', '1950000002', '1910000003'];
const OPAQUE = ['a', 'A', 'a ', 'ü', "t'; --", 'x"y', 'b\\c'];

/** A phone number in one of the spellings the query reads: 0…, +850… or the bare number. */
const spelled = (nsn: string) => fc.constantFrom(`0${nsn}`, `+850${nsn}`, nsn);

function idArb(ids: 'phone' | 'opaque', pool: readonly string[]): fc.Arbitrary<string> {
  return ids === 'opaque' ? fc.constantFrom(...OPAQUE) : fc.constantFrom(...pool).chain(spelled);
}

/** A log of up to `max` rows near the edges above, with repeated instants, ids and amounts. */
export function logArb(ids: 'phone' | 'opaque', max = 30): fc.Arbitrary<LogCase[]> {
  const instant = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...EDGES) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(fc.constantFrom(...EDGES), fc.integer({ min: -30 * HOUR, max: 30 * HOUR }))
        .map(([edge, delta]) => edge + delta),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  );
  const row = fc.record({
    ms: instant,
    sender: fc.oneof(
      { weight: 20, arbitrary: idArb(ids, SENDERS) },
      { weight: 1, arbitrary: fc.constantFrom('', '0191') },
    ),
    recipient: fc.oneof(
      { weight: 8, arbitrary: idArb(ids, RECIPIENTS) },
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom('', '12') },
    ),
    amount: fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(1, 100, 250, 499, 500, 501) },
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 600 }) },
      { weight: 1, arbitrary: fc.constantFrom(0, -5) },
    ),
  });
  // Several rows of one sender in a short span, so the limits are met and broken.
  const burst = fc
    .tuple(row, fc.array(fc.integer({ min: 0, max: 3 * HOUR }), { maxLength: 4 }))
    .map(([first, gaps]) => [
      first,
      ...gaps.map((gap) => ({ ...first, ms: first.ms === null ? null : first.ms + gap })),
    ]);
  return fc.array(burst, { maxLength: Math.ceil(max / 3) }).map((bursts) => {
    const rows = bursts.flat().slice(0, max);
    // The log's order: by instant (rows without one anywhere), ties in the order drawn.
    const order = rows
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.ms ?? -Infinity) - (b.r.ms ?? -Infinity) || a.i - b.i);
    return order.map(({ r }, k) => ({ ...r, line: k + 2 }));
  });
}

const ROLLING: TransferPolicy = {
  ...LIMITS_2022,
  id: 'ROLLING_36H',
  rules: [
    { kind: 'sender-daily', maxTransfers: 2, maxAmountWon: 600 },
    { kind: 'recipient-monthly', maxTransfers: 2 },
  ],
  window: { rollingHours: 36 },
};

/** The policies judged: the built-ins by date, each built-in for every row, a rolling one. */
export const POLICY_CASES: readonly (TransferPolicy | undefined)[] = [
  undefined,
  DAILY_CAP_2020,
  LIMITS_2022,
  ROLLING,
];

/** What auditTransfers says of each row, in the shape an engine answers. */
export function libraryVerdicts(
  log: readonly LogCase[],
  policy: TransferPolicy | undefined,
  ids: 'phone' | 'opaque',
): Verdict[] {
  const rows = log.map((r) => ({
    // A row without an instant: NULL in the table, a text that is no instant for the library.
    at: r.ms === null ? 'no instant' : new Date(r.ms).toISOString(),
    sender: r.sender,
    ...(r.recipient === null ? {} : { recipient: r.recipient }),
    amount: r.amount,
  }));
  const verdicts: Verdict[] = log.map((r) => ({
    line: r.line,
    verdict: 'clean',
    codes: null,
    day: null,
    policyId: null,
    beforePolicyReport: null,
  }));
  for (const found of auditTransfersSync(rows, {
    ...(policy === undefined ? {} : { policy }),
    onInvalid: 'report',
    ids,
  })) {
    const line = log[found.index]?.line ?? -1;
    verdicts[found.index] =
      'invalid' in found
        ? {
            line,
            verdict: 'invalid',
            codes: found.issues.map((i) => i.code).join(','),
            day: null,
            policyId: null,
            beforePolicyReport: null,
          }
        : {
            line,
            verdict: 'violating',
            codes: found.violations.map((v) => v.code).join(','),
            day: found.day,
            policyId: found.policyId,
            beforePolicyReport: found.beforePolicyReport,
          };
  }
  return verdicts;
}

/** An engine's verdicts with clean rows' day and policy left out (the library names neither). */
export function comparable(verdicts: readonly Verdict[]): Verdict[] {
  return verdicts.map((v) =>
    v.verdict === 'clean' ? { ...v, day: null, policyId: null, beforePolicyReport: null } : v,
  );
}

/** The rows in an order other than the log's, so that the engine must order them itself. */
export function shuffled<T>(rows: readonly T[], seed: number): T[] {
  const out = [...rows];
  let x = seed || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    x = (x * 48_271) % 2_147_483_647;
    const j = x % (i + 1);
    const a = out[i];
    const b = out[j];
    if (a !== undefined && b !== undefined) {
      out[i] = b;
      out[j] = a;
    }
  }
  return out;
}

/** The dialects and the runs of a property: FC_NUM_RUNS (100 unless set), FC_SEED when set. */
export function runParameters(): { numRuns: number; seed?: number } {
  const runs = Number(process.env['FC_NUM_RUNS'] ?? '100');
  const seed = process.env['FC_SEED'];
  return {
    numRuns: Number.isSafeInteger(runs) && runs > 0 ? runs : 100,
    ...(seed === undefined || seed === '' ? {} : { seed: Number(seed) }),
  };
}

export type { SqlDialect };
