// The generated transfer log of the command-line benchmarks: 10,000 senders, 100 days per million
// rows from 2022-09-01 (under the 2022 limits from first row to last), recipients drawn apart
// from senders among 50,000, amounts 100 to 500 won; about a third of the rows break the cap.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SENDERS = 10_000;
// 100 days per million rows: a longer log is a longer period of the same traffic, so memory can
// be compared across lengths (10M rows over 1,000 days has the 1M log's 10,000 rows a day).
export const daysOf = (rows) => Math.max(1, Math.round((rows / 1_000_000) * 100));
export const DAY_MS = 86_400_000;
export const START = '2022-09-01T00:00:00Z';
const BUFFER = 64 * 1024;

/** Writes a CSV log of `rows` rows to `file`. */
export async function generate(file, rows) {
  const out = createWriteStream(file);
  let buffer = 'at,sender,recipient,amount\n';
  // Under the 2022 limits from the first row to the last, so that 1M and 10M rows are judged by
  // the same rules (the monthly rule keeps each sender's recipients of the month).
  const start = Date.parse(START);
  const step = (daysOf(rows) * DAY_MS) / rows;
  let x = 7;
  let y = 11;
  for (let n = 0; n < rows; n += 1) {
    x = (x * 48_271) % 2_147_483_647;
    // A second generator, so that a sender's recipients do not follow from the sender.
    y = (y * 16_807) % 2_147_483_647;
    const at = new Date(start + Math.floor(n * step)).toISOString().replace('.000Z', 'Z');
    const sender = `0191${String(Math.floor(x / 7) % SENDERS).padStart(7, '0')}`;
    const recipient = `0192${String(y % 50_000).padStart(7, '0')}`;
    buffer += `${at},${sender},${recipient},${String(100 + (x % 401))}\n`;
    if (buffer.length >= BUFFER) {
      const ok = out.write(buffer);
      buffer = '';
      if (!ok) await once(out, 'drain');
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

export const fmt = (n) => n.toLocaleString('en');
export const label = (rows) =>
  rows % 1_000_000 === 0 ? `${String(rows / 1_000_000)}M` : fmt(rows);
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A temp folder for the generated logs, removed by `cleanUp` and on SIGINT or SIGTERM. */
export function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  return { dir, cleanUp };
}

/**
 * Runs one command in its own process under /usr/bin/time -v and prints its wall time, rows a
 * second and peak RSS ("Maximum resident set size"); fails unless its exit status is in okStatus.
 */
export function run(name, rows, args, okStatus) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const exit = /Exit status: (\d+)/.exec(result.stderr ?? '');
  const status = exit === null ? NaN : Number(exit[1]);
  // A process ended by a signal has an exit status of 0 in time's report: it failed all the same.
  const signalled = /Command terminated by signal/.test(result.stderr ?? '');
  if (result.error !== undefined || rss === null || signalled || !okStatus.includes(status)) {
    throw new Error(
      `${name} failed (exit ${String(status)}): ${String(result.error ?? '')}\n${result.stderr ?? ''}`,
    );
  }
  const peakMb = Number(rss[1]) / 1024;
  // CPU time (user + system) as well as wall time: on a shared machine the wall time also
  // counts the waits for a core, the CPU time much less so.
  const cpu = ['User', 'System'].reduce(
    (sum, kind) =>
      sum +
      Number(
        new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(result.stderr ?? '')?.[1] ?? 0,
      ),
    0,
  );
  console.log(
    `  ${name}: ${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s), ${fmt(Math.round(rows / seconds))} rows/s, peak RSS ${peakMb.toFixed(0)} MB (exit ${String(status)})`,
  );
  return { seconds, cpu, peakMb };
}
