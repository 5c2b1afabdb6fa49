import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DuckDBInstance,
  DuckDBListValue,
  type DuckDBAppender,
  type DuckDBConnection,
  type DuckDBResult,
} from '@duckdb/node-api';
import {
  DAILY_CAP_2020,
  createAuditor,
  parseKpPhoneNumber,
  policyToSql,
  type TransferPolicy,
} from 'kp-mobile-money';
import {
  createTally,
  type AuditLogOptions,
  type AuditSummary,
  type InvalidRecord,
  type ViolationCounts,
  type ViolationTextSink,
  AuditStopped,
  invalidRecordOf,
} from './auditLog.js';
import { binaryKind } from './csv.js';
import {
  invalid,
  parseQuoted,
  readHeader,
  toRow,
  type LogHeader,
  type LogRow,
} from './logReader.js';
import { RowError } from './rowError.js';

/** The rule of each violation code, for the summary's count by rule. */
const RULE_OF_CODE: Readonly<Record<string, string>> = {
  daily_count_exhausted: 'sender-daily',
  daily_amount_exceeded: 'sender-daily',
  recipient_monthly_exhausted: 'recipient-monthly',
  missing_recipient: 'recipient-monthly',
};

/**
 * The fast reading of a field, in SQL, in front of the library: it says only "valid, and this is
 * its value" for the usual spellings (an RFC 3339 instant with a four-digit year from 1000, a
 * phone number written 0…, +850… or as its ten digits, a whole amount from 1). Every other row
 * goes to the library, which gives the same verdict or the issues, as in the streaming audit.
 */
const INSTANT = String.raw`[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]+)?([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])`;
/** The usual instant: UTC, whole seconds or milliseconds. */
const USUAL_INSTANT = String.raw`[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}[Tt ]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\.[0-9]{3})?[Zz]`;
/** A phone number the library reads as its last ten characters. */
export const QUICK_PHONE = '(0|[+]850)?19[1235][0-9]{7}';
const AMOUNT = '[1-9][0-9]{0,15}';

const quoteText = (value: string) => `'${value.replaceAll("'", "''")}'`;
const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * SQL for the epoch ms of a text matching INSTANT, NULL when its date does not exist. The pattern
 * bounds the hours, minutes and seconds, so the date and time are read by one cast, and the
 * fraction and offset only where the text has them.
 */
export function instantMs(t: string): string {
  const offsetPart = (fromEnd: number) =>
    `CAST(substr(${t}, length(${t}) - ${String(fromEnd)}, 2) AS INTEGER)`;
  const offsetMinutes = `CASE WHEN upper(right(${t}, 1)) = 'Z' THEN 0 ELSE (CASE WHEN substr(${t}, length(${t}) - 5, 1) = '-' THEN -1 ELSE 1 END) * (${offsetPart(4)} * 60 + ${offsetPart(1)}) END`;
  const millis = `CASE WHEN substr(${t}, 20, 1) = '.' THEN CAST(rpad(left(regexp_extract(${t}, '\\.([0-9]+)', 1), 3), 3, '0') AS INTEGER) ELSE 0 END`;
  const dateTime = `TRY_CAST(substr(${t}, 1, 10) || ' ' || substr(${t}, 12, 8) AS TIMESTAMP)`;
  // The usual spelling first: DuckDB casts it whole when its T and Z are capitals (twice as fast
  // as the cast of its parts), else its milliseconds are the three digits after the seconds.
  const usual = `COALESCE(epoch_ms(TRY_CAST(${t} AS TIMESTAMP)), epoch_ms(${dateTime}) + CASE WHEN length(${t}) = 24 THEN CAST(substr(${t}, 21, 3) AS INTEGER) ELSE 0 END)`;
  return `CASE WHEN regexp_full_match(${t}, '${USUAL_INSTANT}') THEN ${usual} WHEN length(${t}) <= 64 AND regexp_full_match(${t}, '${INSTANT}') THEN epoch_ms(${dateTime}) + ${millis} - ${offsetMinutes} * 60000 END`;
}

/** SQL for an id read fast: a phone number's ten digits, or an opaque id as it is; else NULL. */
export function quickId(t: string, opaque: boolean): string {
  return opaque
    ? `CASE WHEN ${t} <> '' THEN ${t} END`
    : `CASE WHEN regexp_full_match(${t}, '${QUICK_PHONE}') THEN right(${t}, 10) END`;
}

