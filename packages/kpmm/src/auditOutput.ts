import type {
  AuditStopped,
  AuditSummary,
  InvalidRecord,
  Violation,
  ViolationTextSink,
} from './auditLog.js';
import { open } from 'node:fs/promises';
import { csvRecord } from './csv.js';
import { write } from './io.js';
import type { LogHeader } from './logReader.js';
import { table, whole } from './format.js';
import { escapeControls } from './text.js';

export const AUDIT_FORMATS = ['text', 'json', 'ndjson', 'csv'] as const;
export type AuditFormat = (typeof AUDIT_FORMATS)[number];

/** How many invalid rows a JSON document lists; the summary counts them all. */
export const JSON_INVALID_LISTED = 1_000;
/** How many invalid rows `--format csv` names on standard error. */
export const CSV_INVALID_NAMED = 20;

/** Writes an audit's records and summary in one format, batching its output. */
export interface AuditWriter {
  readonly header: (header: LogHeader) => void;
  readonly violation: (violation: Violation) => void;
  /**
   * Violations already written as this format writes them, for an engine that writes them itself;
   * 'none' when only the summary is written; undefined when each must come as a record.
   */
  readonly violationText: ViolationTextSink | 'none' | undefined;
  readonly invalid: (invalid: InvalidRecord) => void;
  /** Writes what is buffered, waiting for the stream to drain. */
  readonly flush: () => Promise<void>;
  readonly end: (summary: AuditSummary) => Promise<void>;
  /** Closes the output after a stopping error, so that a JSON document stays valid. */
  readonly stopped: (error: AuditStopped) => Promise<void>;
}

export interface WriterOptions {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  /** Only the summary. */
  readonly summaryOnly: boolean;
  /** Text: the most records to print before the summary (Infinity for all). */
  readonly limit: number;
}

/** The bytes of output gathered before they are handed to the stream. */
const OUT_CHUNK = 1 << 16;

const CSV_COLUMNS = [
  'line',
  'sender',
  'recipient',
  'amount',
  'at',
  'utc',
  'pyongyang_day',
  'policy',
  'codes',
  'before_policy_report',
];

const json = JSON.stringify;

// A log names a few policies and code lists, each written on many violations: their JSON is made once.
const written = new Map<string, string>();
const writtenLists = new Map<string, string>();
function jsonOnce(text: string): string {
  let out = written.get(text);
  if (out === undefined) {
    out = json(text);
    if (written.size < 256) written.set(text, out);
  }
  return out;
}
function codesJson(key: string, codes: readonly string[]): string {
  let out = writtenLists.get(key);
  if (out === undefined) {
    out = json(codes);
    if (writtenLists.size < 256) writtenLists.set(key, out);
  }
  return out;
}

/**
 * A violation as JSON text: the log's fields, the instant in UTC, the Pyongyang day, the policy,
 * the codes, and the kept columns when there are any. Written field by field, since it is the
 * output's hot path (a million rows may have hundreds of thousands of violations).
 */
function violationJson(v: Violation, type: '' | 'violation' = ''): string {
  const codes = v.codes.length === 1 ? (v.codes[0] ?? '') : v.codes.join(',');
  const columns = Object.keys(v.columns).length === 0 ? '' : `,"columns":${json(v.columns)}`;
  return `{${type === '' ? '' : '"type":"violation",'}"line":${String(v.line)},"sender":${json(v.sender)},"recipient":${json(v.recipient)},"amount":${String(v.amount)},"at":${json(v.at)},"utc":"${v.utc}","day":"${v.day}","policy":${jsonOnce(v.policy)},"codes":${codesJson(codes, v.codes)},"beforePolicyReport":${String(v.beforePolicyReport)}${columns}}`;
}

