import type { AuditSummary } from '../auditLog.js';
import { whole } from '../format.js';
import type { AuditChartData } from './auditAggregates.js';
import { AMOUNT_CAP_WON } from './auditAggregates.js';
import { citeFacts } from './citeFacts.js';
import { MARK_CLASS, PALETTE, drawChart } from './drawChart.js';
import { renderPage, type Figure, type TextTable } from './page.js';

/** The rules' colours, in a fixed order so a rule keeps its colour from page to page. */
const RULE_COLOURS: readonly [string, string][] = [
  ['sender-daily', PALETTE.blue],
  ['recipient-monthly', PALETTE.orange],
];

/** The facts every count of an audit rests on: the rules, and the Pyongyang day. */
const RULE_FACTS = ['DAILY_CAP_2020', 'LIMITS_2022', 'PYONGYANG_TIME_ZONE'];

const byName = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : a > b ? 1 : 0);
const list = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .sort(byName)
    .map(([k, n]) => `${k} ${whole(n)}`)
    .join(', ') || 'none';

/** At most about 12 labelled ticks on an axis of days. */
function dayTicks(days: readonly string[]): string[] {
  const step = Math.max(1, Math.ceil(days.length / 12));
  return days.filter((_, i) => i % step === 0);
}

function summaryTable(summary: AuditSummary): TextTable {
  return {
    head: ['figure', 'value'],
    rows: [
      ['rows', whole(summary.rows)],
      ['clean', whole(summary.clean)],
      ['violating', whole(summary.violating)],
      ['invalid', whole(summary.invalid)],
      ['findings by rule', list(summary.byRule)],
      ['findings by code', list(summary.byCode)],
      ['violating rows by policy', list(summary.byPolicy)],
      ['violating rows by Pyongyang month', list(summary.byMonth)],
      ['dated before their policy was first reported', whole(summary.beforePolicyReport)],
      ['invalid rows by code', list(summary.invalidByCode)],
    ],
  };
}

/** What the audit page names: the log as the user wrote it, and the policy if one was forced. */
export interface AuditPageInput {
  readonly log: string;
  readonly policy?: string | undefined;
  readonly summary: AuditSummary;
  readonly data: AuditChartData;
}

/**
 * The audit of a log as one self-contained HTML page: violations per Pyongyang day by rule,
 * transfers per day, amounts against the 500-won cap, the ten senders with most violations and
 * invalid rows by code, each chart beside its table, with the summary figures of the text audit.
 *
 * @param input - the log's name, the summary and the aggregates gathered while streaming
 * @returns the HTML document
 * @example
 * ```ts
 * (await auditHtml({ log: 'log.csv', summary, data: charts.data() })).includes('id="violations"');
 * //=> true
 * ```
 */