interface Source {
  /** SQL of the cells: line, text (CSV), fields (a list), and the four log columns as text. */
  readonly cells: string;
  readonly header: LogHeader;
  /** The rows (CSV: the lines) of the log. */
  readonly rows: number;
}

async function csvSource(
  connection: DuckDBConnection,
  file: string,
  options: AuditLogOptions,
): Promise<Source> {
  const { source } = options;
  // Each physical line is one row of one column: DuckDB reads the lines, SQL splits those
  // without a quote on commas (as the streaming reader does), and the rest are read by csv-parse.
  await connection.run(
    `CREATE TABLE lines AS SELECT text FROM read_csv(${quoteText(file)}, columns = {'text': 'VARCHAR'}, header = false, delim = E'\\x01', quote = '', escape = '', auto_detect = false)`,
  );
  const first = await rows(
    connection,
    `SELECT rowid + 1 AS line, text, (SELECT count(*) FROM lines) FROM lines WHERE text <> '' ORDER BY rowid LIMIT 1`,
  );
  const [line, text, count] = first[0] ?? [];
  if (typeof text !== 'string' || typeof line !== 'bigint') {
    throw new RowError(source, {
      line: 1,
      code: 'invalid_header',
      field: null,
      message: 'the file is empty; the header needs at, sender and amount (and recipient)',
    });
  }
  const read = text.includes('"') ? parseQuoted(text) : { fields: text.split(',') };
  if ('error' in read) {
    throw new RowError(source, {
      line: 1,
      code: 'invalid_header',
      field: null,
      message: read.error,
    });
  }
  const header = readHeader(source, read.fields, options);
  const at = (index: number | null) => (index === null ? `''` : `f[${String(index + 1)}]`);
  return {
    header,
    rows: Number(count),
    cells: `SELECT line, text, f, len(f) = ${String(header.names.length)} AS fits, ${at(header.at)} AS at_t, ${at(header.sender)} AS sender_t, ${at(header.recipient)} AS recipient_t, ${at(header.amount)} AS amount_t
      FROM (SELECT rowid + 1 AS line, text, CASE WHEN NOT contains(text, '"') THEN string_split(text, ',') END AS f FROM lines WHERE rowid + 1 > ${String(line)} AND text <> '')`,
  };
}

async function parquetSource(
  connection: DuckDBConnection,
  file: string,
  options: AuditLogOptions,
): Promise<Source> {
  const scan = `read_parquet(${quoteText(file)}, file_row_number = true)`;
  const described = await rows(
    connection,
    `DESCRIBE SELECT * FROM read_parquet(${quoteText(file)})`,
  );
  const [[count] = []] = await rows(connection, `SELECT count(*) FROM ${scan}`);
  const names = described.map(([name]) => String(name));
  const types = described.map(([, type]) => String(type));
  const header = readHeader(options.source, names, options);
  // A Parquet row is numbered as the line it would have in a CSV file with a header; a value is
  // read as its text, and an instant typed as such as its RFC 3339 text in UTC.
  const text = (index: number | null) => {
    if (index === null) return `''`;
    const name = quoteName(names[index] ?? '');
    const value =
      types[index] === 'TIMESTAMP WITH TIME ZONE'
        ? `strftime(${name}, '%Y-%m-%dT%H:%M:%S.%gZ')`
        : `CAST(${name} AS VARCHAR)`;
    return `COALESCE(${value}, '')`;
  };
  return {
    header,
    rows: Number(count),
    cells: `SELECT file_row_number + 2 AS line, CAST(NULL AS VARCHAR) AS text, [${names.map((_, i) => text(i)).join(', ')}] AS f, true AS fits, ${text(header.at)} AS at_t, ${text(header.sender)} AS sender_t, ${text(header.recipient)} AS recipient_t, ${text(header.amount)} AS amount_t FROM ${scan}`,
  };
}

/** Every row of a query, as arrays of JS values (for small answers). */
async function rows(connection: DuckDBConnection, sql: string): Promise<unknown[][]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowsJS();
}

/** The rows of a streamed result, chunk by chunk. */
async function* chunks(result: DuckDBResult): AsyncGenerator<unknown[][]> {
  for (;;) {
    const chunk = await result.fetchChunk();
    if (chunk === null || chunk.rowCount === 0) return;
    yield chunk.getRows();
  }
}

/**
 * The fields of a row: the list DuckDB read (Parquet), a line without a quote split on commas,
 * or a quoted line read by csv-parse.
 */
