// The floor of `kpmm audit --engine duckdb`: DuckDB alone, with nothing the audit adds. It reads
// the generated log (bench/transfer-log.mjs) with a typed `read_csv` (an instant, three integers:
// no check of spellings, no invalid row) and runs the query of `policyToSql` (ids read as
// integers, instants as epoch ms, as the engine runs it) with a count as the only output. The
// audit cannot be faster than this on the same machine; its CPU time is printed beside the wall
// time, since on a shared machine the wall time also counts the waits for a core.
//
// Run after the build: node bench/engine-floor.mjs. Env: FLOOR_ROWS (default 1000000,10000000).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { policyToSql } from '../dist/index.js';
import { fmt, generate, label, tempFolder } from './transfer-log.mjs';

const ROWS = (process.env['FLOOR_ROWS'] ?? '1000000,10000000').split(',').map(Number);
const { dir, cleanUp } = tempFolder('kpmm-engine-floor-');

/** Runs `step`, printing its wall and CPU time (CPU of the whole process: DuckDB's threads too). */
async function timed(name, step) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await step();
  const used = process.cpuUsage(cpu);
  console.log(
    `  ${name}: ${((performance.now() - started) / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`,
  );
  return result;
}

async function floor(rows) {
  const file = join(dir, `log-${String(rows)}.csv`);
  await generate(file, rows);
  console.log(`${label(rows)}: ${fmt(rows)} rows`);
  const instance = await DuckDBInstance.create(':memory:', {
    temp_directory: dir,
    memory_limit: '3GB',
  });
  const connection = await instance.connect();
  await connection.run(`SET TimeZone = 'UTC'`);
  await connection.run('SET preserve_insertion_order = false');
  await timed('typed read_csv into a table', () =>
    connection.run(
      `CREATE TABLE raw AS SELECT * FROM read_csv('${file}', header = true, auto_detect = false, columns = {'at': 'TIMESTAMP', 'sender': 'BIGINT', 'recipient': 'BIGINT', 'amount': 'BIGINT'})`,
    ),
  );
  await connection.run(
    `CREATE VIEW transfers AS SELECT rowid + 2 AS line, epoch_ms("at") AS "at", sender, recipient, amount FROM raw`,
  );
  const query = policyToSql({
    dialect: 'duckdb',
    table: 'transfers',
    ids: 'integer',
    instants: 'epoch-ms',
  }).replace(/\nORDER BY line\n$/, '\n');
  const reader = await timed('the window query, counted', () =>
    connection.runAndReadAll(
      `SELECT count(*) FILTER (WHERE verdict = 'violating') FROM (${query})`,
    ),
  );
  console.log(`  violating rows: ${fmt(Number(reader.getRowsJS()[0]?.[0] ?? 0))}`);
  connection.closeSync();
  instance.closeSync();
  rmSync(file, { force: true });
}

try {
  for (const rows of ROWS) await floor(rows);
} finally {
  cleanUp();
}