export async function auditHtml(input: AuditPageInput): Promise<string> {
  const { summary, data } = input;
  const days = data.transfersByDay.map((d) => d.day);
  const ticks = dayTicks(days);
  const judged = input.policy === undefined ? 'the policy in force at its date' : input.policy;
  const fromLog = `Counts over the log ${input.log}, each row judged by ${judged}; days are Pyongyang calendar days.`;
  const rules = [
    ...new Set([...RULE_COLOURS.map(([r]) => r), ...data.violationsByDay.map((v) => v.rule)]),
  ];
  const colours = rules.map((r) => RULE_COLOURS.find(([k]) => k === r)?.[1] ?? PALETTE.purple);
  const figures: Figure[] = [];

  figures.push({
    id: 'violations',
    heading: 'Violations per Pyongyang day, by rule',
    charts:
      data.violationsByDay.length === 0
        ? []
        : [
            await drawChart(
              {
                id: 'violations-chart',
                title: 'Violating rows per Pyongyang day, stacked by rule',
                desc: `${whole(summary.violating)} violating rows over ${whole(days.length)} days; by rule: ${list(summary.byRule)}.`,
              },
              (Plot) => ({
                width: 640,
                height: 260,
                marginLeft: 48,
                x: { type: 'band', domain: days, ticks, label: null, tickRotate: -30 },
                y: { grid: true, label: 'rows ↑' },
                color: { domain: rules, range: colours },
                marks: [
                  Plot.barY(data.violationsByDay, {
                    x: 'day',
                    y: 'rows',
                    fill: 'rule',
                    stroke: '#fff',
                    strokeWidth: 0.5,
                    className: MARK_CLASS,
                  }),
                  Plot.ruleY([0]),
                ],
                marginBottom: 48,
              }),
            ),
          ],
    empty: 'No row broke a rule.',
    legend: rules.map((r, i) => ({ colour: colours[i] ?? PALETTE.purple, name: r })),
    table: {
      head: ['Pyongyang day', 'rule', 'violating rows'],
      rows: data.violationsByDay.map((v) => [v.day, v.rule, whole(v.rows)]),
      numeric: [2],
    },
    caption: `${fromLog} A row that broke a rule twice (count and amount) counts once for it; a row that broke two rules counts once for each.`,
    citations: citeFacts(RULE_FACTS),
  });

  figures.push({
    id: 'transfers',
    heading: 'Transfers per Pyongyang day',
    charts:
      days.length === 0
        ? []
        : [
            await drawChart(
              {
                id: 'transfers-chart',
                title: 'Rows judged per Pyongyang day',
                desc: `${whole(summary.clean + summary.violating)} rows judged over ${whole(days.length)} days, from ${days[0] ?? ''} to ${days.at(-1) ?? ''}.`,
              },
              (Plot) => ({
                width: 640,
                height: 240,
                marginLeft: 56,
                marginBottom: 48,
                x: { type: 'band', domain: days, ticks, label: null, tickRotate: -30 },
                y: { grid: true, label: 'rows ↑' },
                marks: [
                  Plot.barY(data.transfersByDay, {
                    x: 'day',
                    y: 'transfers',
                    fill: PALETTE.blue,
                    className: MARK_CLASS,
                  }),
                  Plot.ruleY([0]),
                ],
              }),
            ),
          ],
    empty: 'No row could be judged.',
    table: {
      head: ['Pyongyang day', 'rows judged'],
      rows: data.transfersByDay.map((d) => [d.day, whole(d.transfers)]),
      numeric: [1],
    },
    caption: `${fromLog} Rows judged are the clean and the violating rows; invalid rows have no day.`,
    citations: citeFacts(['PYONGYANG_TIME_ZONE']),
  });

  figures.push({
    id: 'amounts',
    heading: `Amounts against the ${String(AMOUNT_CAP_WON)}-won cap`,
    charts: [
      await drawChart(
        {
          id: 'amounts-chart',
          title: `Rows judged by amount, against the ${String(AMOUNT_CAP_WON)}-won cap`,
          desc: data.amounts.map((a) => `${a.bin} won: ${whole(a.rows)}`).join('; '),
        },
        (Plot) => ({
          width: 640,
          height: 240,
          marginLeft: 56,
          marginBottom: 40,
          x: {
            type: 'band',
            domain: data.amounts.map((a) => a.bin),
            label: 'won →',
            tickRotate: -20,
          },
          y: { grid: true, label: 'rows ↑' },
          marks: [
            Plot.barY(data.amounts, {
              x: 'bin',
              y: 'rows',
              fill: (a: AuditChartData['amounts'][number]) =>
                a.overCap ? PALETTE.orange : PALETTE.blue,
              className: MARK_CLASS,
            }),
            Plot.ruleY([0]),
          ],
        }),
      ),
    ],
    legend: [
      { colour: PALETTE.blue, name: `at most ${String(AMOUNT_CAP_WON)} won` },
      { colour: PALETTE.orange, name: `over ${String(AMOUNT_CAP_WON)} won` },
    ],
    table: {
      head: ['won', 'rows judged'],
      rows: data.amounts.map((a) => [a.bin, whole(a.rows)]),
      numeric: [1],
    },
    caption: `${fromLog} The 2020 cap and the 2022 limits allow at most ${String(AMOUNT_CAP_WON)} won a day per sender (reported).`,
    citations: citeFacts(['DAILY_CAP_2020', 'LIMITS_2022']),
  });

  const senders = summary.topSenders;
  figures.push({
    id: 'senders',
    heading: `The ${whole(senders.length)} senders with most violations`,
    charts:
      senders.length === 0
        ? []
        : [
            await drawChart(
              {
                id: 'senders-chart',
                title: 'Senders with most violating rows',
                desc: senders.map((s) => `${s.sender}: ${whole(s.violations)}`).join('; '),
              },
              (Plot) => ({
                width: 640,
                height: 60 + 24 * senders.length,
                marginLeft: 150,
                x: { grid: true, label: 'violating rows →' },
                y: { domain: senders.map((s) => s.sender), label: null },
                marks: [
                  Plot.barX(senders, {
                    x: 'violations',
                    y: 'sender',
                    fill: PALETTE.blue,
                    className: MARK_CLASS,
                  }),
                  Plot.ruleX([0]),
                ],
              }),
            ),
          ],
    empty: 'No sender broke a rule.',
    table: {
      head: ['sender', 'violating rows'],
      rows: senders.map((s) => [s.sender, whole(s.violations)]),
      numeric: [1],
    },
    caption: `${fromLog} Most first, ties by sender; phone numbers in their national form.`,
    citations: citeFacts(['DAILY_CAP_2020', 'LIMITS_2022']),
  });

  const invalid = Object.entries(summary.invalidByCode).sort(byName);
  figures.push({
    id: 'invalid',
    heading: 'Invalid rows by code',
    charts:
      invalid.length === 0
        ? []
        : [
            await drawChart(
              {
                id: 'invalid-chart',
                title: 'Invalid rows by code',
                desc: invalid.map(([code, n]) => `${code}: ${whole(n)}`).join('; '),
              },
              (Plot) => ({
                width: 640,
                height: 60 + 24 * invalid.length,
                marginLeft: 170,
                x: { grid: true, label: 'rows →' },
                y: { domain: invalid.map(([code]) => code), label: null },
                marks: [
                  Plot.barX(invalid, {
                    x: ([, n]: [string, number]) => n,
                    y: ([code]: [string, number]) => code,
                    fill: PALETTE.orange,
                    className: MARK_CLASS,
                  }),
                  Plot.ruleX([0]),
                ],
              }),
            ),
          ],
    empty: 'No invalid rows: every row was judged.',
    table: { head: ['code', 'rows'], rows: invalid.map(([c, n]) => [c, whole(n)]), numeric: [1] },
    caption: `Rows that could not be judged, by code, over the log ${input.log} (kpmm audit --help lists the codes).`,
    citations: [],
  });

  return renderPage({
    title: `kpmm audit: ${input.log}`,
    lead: [
      `${whole(summary.rows)} rows = ${whole(summary.clean)} clean + ${whole(summary.violating)} violating + ${whole(summary.invalid)} invalid.`,
      `Each row judged by ${judged}. Each chart sits beside the table of its data.`,
    ],
    summary: summaryTable(summary),
    figures,
    footer: [
      'Written by kpmm audit --html. The page loads nothing: it works opened from disk, offline.',
    ],
  });
}