function fieldsOf(text: unknown, list: unknown): string[] | { error: string } {
  if (list instanceof DuckDBListValue)
    return list.items.map((item) => (typeof item === 'string' ? item : ''));
  const line = typeof text === 'string' ? text : '';
  if (!line.includes('"')) return line.split(',');
  const read = parseQuoted(line);
  return 'fields' in read ? read.fields : { error: read.error };
}

/** An id read by the library into the table: a phone number's national digits as a BIGINT. */
function appendId(appender: DuckDBAppender, id: string, opaque: boolean): void {
  if (opaque) appender.appendVarchar(id);
  else appender.appendBigInt(BigInt(id));
}

/** A row's id as the library reads it, or undefined when it is not one. */
function idOf(value: string, opaque: boolean): string | undefined {
  if (opaque) return value === '' ? undefined : value;
  try {
    return parseKpPhoneNumber(value).nsn;
  } catch {
    return undefined;
  }
}

/**
 * Audits a CSV or Parquet log (by extension) in embedded DuckDB with the query of
 * `policyToSql`: the same outputs, summary and exit codes as the streaming audit (the same
 * tally and writers), needing no order. Rows DuckDB cannot read fast go through the same
 * reader and library checks as in the streaming audit, so an invalid row gets the same record.
 *
 * @param file - the log, `.parquet` or CSV
 * @param options - as for `auditLog` (`sortLimit` is not used)
 * @param shareRows - the most valid rows the query judges at once (the senders are split in shares)
 */
