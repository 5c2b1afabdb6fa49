// The Pyongyang calendar and the audit against their baselines, in the same run.
//
// pyongyangDate: the library's arithmetic on the UTC instant (each UTC day's offsets read once
// from the tz data, and its dates, cached) against dayjs' timezone plugin and a cached
// Intl.DateTimeFormat, on the same 100 instants from 1990 to 2040, which must all give identical
// answers; and against the floor of a fixed UTC+9 offset, which is wrong in 2015-2018.
//
// auditTransfers: 1,000,000 in-memory transfers from 10,000 senders over 100 Pyongyang days
// (2022-07-01 … 2022-10-08, across the switch to LIMITS_2022), against the floor: a bare loop
// that counts transfers per sender-day in a Map, with no parsing, no checks and no policy.
// Heap after 1M and 3M streamed rows: bench/cap-memory.mjs.
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import { bench, describe } from 'vitest';
import { cap } from './built.js';

const { auditTransfers, auditTransfersSync, pyongyangDate } = cap;

dayjs.extend(utc);
dayjs.extend(timezone);

/** A deterministic sequence of integers in [0, max) (mulberry32). */
function sequence(seed: number): (max: number) => number {
  let state = seed >>> 0;
  return (max) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4_294_967_296) * max);
  };
}

const next = sequence(2020);
const FROM = Date.UTC(1990, 0, 1);
const SPAN = Date.UTC(2040, 0, 1) - FROM;
const instants = Array.from(
  { length: 100 },
  () => FROM + Math.floor((next(1_000_000) / 1e6) * SPAN),
);

const intl = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Pyongyang',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const viaDayjs = (ms: number): string => dayjs(ms).tz('Asia/Pyongyang').format('YYYY-MM-DD');

for (const ms of instants) {
  const ours = pyongyangDate(ms);
  if (ours !== intl.format(ms) || ours !== viaDayjs(ms)) {
    throw new Error(`pyongyangDate disagrees at ${new Date(ms).toISOString()}`);
  }
}

let sink = '';
const NINE_HOURS_MS = 9 * 3_600_000;

describe('pyongyangDate, 100 instants from 1990 to 2040', () => {
  bench('pyongyangDate', () => {
    for (const ms of instants) sink = pyongyangDate(ms);
  });
  bench('Intl.DateTimeFormat (cached)', () => {
    for (const ms of instants) sink = intl.format(ms);
  });
  // A floor, not an answer: UTC+9 all the time is wrong from 2015-08-15 to 2018-05-04.
  bench('new Date(t + 9 h).toISOString() (fixed offset, floor)', () => {
    for (const ms of instants) sink = new Date(ms + NINE_HOURS_MS).toISOString().slice(0, 10);
  });
  bench(
    "dayjs(x).tz('Asia/Pyongyang').format('YYYY-MM-DD')",
    () => {
      for (const ms of instants) sink = viaDayjs(ms);
    },
    { time: 1_000, iterations: 5 },
  );
});

const SENDERS = Array.from({ length: 10_000 }, (_, i) => `+850191${String(i).padStart(7, '0')}`);
const RECIPIENTS = Array.from({ length: 50_000 }, (_, i) => `0192${String(i).padStart(7, '0')}`);
const START = Date.parse('2022-07-01T00:00:00+09:00');
const DAY_MS = 86_400_000;

/**
 * Every sender once a day, in a shuffled order, for 100 days; about 1 row in 100 repeats the
 * previous row's sender instead, so that about 1% of rows break the daily rule.
 */
interface Row {
  readonly at: number;
  readonly sender: string;
  readonly recipient: string;
  readonly amount: number;
}

function buildLog(): Row[] {
  const pick = sequence(7);
  const order = SENDERS.map((_, i) => i);
  const rows: Row[] = [];
  for (let day = 0; day < 100; day += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = pick(i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    order.forEach((senderIndex, k) => {
      const previous = rows[rows.length - 1];
      const repeat = previous !== undefined && pick(100) === 0;
      rows.push({
        at: START + day * DAY_MS + Math.floor((k * DAY_MS) / 10_000),
        sender: repeat ? previous.sender : (SENDERS[senderIndex] ?? ''),
        recipient: RECIPIENTS[pick(50_000)] ?? '',
        amount: 100 + pick(401),
      });
    });
  }
  return rows;
}

const log = buildLog();
let found = 0;

describe('audit 1,000,000 transfers from 10,000 senders', () => {
  bench(
    'floor: a Map counting transfers per sender-day',
    () => {
      const counts = new Map<string, number>();
      for (const row of log) {
        const key = `${row.sender}|${String(Math.floor((row.at + 9 * 3_600_000) / DAY_MS))}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      found = counts.size;
    },
    { time: 3_000, iterations: 5 },
  );
  bench(
    'auditTransfersSync',
    () => {
      found = 0;
      for (const row of auditTransfersSync(log)) found += row.violations.length;
    },
    { time: 3_000, iterations: 5 },
  );
  bench(
    'auditTransfers (async, over the same array)',
    async () => {
      found = 0;
      for await (const row of auditTransfers(log)) found += row.violations.length;
    },
    { time: 3_000, iterations: 5 },
  );
});

export { sink, found };
