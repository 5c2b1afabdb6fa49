// Heap use of the audit as the log grows: 3,000,000 transfers from 10,000 senders (each once a
// Pyongyang day, to one of 50,000 recipients), generated lazily so that only the audit's own
// state stays alive. The audit keeps the senders of the last seven days and, under LIMITS_2022,
// each sender's recipients of the current month in lists reused from month to month, not the log,
// so the heap does not grow with the log.
//
// Run: npm run bench (after the build; it imports the built package).
import { DAILY_CAP_2020, auditTransfersSync, pyongyangDate } from '../dist/cap/index.js';

const SENDERS = Array.from({ length: 10_000 }, (_, i) => `+850191${String(i).padStart(7, '0')}`);
const RECIPIENTS = Array.from({ length: 50_000 }, (_, i) => `0192${String(i).padStart(7, '0')}`);
const START = Date.parse('2022-07-01T00:00:00+09:00');
const DAY_MS = 86_400_000;
const CHECKPOINTS = new Set([500_000, 1_000_000, 1_500_000, 2_000_000, 2_500_000, 3_000_000]);

const gc = Reflect.get(globalThis, 'gc');

function heapMb() {
  if (typeof gc === 'function') Reflect.apply(gc, undefined, []);
  return (process.memoryUsage().heapUsed / 1_048_576).toFixed(1);
}

function* transfers(total) {
  let x = 7;
  for (let n = 1; n <= total; n += 1) {
    x = (x * 48_271) % 2_147_483_647;
    const k = (n - 1) % 10_000;
    const at = START + Math.floor((n - 1) / 10_000) * DAY_MS + Math.floor((k * DAY_MS) / 10_000);
    yield {
      at,
      sender: SENDERS[(k * 7_919) % 10_000] ?? '',
      recipient: RECIPIENTS[x % 50_000] ?? '',
      amount: 100 + (x % 401),
    };
    if (CHECKPOINTS.has(n)) {
      console.log(
        `  after ${n.toLocaleString('en')} rows (${pyongyangDate(at)}): heap ${heapMb()} MB`,
      );
    }
  }
}

function run(label, options) {
  console.log(`${label}; before: heap ${heapMb()} MB`);
  const started = performance.now();
  let findings = 0;
  for (const row of auditTransfersSync(transfers(3_000_000), options)) {
    findings += row.violations.length;
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${findings.toLocaleString('en')} findings; ${(3_000_000 / seconds).toFixed(0)} rows/s`,
  );
}

console.log(`gc exposed: ${String(typeof gc === 'function')}`);
run('policies by date (LIMITS_2022 from 2022-08-10)', {});
run('DAILY_CAP_2020 only', { policy: DAILY_CAP_2020 });