export async function auditWithDuckdb(
  file: string,
  options: AuditLogOptions,
  shareRows = SHARE_ROWS,
): Promise<AuditSummary> {
  const { source, strict = false } = options;
  const opaque = options.ids === 'opaque';
  const parquet = /\.parquet$/i.test(file);
  if (!parquet) await checkText(file, source);
  const tally = createTally({
    source,
    strict,
    opaque,
    sorted: false,
    onViolation: options.onViolation,
    onInvalid: options.onInvalid,
  });
  // DuckDB spills what does not fit in memory to a folder of its own, removed at the end.
  const spill = await mkdtemp(join(tmpdir(), 'kpmm-duckdb-'));
  const instance = await DuckDBInstance.create(':memory:', {
    temp_directory: spill,
    // With Node's own memory, the process stays under 4 GB however long the log.
    memory_limit: '3GB',
  });
  const connection = await instance.connect();
  try {
    await connection.run(`SET TimeZone = 'UTC'`);
    let read: Source;
    try {
      read = parquet
        ? await parquetSource(connection, file, options)
        : await csvSource(connection, file, options);
    } catch (error) {
      if (error instanceof RowError) throw error;
      throw new RowError(source, {
        line: null,
        code: 'invalid_input',
        field: null,
        message: `cannot read the input (${firstLine(error)})`,
      });
    }
    // The lines are numbered (CSV: by the order they were stored in); no later step needs
    // DuckDB to keep the order of rows, as every answer where order matters is ordered by line.
    await connection.run('SET preserve_insertion_order = false');
    const { header, cells } = read;
    // A large log's tables go to a database file in the spill folder, written compressed as
    // they fill: the 100M rows of the bench take some 600 MB there, against 7 GB spilled as
    // they are. A smaller log's tables stay in memory, which is faster (the lines, read first,
    // always do).
    if (read.rows > shareRows) {
      await connection.run(`ATTACH ${quoteText(join(spill, 'audit.duckdb'))} AS audit`);
      await connection.run('USE audit');
      await connection.run(`SET search_path = 'audit.main,memory.main'`);
    }
    tally.setHeader(header);
    options.onHeader?.(header);
    await connection.run(`CREATE VIEW cells AS ${cells}`);
    // Each row read once, fast: its instant, ids and amount when all read, and for the other
    // rows (ok false) their text or fields, for the reader and the library below. A phone number
    // is kept as its national digits in a BIGINT, which the windows sort faster than text.
    const idType = opaque ? 'VARCHAR' : 'BIGINT';
    const fastId = (t: string) =>
      opaque ? quickId(t, true) : `CAST(${quickId(t, false)} AS BIGINT)`;
    await connection.run(`CREATE TABLE log_rows AS
      SELECT line, ms, sender_id, recipient_id, amount, ok, ${parquet ? 'CASE WHEN NOT ok THEN f END' : 'NULL'} AS slow_f
      FROM (
        SELECT *, COALESCE(readable AND ms IS NOT NULL AND sender_id IS NOT NULL AND amount <= ${String(Number.MAX_SAFE_INTEGER)}, false) AS ok
        FROM (
          SELECT line, text, f, ${instantMs('at_t')} AS ms, ${fastId('sender_t')} AS sender_id,
            CASE WHEN recipient_t <> '' THEN ${fastId('recipient_t')} END AS recipient_id,
            CASE WHEN regexp_full_match(amount_t, '${AMOUNT}') THEN TRY_CAST(amount_t AS BIGINT) END AS amount,
            f IS NOT NULL AND fits AND (recipient_t = '' OR recipient_id IS NOT NULL) AS readable
          FROM cells))`);
    // A CSV row's text stays in the table of lines, read back only for the rows that need it.
    const texts = parquet
      ? 'SELECT line, CAST(NULL AS VARCHAR) AS text FROM log_rows'
      : 'SELECT rowid + 1 AS line, text FROM lines';
    await connection.run(
      `CREATE TABLE slow_valid (line BIGINT, ms BIGINT, sender_id ${idType}, recipient_id ${idType}, amount BIGINT)`,
    );

    // The rows the fast reading left: read and checked as the streaming audit reads them.
    const invalidRecords: InvalidRecord[] = [];
    const appender = await connection.createAppender('slow_valid');
    const slow = await connection.stream(
      `SELECT line, t.text, r.slow_f FROM log_rows r JOIN (${texts}) t USING (line) WHERE NOT r.ok ORDER BY line`,
    );
    for await (const batch of chunks(slow)) {
      for (const [lineValue, text, list] of batch) {
        const line = Number(lineValue);
        const fields = fieldsOf(text, list);
        if ('error' in fields) {
          invalidRecords.push({
            ...invalid(line, 'invalid_input', null, fields.error, null).problem,
            value: null,
          });
          continue;
        }
        const row = toRow(header, fields, line);
        if ('invalid' in row) {
          invalidRecords.push({ ...row.problem, value: row.value });
          continue;
        }
        const judged = judgeAlone(row, opaque);
        if ('record' in judged) invalidRecords.push(judged.record);
        else {
          appender.appendBigInt(BigInt(line));
          appender.appendBigInt(BigInt(judged.ms));
          appendId(appender, judged.sender, opaque);
          if (judged.recipient === null) appender.appendNull();
          else appendId(appender, judged.recipient, opaque);
          appender.appendBigInt(BigInt(row.amount));
          appender.endRow();
        }
      }
    }
    appender.closeSync();

    // With --strict the audit ends at the first invalid row: the rows before it are reported.
    const stopAt = strict ? invalidRecords[0]?.line : undefined;
    const before = stopAt === undefined ? '' : ` WHERE line < ${String(stopAt)}`;
    // Past shareRows rows the query's sorts outgrow DuckDB's memory and spill, which costs more
    // than the rows: it runs on one share of the senders at a time. Every rule counts within
    // one sender, so a share is judged exactly as in the whole log.
    const [[validRows] = []] = await rows(
      connection,
      `SELECT count(*) FROM (SELECT line FROM log_rows WHERE ok UNION ALL SELECT line FROM slow_valid)${before}`,
    );
    const valid = Number(validRows);
    const shares = Math.max(1, Math.ceil(valid / shareRows));
    const query = policyToSql({
      dialect: 'duckdb',
      table: 'transfers',
      // The ids are read already: a phone number is its national digits, an opaque id its text.
      ids: opaque ? 'opaque' : 'integer',
      instants: 'epoch-ms',
      ...(options.policy === undefined ? {} : { policy: options.policy }),
    }).replace(/\nORDER BY line\n$/, '\n');
    for (let share = 0; share < shares; share += 1) {
      const ofShare =
        shares === 1 ? '' : ` AND hash(sender_id) % ${String(shares)} = ${String(share)}`;
      const ok = `WHERE ok${ofShare}`;
      const slow = `WHERE true${ofShare}`;
      // The instants as epoch ms and the ids as read, which the query takes as they are.
      await connection.run(`CREATE OR REPLACE VIEW transfers AS
        SELECT line, ms AS "at", sender_id AS sender, recipient_id AS recipient, amount FROM log_rows ${ok}
        UNION ALL
        SELECT line, ms, sender_id, recipient_id, amount FROM slow_valid ${slow}`);
      // Each violating row with what the summary and the outputs need: its sender's id, its
      // instant, and whether DuckDB read it (fast) or the library did.
      await connection.run(`${share === 0 ? 'CREATE TABLE found AS' : 'INSERT INTO found'}
        SELECT v.line, v.codes, CAST(v.pyongyang_day AS VARCHAR) AS day, v.policy_id, v.before_policy_report, t.sender_id, t.ms, t.fast
        FROM (${query}) v JOIN (
          SELECT line, sender_id, ms, true AS fast FROM log_rows ${ok}
          UNION ALL SELECT line, sender_id, ms, false FROM slow_valid ${slow}) t USING (line)
        WHERE v.verdict = 'violating'${stopAt === undefined ? '' : ` AND v.line < ${String(stopAt)}`}`);
    }
    tally.addViolations(await countViolations(connection, opaque));

    let next = 0;
    // Invalid rows and violations are written in the order of their lines, as the streaming audit writes them.
    const invalidUpTo = (line: number) => {
      for (
        let r = invalidRecords[next];
        r !== undefined && r.line < line;
        r = invalidRecords[next]
      ) {
        next += 1;
        tally.invalid(r);
      }
    };
    // A violation the streaming audit's writers write (its values need escaping), from the
    // columns of violationsSql: read again from its text or fields, as in the streaming audit.
    const emitRow = (values: readonly unknown[]) => {
      const [lineValue, , codes, day, policyId, beforeReport, ms, lineText, list] = values;
      const line = Number(lineValue);
      const fields =
        typeof lineText === 'string' && !lineText.includes('"')
          ? lineText.split(',')
          : fieldsOf(lineText, list);
      const row = 'error' in fields ? fields : toRow(header, fields, line);
      // A violating row was read once already: reading it again cannot fail.
      if ('error' in row || 'invalid' in row)
        throw new TypeError(`line ${String(line)} read differently`);
      tally.emit(row, {
        violations: String(codes)
          .split(',')
          .map((code) => ({ code, rule: RULE_OF_CODE[code] ?? code })),
        policyId: String(policyId),
        day: String(day),
        // The library's toIsoUtc of a valid instant is Date's ISO text.
        utc: new Date(Number(ms)).toISOString(),
        beforePolicyReport: beforeReport === true,
      });
    };
    const sink = options.violationText;
    const textSink = sink === 'none' || header.keep.length > 0 ? undefined : sink;
    const copied =
      textSink !== undefined &&
      (await copyViolations({
        connection,
        query: violationsSql({ header, parquet, sink: textSink, lines: true }),
        file: join(spill, 'violations.txt'),
        sink: textSink,
        invalidLines: invalidRecords.map((r) => r.line),
        invalidUpTo,
        emitRow,
        onBatch: async () => options.onBatch?.(tally.rows(), 0),
      }));
    if (sink !== 'none' && !copied) {
      const written = await connection.stream(
        `${violationsSql({ header, parquet, sink: textSink })} ORDER BY line`,
      );
      // Consecutive texts are handed over together, once per chunk.
      let text = '';
      const flushText = () => {
        if (text === '') return;
        sink?.write(text);
        text = '';
      };
      for (;;) {
        const chunk = await written.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        // Most rows need only their line and text: the other columns are read for the rest.
        const lines = chunk.getColumnValues(0);
        const bodies = chunk.getColumnValues(1);
        for (let i = 0; i < chunk.rowCount; i += 1) {
          const line = Number(lines[i]);
          const body = bodies[i];
          const pending = invalidRecords[next];
          if (pending !== undefined && pending.line < line) {
            flushText();
            invalidUpTo(line);
          }
          if (typeof body === 'string') {
            text += body;
            continue;
          }
          flushText();
          emitRow(chunk.getRowValues(i));
        }
        flushText();
        await options.onBatch?.(tally.rows(), 0);
      }
    }
    // Clean rows first: with --strict the first invalid row then stops the audit after them.
    tally.clean(valid - tally.summary().violating);
    invalidUpTo(Number.POSITIVE_INFINITY);
    await options.onBatch?.(tally.rows(), 0);
    return tally.summary();
  } catch (error) {
    if (error instanceof RowError && !(error instanceof AuditStopped)) {
      throw new AuditStopped(source, error.problem, tally.summary());
    }
    throw error;
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(spill, { recursive: true, force: true });
  }
}