function list(counts: Readonly<Record<string, number>>): string {
  const entries = Object.entries(counts);
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k} ${whole(n)}`).join(', ');
}

/** The summary as text: rows by outcome, then each count on its own labelled line. */
export function summaryText(s: AuditSummary): string {
  const months = Object.entries(s.byMonth).sort(([a], [b]) => (a < b ? -1 : 1));
  const lines = [
    `${whole(s.rows)} rows = ${whole(s.clean)} clean + ${whole(s.violating)} violating + ${whole(s.invalid)} invalid${s.sorted ? ' (sorted in memory by instant)' : ''}`,
  ];
  if (s.violating > 0) {
    lines.push(
      table([
        ['by rule', list(s.byRule)],
        ['by code', list(s.byCode)],
        ['by policy', list(s.byPolicy)],
        ['by Pyongyang month', months.map(([m, n]) => `${m} ${whole(n)}`).join(', ')],
        [
          'top senders',
          s.topSenders.map((t) => `${escapeControls(t.sender)} ${whole(t.violations)}`).join(', '),
        ],
        [
          'before_policy_report',
          `${whole(s.beforePolicyReport)} violating ${s.beforePolicyReport === 1 ? 'row is dated before its' : 'rows are dated before their'} policy was first reported`,
        ],
      ]),
    );
  }
  if (s.invalid > 0) lines.push(table([['invalid by code', list(s.invalidByCode)]]));
  return `${lines.join('\n')}\n`;
}

/** The summary as CSV rows `section,key,value`. */
function summaryCsv(s: AuditSummary): string {
  const rows: (string | number)[][] = [
    ['section', 'key', 'value'],
    ['rows', 'total', s.rows],
    ['rows', 'clean', s.clean],
    ['rows', 'violating', s.violating],
    ['rows', 'invalid', s.invalid],
    ['rows', 'before_policy_report', s.beforePolicyReport],
  ];
  const section = (name: string, counts: Readonly<Record<string, number>>) => {
    for (const [key, n] of Object.entries(counts)) rows.push([name, key, n]);
  };
  section('rule', s.byRule);
  section('code', s.byCode);
  section('policy', s.byPolicy);
  section('pyongyang_month', s.byMonth);
  for (const t of s.topSenders) rows.push(['top_sender', t.sender, t.violations]);
  section('invalid_code', s.invalidByCode);
  return rows.map((r) => csvRecord(r.map(String))).join('');
}

function invalidText(r: InvalidRecord): string {
  const value = r.value === null ? '' : ` (value '${r.value}')`;
  return `line ${String(r.line)}: invalid: ${r.code}${r.field === null ? '' : ` (${r.field})`}: ${escapeControls(r.message)}${value}\n`;
}

function violationText(v: Violation): string {
  const to = v.recipient === null ? '' : ` -> ${escapeControls(v.recipient)}`;
  const kept = Object.entries(v.columns)
    .map(([k, x]) => ` ${escapeControls(k)}=${escapeControls(x)}`)
    .join('');
  const mark = v.beforePolicyReport ? ' before_policy_report' : '';
  return `line ${String(v.line)}: ${v.day} (Pyongyang) ${v.utc} ${escapeControls(v.sender)}${to} ${String(v.amount)} won [${v.policy}]: ${v.codes.join(', ')}${mark}${kept}\n`;
}

/**
 * The writer of one format. `text` prints records (at most `limit`) then the summary; `json`
 * one document `{violations, invalid, invalidOmitted, summary, rows}` (an `error` before the
 * summary when the audit stopped); `ndjson` one record a line, typed, then the summary line;
 * `csv` the violations with a header, invalid rows named on standard error.
 */
export function createWriter(format: AuditFormat, options: WriterOptions): AuditWriter {
  const { stdout, stderr, summaryOnly, limit } = options;
  // Records are encoded into a chunk as they come: one long joined string would be copied
  // again to encode it, which took a seventh of a large JSON audit.
  let chunk = Buffer.allocUnsafe(OUT_CHUNK);
  let used = 0;
  const full: Buffer[] = [];
  const out = (text: string): void => {
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (text.length * 3 > OUT_CHUNK - used) {
      if (used > 0) {
        full.push(chunk.subarray(0, used));
        chunk = Buffer.allocUnsafe(OUT_CHUNK);
        used = 0;
      }
      if (text.length * 3 > OUT_CHUNK) {
        full.push(Buffer.from(text));
        return;
      }
    }
    used += chunk.write(text, used);
  };
  const flush = async (): Promise<void> => {
    if (used > 0) {
      full.push(chunk.subarray(0, used));
      chunk = Buffer.allocUnsafe(OUT_CHUNK);
      used = 0;
    }
    for (const bytes of full.splice(0)) await write(stdout, bytes);
  };
  // A file of records written by an engine: after what is buffered, all but its last `trim` bytes.
  const copyFile = async (path: string, trim: number): Promise<void> => {
    await flush();
    const handle = await open(path, 'r');
    try {
      let left = (await handle.stat()).size - trim;
      while (left > 0) {
        // A buffer of its own for each piece: the stream may still hold the one before.
        const buffer = Buffer.allocUnsafe(Math.min(left, 1 << 20));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
        if (bytesRead === 0) break;
        left -= bytesRead;
        await write(stdout, buffer.subarray(0, bytesRead));
      }
    } finally {
      await handle.close();
    }
  };

  if (format === 'json') {
    let first = true;
    const invalid: InvalidRecord[] = [];
    let omitted = 0;
    if (!summaryOnly) out('{"violations":[');
    const close = (tail: string, s: AuditSummary): string =>
      `${summaryOnly ? '{' : `${first ? '' : '\n'}],"invalid":${JSON.stringify(invalid)},"invalidOmitted":${String(omitted)},`}${tail}"summary":${JSON.stringify(s)},"rows":${String(s.rows)}}\n`;
    return {
      header: () => undefined,
      violation: (v) => {
        if (summaryOnly) return;
        out(`${first ? '\n' : ',\n'}${violationJson(v)}`);
        first = false;
      },
      violationText: summaryOnly
        ? 'none'
        : {
            format,
            write: (text) => {
              if (text === '') return;
              out(first ? text.slice(1) : text);
              first = false;
            },
            // The file's records are `{…},\n`: led by the separator, less the last `,\n`.
            writeFile: async (path, count) => {
              if (count === 0) return;
              out(first ? '\n' : ',\n');
              first = false;
              await copyFile(path, 2);
            },
          },
      invalid: (r) => {
        if (summaryOnly) return;
        if (invalid.length < JSON_INVALID_LISTED) invalid.push(r);
        else omitted += 1;
      },
      flush,
      end: async (s) => {
        out(close('', s));
        await flush();
      },
      stopped: async (error) => {
        const { line, code, field, message } = error.problem;
        out(close(`"error":${JSON.stringify({ line, code, field, message })},`, error.summary));
        await flush();
      },
    };
  }

  if (format === 'ndjson') {
    const summaryLine = (s: AuditSummary) => `${JSON.stringify({ type: 'summary', ...s })}\n`;
    return {
      header: () => undefined,
      violation: (v) => {
        if (!summaryOnly) out(`${violationJson(v, 'violation')}\n`);
      },
      violationText: summaryOnly
        ? 'none'
        : { format, write: out, writeFile: (path) => copyFile(path, 0) },
      invalid: (r) => {
        if (!summaryOnly) out(`${JSON.stringify({ type: 'invalid', ...r })}\n`);
      },
      flush,
      end: async (s) => {
        out(summaryLine(s));
        await flush();
      },
      stopped: async (error) => {
        const { line, code, field, message } = error.problem;
        out(`${JSON.stringify({ type: 'error', line, code, field, message })}\n`);
        out(summaryLine(error.summary));
        await flush();
      },
    };
  }

  if (format === 'csv') {
    let named = 0;
    let unnamed = 0;
    return {
      header: (header) => {
        if (!summaryOnly) out(csvRecord([...CSV_COLUMNS, ...header.keep.map((k) => k.name)]));
      },
      violation: (v) => {
        if (summaryOnly) return;
        out(
          csvRecord([
            String(v.line),
            v.sender,
            v.recipient ?? '',
            String(v.amount),
            v.at,
            v.utc,
            v.day,
            v.policy,
            v.codes.join(';'),
            String(v.beforePolicyReport),
            ...Object.values(v.columns),
          ]),
        );
      },
      violationText: summaryOnly
        ? 'none'
        : { format, write: out, writeFile: (path) => copyFile(path, 0) },
      invalid: (r) => {
        if (summaryOnly) return;
        if (named < CSV_INVALID_NAMED) {
          named += 1;
          stderr.write(invalidText(r));
        } else unnamed += 1;
      },
      flush,
      end: async (s) => {
        if (summaryOnly) out(summaryCsv(s));
        await flush();
        if (unnamed > 0) {
          stderr.write(
            `… and ${whole(unnamed)} more invalid rows (--format ndjson lists them all)\n`,
          );
        }
        if (!summaryOnly) stderr.write(`${summaryText(s).split('\n')[0] ?? ''}\n`);
      },
      stopped: async () => {
        await flush();
      },
    };
  }

  let shown = 0;
  let hiddenViolations = 0;
  let hiddenInvalid = 0;
  const record = (text: string, isViolation: boolean): void => {
    if (summaryOnly) return;
    if (shown < limit) {
      shown += 1;
      out(text);
    } else if (isViolation) hiddenViolations += 1;
    else hiddenInvalid += 1;
  };
  const ending = (s: AuditSummary): string => {
    const hidden = [
      ...(hiddenViolations > 0 ? [`${whole(hiddenViolations)} more violating rows`] : []),
      ...(hiddenInvalid > 0 ? [`${whole(hiddenInvalid)} more invalid rows`] : []),
    ];
    const more =
      hidden.length === 0
        ? ''
        : `… and ${hidden.join(' and ')} not shown (--all prints them; --format csv or ndjson writes them for other tools)\n`;
    return `${more}${summaryOnly || shown === 0 ? '' : '\n'}${summaryText(s)}`;
  };
  return {
    header: () => undefined,
    violation: (v) => {
      record(violationText(v), true);
    },
    // Text written elsewhere cannot be counted against the limit, so it is taken only when all is shown.
    violationText: summaryOnly
      ? 'none'
      : limit === Number.POSITIVE_INFINITY
        ? {
            format,
            write: (text) => {
              if (text === '') return;
              shown += 1;
              out(text);
            },
            writeFile: async (path, count) => {
              shown += count;
              await copyFile(path, 0);
            },
          }
        : undefined,
    invalid: (r) => {
      record(invalidText(r), false);
    },
    flush,
    end: async (s) => {
      out(ending(s));
      await flush();
    },
    stopped: async (error) => {
      // A summary of nothing (a binary file, a bad header) would only bury the error.
      if (error.summary.rows > 0) out(ending(error.summary));
      await flush();
    },
  };
}
