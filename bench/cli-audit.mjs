// `kpmm audit` end to end against a floor, over generated logs of 1,000,000 and 10,000,000 rows
// (10,000 senders, 100 days per million rows from 2022-09-01, to 50,000 recipients; about a third
// of the rows break the daily cap). The floor is a bare Node script that reads the same file with readline, splits each
// line on commas and counts transfers per sender-day in a Map. Each run is its own process under
// /usr/bin/time -v (peak RSS from "Maximum resident set size"): the floor, `kpmm audit --format
// json`, `kpmm audit` (text), `kpmm audit --summary` and `kpmm audit --html` (the text audit
// plus the page's aggregates and charts), output to /dev/null, floor and audits alternating round
// by round. Reported: the median of each, the audits' speed as a share of the floor's (goal at
// least 50%), the html audit's time over the text audit's (goal at most 1.5x) and the json
// audit's peak RSS at 10M over 1M (goal at most 1.2x).
// The logs go to a temp folder, removed at the end.
//
// Run: npm run bench (or, after the build, node bench/cli-audit.mjs).
// Env: AUDIT_ROWS (default 1000000), AUDIT_ROUNDS (rounds at that size, default 3),
//      AUDIT_ROWS_LARGE (default 10000000; 0 skips it), AUDIT_ROUNDS_LARGE (default 1),
//      AUDIT_KINDS (a comma-separated subset of floor,json,text,daily,summary,html; default all).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { SENDERS, daysOf, fmt, generate, label, median, run, tempFolder } from './transfer-log.mjs';

const SMALL = Number(process.env['AUDIT_ROWS'] ?? 1_000_000);
const ROUNDS = Number(process.env['AUDIT_ROUNDS'] ?? 3);
const LARGE = Number(process.env['AUDIT_ROWS_LARGE'] ?? 10_000_000);
const ROUNDS_LARGE = Number(process.env['AUDIT_ROUNDS_LARGE'] ?? 1);
const bin = new URL('../packages/kpmm/dist/kpmm.js', import.meta.url).pathname;

const { dir, cleanUp } = tempFolder('kpmm-bench-');

// The floor: read, split, count per sender-day; nothing an audit could skip.
const FLOOR = `
const fs = require('node:fs');
const readline = require('node:readline');
const days = new Map();
let header = true;
const lines = readline.createInterface({ input: fs.createReadStream(process.argv[1]), crlfDelay: Infinity });
lines.on('line', (line) => {
  if (header) { header = false; return; }
  const [at, sender] = line.split(',');
  const key = sender + at.slice(0, 10);
  days.set(key, (days.get(key) ?? 0) + 1);
});
lines.on('close', () => console.log(days.size));
`;

// kpmm audit exits 1 when it finds violations, which these logs have.
const ALL_KINDS = [
  {
    key: 'floor',
    name: 'floor (readline, Map per sender-day)',
    args: (f) => ['-e', FLOOR, f],
    ok: [0],
  },
  {
    key: 'json',
    name: 'kpmm audit --format json',
    args: (f) => [bin, 'audit', f, '--format', 'json'],
    ok: [0, 1],
  },
  { key: 'text', name: 'kpmm audit (text)', args: (f) => [bin, 'audit', f], ok: [0, 1] },
  {
    // The 2020 cap for every row: the audit without the monthly rule.
    key: 'daily',
    name: 'kpmm audit --format json --policy DAILY_CAP_2020',
    args: (f) => [bin, 'audit', f, '--format', 'json', '--policy', 'DAILY_CAP_2020'],
    ok: [0, 1],
  },
  {
    key: 'summary',
    name: 'kpmm audit --summary',
    args: (f) => [bin, 'audit', f, '--summary'],
    ok: [0, 1],
  },
  {
    // The text audit and, counted while streaming, the HTML page with its charts.
    key: 'html',
    name: 'kpmm audit --html',
    args: (f) => [bin, 'audit', f, '--html', `${f}.html`],
    ok: [0, 1],
  },
];

const only = process.env['AUDIT_KINDS']?.split(',');
const KINDS = only === undefined ? ALL_KINDS : ALL_KINDS.filter((k) => only.includes(k.key));

async function measureSize(rows, rounds) {
  const file = join(dir, `log-${String(rows)}.csv`);
  const started = process.hrtime.bigint();
  await generate(file, rows);
  const genSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `${label(rows)}: kpmm audit over ${fmt(rows)} rows from ${fmt(SENDERS)} senders over ${String(daysOf(rows))} days (generated in ${genSeconds.toFixed(1)} s)`,
  );
  const results = Object.fromEntries(KINDS.map((k) => [k.key, []]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const kind of KINDS) {
      const name = `${label(rows)} round ${String(round)} ${kind.name}`;
      results[kind.key].push(run(name, rows, [process.execPath, ...kind.args(file)], kind.ok));
    }
  }
  rmSync(file, { force: true });
  rmSync(`${file}.html`, { force: true });
  const med = Object.fromEntries(
    KINDS.map((k) => [
      k.key,
      {
        seconds: median(results[k.key].map((r) => r.seconds)),
        cpu: median(results[k.key].map((r) => r.cpu)),
        peakMb: median(results[k.key].map((r) => r.peakMb)),
      },
    ]),
  );
  const of = `median of ${String(rounds)}`;
  for (const kind of rounds > 1 ? KINDS : []) {
    console.log(
      `  ${label(rows)} ${kind.name} (${of}): ${med[kind.key].seconds.toFixed(2)} s (CPU ${med[kind.key].cpu.toFixed(2)} s), ${fmt(Math.round(rows / med[kind.key].seconds))} rows/s, peak RSS ${med[kind.key].peakMb.toFixed(0)} MB`,
    );
  }
  const pct = (key) => ((med.floor.seconds / med[key].seconds) * 100).toFixed(0);
  const both = (...keys) => keys.every((key) => med[key] !== undefined);
  if (both('floor', 'json')) {
    console.log(
      `  ratio: kpmm audit --json runs at ${pct('json')}% of the floor's speed (goal at least 50%)`,
    );
  }
  if (both('floor', 'text')) {
    console.log(`  ratio: kpmm audit (text) runs at ${pct('text')}% of the floor's speed`);
  }
  if (both('floor', 'summary')) {
    console.log(`  ratio: kpmm audit --summary runs at ${pct('summary')}% of the floor's speed`);
  }
  if (both('text', 'html'))
    console.log(
      `  ratio: kpmm audit --html takes ${(med.html.seconds / med.text.seconds).toFixed(2)}x the text audit's wall time and ${(med.html.cpu / med.text.cpu).toFixed(2)}x its CPU time (goal at most 1.5x), peak RSS ${med.html.peakMb.toFixed(0)} MB against ${med.text.peakMb.toFixed(0)} MB`,
    );
  return med;
}

try {
  const small = await measureSize(SMALL, ROUNDS);
  if (LARGE > 0) {
    const large = await measureSize(LARGE, ROUNDS_LARGE);
    for (const key of ['json', 'daily', 'html']) {
      if (large[key] === undefined || small[key] === undefined) continue;
      const kind = KINDS.find((k) => k.key === key)?.name ?? key;
      console.log(
        `peak RSS ${label(LARGE)} / ${label(SMALL)}: ${(large[key].peakMb / small[key].peakMb).toFixed(2)}x for ${kind} (${large[key].peakMb.toFixed(0)} MB / ${small[key].peakMb.toFixed(0)} MB)${key === 'json' ? ' (goal at most 1.2x)' : ''}`,
      );
    }
  }
} finally {
  cleanUp();
}