/** The most valid rows the query judges at once, unless KPMM_DUCKDB_SHARE_ROWS says otherwise. */
const SHARE_ROWS = 20_000_000;

/** The most rows the writers write between the violations DuckDB copies (else all come through Node). */
const COPY_BREAKS = 1_000;

/**
 * Writes the violations by COPY: DuckDB writes those it has as text to a file, in order of line,
 * and the sink copies the file to the output; between them, the invalid rows and the violations
 * that need the writers go through the tally, as in the streaming audit. False (nothing written)
 * when there are more than COPY_BREAKS of those, which then all come through Node.
 */
async function copyViolations(options: {
  readonly connection: DuckDBConnection;
  /** violationsSql with `lines`. */
  readonly query: string;
  readonly file: string;
  readonly sink: ViolationTextSink;
  /** The lines of the invalid rows not yet written, in order. */
  readonly invalidLines: readonly number[];
  readonly invalidUpTo: (line: number) => void;
  readonly emitRow: (values: readonly unknown[]) => void;
  readonly onBatch: () => Promise<void>;
}): Promise<boolean> {
  const { connection, file, sink, invalidUpTo, emitRow, onBatch } = options;
  // Stored in order of line, which COPY keeps while DuckDB keeps the order of rows.
  await connection.run('SET preserve_insertion_order = true');
  await connection.run(`CREATE TEMP TABLE written AS ${options.query}`);
  const [[others, last] = []] = await rows(
    connection,
    'SELECT count(*) FILTER (WHERE body IS NULL), max(line) FROM written',
  );
  // Invalid rows after the last violation are left to the caller (with --strict, after the clean rows).
  const lastLine = last === null || last === undefined ? 0 : Number(last);
  const invalidLines = options.invalidLines.filter((line) => line < lastLine);
  if (Number(others) + invalidLines.length > COPY_BREAKS) {
    await connection.run('DROP TABLE written');
    await connection.run('SET preserve_insertion_order = false');
    return false;
  }
  const slow =
    Number(others) === 0
      ? []
      : // DuckDB's values, as the streaming path reads them (a list stays a DuckDBListValue).
        (
          await connection.runAndReadAll('SELECT * FROM written WHERE body IS NULL ORDER BY line')
        ).getRows();
  // The breaks: each an invalid row's line, or a violation's row of values.
  const breaks: (number | readonly unknown[])[] = [...invalidLines, ...slow].sort(
    (a, b) => lineOf(a) - lineOf(b),
  );
  let from = 0;
  const copyUpTo = async (to: number) => {
    const below = to === Number.POSITIVE_INFINITY ? '' : ` AND line < ${String(to)}`;
    const [[count] = []] = await rows(
      connection,
      `COPY (SELECT body FROM written WHERE body IS NOT NULL AND line >= ${String(from)}${below}) TO ${quoteText(file)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER E'\\x01')`,
    );
    await sink.writeFile(file, Number(count));
    await onBatch();
  };
  for (const point of breaks) {
    const line = lineOf(point);
    await copyUpTo(line);
    if (typeof point === 'number') invalidUpTo(line + 1);
    else emitRow(point);
    from = line + 1;
  }
  await copyUpTo(Number.POSITIVE_INFINITY);
  await connection.run('DROP TABLE written');
  await connection.run('SET preserve_insertion_order = false');
  return true;
}

