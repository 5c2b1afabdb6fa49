// `kpmm audit --engine duckdb` against the streaming audit in the same run, then at scale.
//
// 1. A 10M-row CSV log (bench/transfer-log.mjs, as in bench/cli-audit.mjs): `kpmm audit FILE
//    --format json` streaming and with --engine duckdb, alternating round by round, each its own
//    process under /usr/bin/time -v. Reported: the medians, the speed-up (goal at least 5x) and
//    both peak RSS. Both write every violation (about a third of the rows) to /dev/null.
// 2. A 100M-row log generated inside DuckDB as Parquet (the same traffic: 10,000 senders, 100
//    days per million rows from 2022-09-01, 50,000 recipients, 100 to 500 won), audited with
//    `kpmm audit FILE.parquet --engine duckdb --summary --format json`. Goal: at most 3 minutes
//    and 4 GB peak RSS.
// The logs go to a temp folder, removed at the end. On a shared machine, repeat and compare.
//
// Run: npm run bench (or, after the build, node bench/engine-duckdb.mjs).
// Env: ENGINE_ROWS (default 10000000), ENGINE_ROUNDS (default 1),
//      ENGINE_ROWS_LARGE (default 100000000; 0 skips it).
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import {
  DAY_MS,
  SENDERS,
  START,
  daysOf,
  fmt,
  generate,
  label,
  median,
  run,
  tempFolder,
} from './transfer-log.mjs';

const ROWS = Number(process.env['ENGINE_ROWS'] ?? 10_000_000);
const ROUNDS = Number(process.env['ENGINE_ROUNDS'] ?? 1);
const LARGE = Number(process.env['ENGINE_ROWS_LARGE'] ?? 100_000_000);
const bin = new URL('../packages/kpmm/dist/kpmm.js', import.meta.url).pathname;

const { dir, cleanUp } = tempFolder('kpmm-engine-bench-');
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

async function compare(rows, rounds) {
  const file = join(dir, `log-${String(rows)}.csv`);
  const started = process.hrtime.bigint();
  await generate(file, rows);
  console.log(
    `${label(rows)}: ${fmt(rows)} rows from ${fmt(SENDERS)} senders over ${String(daysOf(rows))} days, ${(statSync(file).size / 1e6).toFixed(0)} MB of CSV (generated in ${seconds(started).toFixed(1)} s)`,
  );
  const kinds = [
    { key: 'stream', name: 'kpmm audit --format json', extra: [] },
    {
      key: 'duckdb',
      name: 'kpmm audit --format json --engine duckdb',
      extra: ['--engine', 'duckdb'],
    },
  ];
  const results = { stream: [], duckdb: [] };
  for (let round = 1; round <= rounds; round += 1) {
    for (const kind of kinds) {
      const args = [process.execPath, bin, 'audit', file, '--format', 'json', ...kind.extra];
      results[kind.key].push(
        run(`${label(rows)} round ${String(round)} ${kind.name}`, rows, args, [0, 1]),
      );
    }
  }
  rmSync(file, { force: true });
  const med = (key, field) => median(results[key].map((r) => r[field]));
  const speedUp = med('stream', 'seconds') / med('duckdb', 'seconds');
  console.log(
    `  ratio (median of ${String(rounds)}): --engine duckdb ${med('duckdb', 'seconds').toFixed(1)} s against streaming ${med('stream', 'seconds').toFixed(1)} s: ${speedUp.toFixed(1)}x faster (goal at least 5x); peak RSS ${med('duckdb', 'peakMb').toFixed(0)} MB against ${med('stream', 'peakMb').toFixed(0)} MB`,
  );
}

/** Writes a Parquet log of `rows` rows inside DuckDB: the generator's traffic, in SQL. */
async function generateParquet(file, rows) {
  const instance = await DuckDBInstance.create(':memory:', { temp_directory: dir });
  const connection = await instance.connect();
  const step = (daysOf(rows) * DAY_MS) / rows;
  await connection.run(`SET TimeZone = 'UTC'`);
  await connection.run(`COPY (
    SELECT strftime(TIMESTAMP '${START.replace('T', ' ').replace('Z', '')}' + to_milliseconds(CAST(floor(i * ${String(step)}) AS BIGINT)), '%Y-%m-%dT%H:%M:%S.%gZ') AS "at",
      '0191' || lpad(CAST(hash(i) % ${String(SENDERS)} AS VARCHAR), 7, '0') AS sender,
      '0192' || lpad(CAST(hash(i + 1000003) % 50000 AS VARCHAR), 7, '0') AS recipient,
      100 + hash(i + 2000003) % 401 AS amount
    FROM range(${String(rows)}) AS t(i)
  ) TO '${file}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}

async function atScale(rows) {
  const file = join(dir, `log-${String(rows)}.parquet`);
  const started = process.hrtime.bigint();
  await generateParquet(file, rows);
  console.log(
    `${label(rows)}: ${fmt(rows)} rows over ${String(daysOf(rows))} days, ${(statSync(file).size / 1e6).toFixed(0)} MB of Parquet (generated in DuckDB in ${seconds(started).toFixed(1)} s)`,
  );
  const args = [
    process.execPath,
    bin,
    'audit',
    file,
    '--engine',
    'duckdb',
    '--summary',
    '--format',
    'json',
  ];
  const result = run(
    `${label(rows)} kpmm audit FILE.parquet --engine duckdb --summary --format json`,
    rows,
    args,
    [0, 1],
  );
  console.log(
    `  goal: at most 180 s and 4,096 MB peak RSS: ${result.seconds.toFixed(1)} s, ${result.peakMb.toFixed(0)} MB (${result.seconds <= 180 && result.peakMb <= 4096 ? 'met' : 'not met'})`,
  );
}

try {
  if (ROWS > 0) await compare(ROWS, ROUNDS);
  if (LARGE > 0) await atScale(LARGE);
} finally {
  cleanUp();
}
