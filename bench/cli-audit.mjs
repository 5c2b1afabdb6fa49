// `kpmm audit` over a generated 1,000,000-row CSV: rows per second and peak memory, against a bare
// Node line count of the same file (the floor) measured in the same run.
// Run: npm run bench (after the build).
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const ROWS = Number(process.env['AUDIT_ROWS'] ?? 1_000_000);
const SENDERS = 10_000;
const dir = mkdtempSync(join(tmpdir(), 'kpmm-bench-'));
const file = join(dir, 'log.csv');
const bin = new URL('../packages/kpmm/dist/kpmm.js', import.meta.url).pathname;

async function generate() {
  const out = createWriteStream(file);
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('at,sender,recipient,amount\n');
  const start = Date.parse('2020-06-08T00:00:00Z');
  let x = 7;
  for (let n = 0; n < ROWS; n += 1) {
    x = (x * 48_271) % 2_147_483_647;
    const at = new Date(start + Math.floor((n * 86_400_000) / SENDERS))
      .toISOString()
      .replace('.000Z', 'Z');
    const sender = `0191${String((n * 7_919) % SENDERS).padStart(7, '0')}`;
    const recipient = `0192${String(x % 50_000).padStart(7, '0')}`;
    await write(`${at},${sender},${recipient},${String(100 + (x % 401))}\n`);
  }
  out.end();
  await once(out, 'finish');
}

const LINE_COUNT = `
const fs = require('node:fs');
let lines = 0;
fs.createReadStream(process.argv[1]).on('data', (b) => { for (const c of b) if (c === 10) lines += 1; })
  .on('end', () => console.log(lines));
`;

function measure(label, args) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-v', ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  const peakMb = rss === null ? NaN : Number(rss[1]) / 1024;
  console.log(
    `  ${label}: ${seconds.toFixed(2)} s, ${(ROWS / seconds).toFixed(0)} rows/s, peak RSS ${peakMb.toFixed(0)} MB (exit ${String(result.status)})`,
  );
  return seconds;
}

try {
  await generate();
  console.log(
    `kpmm audit over ${ROWS.toLocaleString('en')} rows from ${SENDERS.toLocaleString('en')} senders`,
  );
  const floor = measure('bare line count (floor)', [process.execPath, '-e', LINE_COUNT, file]);
  const audit = measure('kpmm audit --json', [process.execPath, bin, 'audit', file, '--json']);
  const text = measure('kpmm audit', [process.execPath, bin, 'audit', file]);
  console.log(
    `  ratio: kpmm audit --json runs at ${((floor / audit) * 100).toFixed(1)}% of the floor's speed (${(audit / floor).toFixed(1)}x its time); text ${(text / floor).toFixed(1)}x`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