function lineOf(point: number | readonly unknown[]): number {
  return typeof point === 'number' ? point : Number(point[0]);
}

/** 1000-01-01 and 10000-01-01 in epoch ms: the years Date's ISO text writes with four digits. */
const FOUR_DIGIT_YEARS_MS = [-30_610_224_000_000, 253_402_300_800_000] as const;
/** A value the outputs write as it is: printable ASCII without a quote or a backslash. */
const PLAIN = String.raw`[ !#-\[\]-~]*`;

/**
 * The summary's counts of the violations in the table `found`, counted by SQL, each list in the
 * order its keys are first met by line (and, within a row, by the order of its codes).
 */
async function countViolations(
  connection: DuckDBConnection,
  opaque: boolean,
): Promise<ViolationCounts> {
  const [[violating, beforeReport] = []] = await rows(
    connection,
    'SELECT count(*), count(*) FILTER (WHERE before_policy_report) FROM found',
  );
  // The few distinct lists of codes first, then each list's codes.
  const byCode = await rows(
    connection,
    `SELECT code, sum(n) FROM (
      SELECT first, n, unnest(string_split(codes, ',')) AS code, unnest(range(len(string_split(codes, ',')))) AS position
      FROM (SELECT codes, min(line) AS first, count(*) AS n FROM found GROUP BY codes))
    GROUP BY code ORDER BY min(first * 8 + position)`,
  );
  const firstMet = (key: string) =>
    rows(connection, `SELECT ${key} AS k, count(*) FROM found GROUP BY k ORDER BY min(line)`);
  // A phone number's national form is 0 and its ten digits.
  const key = opaque ? 'sender_id' : `'0' || CAST(sender_id AS VARCHAR)`;
  // The ten with most violations, ties by text. DuckDB orders text by code point and the summary
  // by UTF-16 unit: they differ only between characters from U+E000, so senders tied with the
  // tenth that have one are taken too, and the tally picks the ten.
  const senders = await rows(
    connection,
    `WITH c AS (SELECT ${key} AS sender, count(*) AS n FROM found GROUP BY sender),
      r AS (SELECT sender, n, row_number() OVER (ORDER BY n DESC, sender) AS rank FROM c)
    SELECT sender, n FROM r WHERE rank <= 10
      OR (n >= (SELECT n FROM r WHERE rank = 10) AND regexp_matches(sender, '[\\x{E000}-\\x{10FFFF}]'))`,
  );
  const pairs = (found: unknown[][]) => found.map(([k, n]) => [String(k), Number(n)] as const);
  return {
    violating: Number(violating ?? 0),
    byCode: byCode.map(([code, n]) => {
      const text = String(code);
      return [text, RULE_OF_CODE[text] ?? text, Number(n)] as const;
    }),
    byPolicy: pairs(await firstMet('policy_id')),
    byMonth: pairs(await firstMet('left(day, 7)')),
    senders: pairs(senders),
    beforePolicyReport: Number(beforeReport ?? 0),
  };
}

/**
 * SQL of a violation as the format writes it, from the row's fields as text (see violationsSql).
 * For a file (`lines`), without the line break that ends it and, in JSON, followed by `,`
 * instead of led by `,\n`: the file's writer ends each line.
 */
function violationTextSql(format: ViolationTextSink['format'], lines = false): string {
  // One concat of all the parts: a chain of || makes a new string at each step.
  const concat = (...parts: string[]) => `concat(${parts.join(', ')})`;
  const text = (value: string) => quoteText(value);
  const json = [
    text('"line":'),
    'line',
    text(',"sender":"'),
    'sender_t',
    text('","recipient":'),
    `CASE WHEN recipient_t IS NULL THEN 'null' ELSE concat('"', recipient_t, '"') END`,
    text(',"amount":'),
    'amount_t',
    text(',"at":"'),
    'at_t',
    text('","utc":"'),
    'utc',
    text('","day":"'),
    'day',
    text('","policy":"'),
    'policy_id',
    text('","codes":["'),
    `replace(codes, ',', '","')`,
    text('"],"beforePolicyReport":'),
    'CAST(before_policy_report AS VARCHAR)',
    text('}'),
  ];
  const end = lines ? [] : ['chr(10)'];
  switch (format) {
    case 'json':
      return lines
        ? concat(text('{'), ...json, text(','))
        : concat(text(','), 'chr(10)', text('{'), ...json);
    case 'ndjson':
      return concat(text('{"type":"violation",'), ...json, ...end);
    case 'csv':
      return concat(
        `concat_ws(',', line, sender_t, COALESCE(recipient_t, ''), amount_t, at_t, utc, day, policy_id, replace(codes, ',', ';'), CAST(before_policy_report AS VARCHAR))`,
        ...end,
      );
    case 'text':
      return concat(
        text('line '),
        'line',
        text(': '),
        'day',
        text(' (Pyongyang) '),
        'utc',
        text(' '),
        'sender_t',
        `CASE WHEN recipient_t IS NULL THEN '' ELSE concat(' -> ', recipient_t) END`,
        text(' '),
        'amount_t',
        text(' won ['),
        'policy_id',
        text(']: '),
        `replace(codes, ',', ', ')`,
        `CASE WHEN before_policy_report THEN ' before_policy_report' ELSE '' END`,
        ...end,
      );
    default:
      return assertNever(format);
  }
}

function assertNever(value: never): never {
  throw new TypeError(`unexpected ${String(value)}`);
}

/**
 * The query of the violations to write (unordered): each row `line, body, codes, day,
 * policy_id, before_policy_report, ms, text, fields`. With a sink, a row DuckDB read whose values
 * the format writes as they are comes as its text (body) alone; any other row comes with its
 * fields, and the tally writes it as in the streaming audit.
 */
function violationsSql(options: {
  readonly header: LogHeader;
  readonly parquet: boolean;
  readonly sink: ViolationTextSink | undefined;
  readonly lines?: boolean;
}): string {
  const { header, parquet, sink, lines = false } = options;
  // The violating rows with their text (CSV) or fields (Parquet); in order of line for a file,
  // sorted before the texts are made, which are longer to move.
  const from = parquet
    ? 'SELECT f.*, NULL AS text, c.at_t, c.sender_t, c.recipient_t, c.amount_t, c.f AS fields FROM found f JOIN cells c USING (line)'
    : 'SELECT f.*, t.text FROM found f JOIN (SELECT rowid + 1 AS line, text FROM lines) t USING (line)';
  const at = (index: number | null) =>
    index === null ? 'NULL' : `string_split(text, ',')[${String(index + 1)}]`;
  const values = parquet
    ? `at_t, sender_t, NULLIF(recipient_t, '') AS recipient_t, amount_t, fields AS f`
    : `${at(header.at)} AS at_t, ${at(header.sender)} AS sender_t, NULLIF(${at(header.recipient)}, '') AS recipient_t, ${at(header.amount)} AS amount_t, NULL AS f`;
  const [fromMs, toMs] = FOUR_DIGIT_YEARS_MS;
  const plain =
    sink === undefined
      ? 'false'
      : `fast AND ms >= ${String(fromMs)} AND ms < ${String(toMs)} AND regexp_full_match(sender_t || COALESCE(recipient_t, ''), '${PLAIN}') AND regexp_full_match(policy_id, '[A-Za-z0-9_.-]+')`;
  const body = sink === undefined ? 'NULL' : violationTextSql(sink.format, lines);
  const unless = (value: string) => `CASE WHEN NOT plain THEN ${value} END`;
  return `SELECT line, CASE WHEN plain THEN ${body} END AS body, ${unless('codes')}, ${unless('day')},
      ${unless('policy_id')}, ${unless('before_policy_report')}, ${unless('ms')}, ${unless('text')}, ${unless('f')}
    FROM (SELECT *, ${plain} AS plain FROM (
      SELECT line, codes, day, policy_id, before_policy_report, ms, fast, text,
        strftime(make_timestamp(ms * 1000), '%Y-%m-%dT%H:%M:%S.%gZ') AS utc, ${values}
      FROM (${from}${lines ? ' ORDER BY line' : ''})))`;
}

/** The first line of an error's message. */
function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

/** Refuses a binary file as the streaming reader does, from its first bytes. */
async function checkText(file: string, source: string): Promise<void> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return;
  }
  try {
    const buffer = Buffer.alloc(1 << 16);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const kind = binaryKind(buffer.subarray(0, bytesRead));
    if (kind !== null) {
      throw new RowError(source, {
        line: null,
        code: 'invalid_input',
        field: null,
        message: `the input is not text: it looks like ${kind}; a transfer log is CSV text`,
      });
    }
  } finally {
    await handle.close();
  }
}

// A policy no row can meet: a fresh auditor under it reports every valid row as a violation,
// with its instant in UTC, and every invalid row with the same issues as the streaming audit.
const PROBE: TransferPolicy = {
  ...DAILY_CAP_2020,
  id: 'PROBE',
  rules: [{ kind: 'sender-daily', maxTransfers: 0, maxAmountWon: 0 }],
};

/**
 * One row checked alone by the library, as the streaming audit checks it: its instant and ids,
 * or the record of its issues.
 */
function judgeAlone(
  row: LogRow,
  opaque: boolean,
): { ms: number; sender: string; recipient: string | null } | { record: InvalidRecord } {
  const found = createAuditor<LogRow>({
    policy: PROBE,
    onInvalid: 'report',
    ids: opaque ? 'opaque' : 'phone',
  })(row);
  if (found === undefined) throw new TypeError('the probe policy let a row through');
  if ('invalid' in found) return { record: invalidRecordOf(row, found) };
  const sender = idOf(row.sender, opaque);
  const recipient = row.recipient === undefined ? null : idOf(row.recipient, opaque);
  if (sender === undefined || recipient === undefined) {
    throw new TypeError('the library accepted an id it cannot read');
  }
  return { ms: Date.parse(found.utc), sender, recipient };
}
