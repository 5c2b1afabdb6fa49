import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CRACKDOWN_IDS,
  DESTINATION_IDS,
  MOBILE_WON_PRICE,
  RATE_TABLES,
  RATE_TABLE_IDS,
  REGION_IDS,
  facts,
  mobileWonCost,
  mobileWonToCash,
  policyAt,
  pyongyangDate,
  quoteRental,
  startOfNextPyongyangDay,
} from 'kp-mobile-money';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import type { Violation } from '../src/auditLog.js';
import { createAuditAggregates } from '../src/html/auditAggregates.js';
import { citeFacts } from '../src/html/citeFacts.js';
import { PALETTE } from '../src/html/drawChart.js';
import { escapeHtml } from '../src/html/escapeHtml.js';
import { giftRows, priceRows, rentalRows, ruleTimeline } from '../src/html/reportData.js';
import { run } from './run.js';

const SAMPLE = join(import.meta.dirname, '..', 'data', 'synthetic-transfer-log.csv');
const scratch = mkdtempSync(join(tmpdir(), 'kpmm-html-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** The page as a browser would parse it. */
function dom(html: string): Document {
  return parseHTML(html).document;
}

/** The data marks of a chart: the children of its marks groups. */
function marks(doc: Document, id: string): number {
  return doc.querySelectorAll(`svg[id="${id}"] .kpmm-marks > *`).length;
}

/** The body cells of a figure's table, row by row. */
function tableOf(doc: Document, figure: string): string[][] {
  return [...doc.querySelectorAll(`figure[id="${figure}"] tbody tr`)].map((tr) =>
    [...tr.querySelectorAll('td')].map((td) => td.textContent),
  );
}

describe('the report page: its data are the library’s figures', () => {
  // The cost of 500 won under each dated table, worked by hand: 37,500 KPW / KPW per unit.
  const prices = [
    { table: 'dailynk-2020-06-pyongyang', cnyFen: 3000, usdCents: 446 },
    { table: 'dailynk-2021-02', cnyFen: 3827, usdCents: 514 },
    { table: 'dailynk-2022-07', cnyFen: 3947, usdCents: 460 },
    { table: 'dailynk-2023-03', cnyFen: 3049, usdCents: 457 },
    { table: 'dailynk-2024-02', cnyFen: 2679, usdCents: 441 },
  ] as const;

  it('the price over time: one point per rate table, as mobileWonCost gives it', () => {
    const rows = priceRows();
    expect(rows.map((r) => r.table)).toEqual([...RATE_TABLE_IDS]);
    expect(rows.map((r) => [r.table, r.cny500.minor, r.usd500.minor])).toEqual(
      prices.map((p) => [p.table, p.cnyFen, p.usdCents]),
    );
    for (const [i, id] of RATE_TABLE_IDS.entries()) {
      const rates = RATE_TABLES[id];
      expect(rows[i]?.cny500).toEqual(mobileWonCost(500, { currency: 'CNY', rates }));
      expect(rows[i]?.usd500).toEqual(mobileWonCost(500, { currency: 'USD', rates }));
      expect(rows[i]?.cashKpwPerWon).toBe(MOBILE_WON_PRICE.cashKpwPerWon);
    }
    expect(rows[0]?.cashKpwPerWon).toBe(75);
  });

  it('rental estimates: quoteRental for every region, destination and crackdown', () => {
    const rows = rentalRows();
    expect(rows).toHaveLength(REGION_IDS.length * DESTINATION_IDS.length * CRACKDOWN_IDS.length);
    expect(rows).toHaveLength(16);
    for (const r of rows) {
      const quote = quoteRental({
        region: r.region,
        destination: r.destination,
        crackdown: r.crackdown,
      });
      expect(r.estimate).toEqual(quote.estimate);
      expect(r.usdEstimate).toEqual(quote.usd.estimate);
      expect(r.estimate.minor).toBeGreaterThanOrEqual(5_000);
      expect(r.estimate.minor).toBeLessThanOrEqual(20_000);
    }
    const first = rows.filter((r) => r.region === 'north-pyongan' && r.destination === 'china');
    expect(first.map((r) => [r.crackdown, r.estimate.minor, r.usdEstimate.minor])).toEqual([
      ['normal', 5_000, 700],
      ['intensified', 8_000, 1_120],
    ]);
  });

  it('the gift table: 200–500 won against KPW 15,000–37,500', () => {
    expect(giftRows().map((g) => [g.won, g.cashKpw, g.cny.minor, g.usd.minor])).toEqual([
      [200, 15_000, 1_200, 179],
      [300, 22_500, 1_800, 268],
      [400, 30_000, 2_400, 357],
      [500, 37_500, 3_000, 446],
    ]);
    for (const g of giftRows()) expect(g.cashKpw).toBe(mobileWonToCash(g.won));
  });

  it('the timeline: the policies as policyAt picks them, UTC+8:30 as the library’s days begin', () => {
    expect(ruleTimeline().map((s) => [s.id, s.from, s.to])).toEqual([
      ['DAILY_CAP_2020', '2020-06-08', '2022-08-09'],
      ['LIMITS_2022', '2022-08-10', null],
      ['PYONGYANG_TIME_ZONE', '2015-08-15', '2018-05-04'],
    ]);
    expect(policyAt('2022-08-09T12:00:00+09:00').id).toBe('DAILY_CAP_2020');
    expect(policyAt('2022-08-10T12:00:00+09:00').id).toBe('LIMITS_2022');
    // The first and last Pyongyang days that began at 15:30Z, and their neighbours at 15:00Z.
    expect(startOfNextPyongyangDay('2015-08-13T03:00:00Z')).toBe('2015-08-13T15:00:00.000Z');
    expect(startOfNextPyongyangDay('2015-08-14T03:00:00Z')).toBe('2015-08-14T15:30:00.000Z');
    expect(startOfNextPyongyangDay('2018-05-03T03:00:00Z')).toBe('2018-05-03T15:30:00.000Z');
    expect(startOfNextPyongyangDay('2018-05-04T03:00:00Z')).toBe('2018-05-04T15:00:00.000Z');
  });

  it('captions cite the grades and sources facts() gives', () => {
    const cited = citeFacts(['MOBILE_WON_PRICE', 'RENTAL_USD_RATE', 'DEFAULT_RENTAL_MODEL']);
    expect(cited.map((c) => [c.id, c.grade])).toEqual([
      ['MOBILE_WON_PRICE', 'reported'],
      ['RENTAL_USD_RATE', 'derived'],
      ['DEFAULT_RENTAL_MODEL', 'assumed'],
    ]);
    for (const c of cited) expect(c.sources).toEqual(facts().find((f) => f.id === c.id)?.sources);
    expect(() => citeFacts(['NO_SUCH_FACT'])).toThrow();
  });
});

describe('kpmm report --html', () => {
  it('writes one self-contained page to standard output with -', async () => {
    const { code, stdout, stderr } = await run(['report', '--html', '-']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.startsWith('<!doctype html>')).toBe(true);
    // Nothing to load: no script, no external style, font or image, and a policy that refuses any.
    expect(stdout).not.toMatch(/<script|<link|@import|url\(|src=|https?:\/\//i);
    expect(stdout).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    expect(stdout).toContain('@media print');
  });

  it('every chart is an SVG with role img, a title, a description and its marks', async () => {
    const doc = dom((await run(['report', '--html', '-'])).stdout);
    const charts = [...doc.querySelectorAll('svg[role="img"]')];
    expect(charts.map((c) => c.getAttribute('id'))).toEqual([
      'price-kpw',
      'price-cny',
      'price-usd',
      'rental-chart',
      'gifts-chart',
      'timeline-chart',
    ]);
    for (const chart of charts) {
      const id = chart.getAttribute('id') ?? '';
      expect(chart.getAttribute('aria-labelledby')).toBe(`${id}-title ${id}-desc`);
      expect(chart.firstElementChild?.tagName.toLowerCase()).toBe('title');
      expect(chart.querySelector('desc')?.textContent).not.toBe('');
    }
    expect(
      ['price-kpw', 'price-cny', 'price-usd', 'rental-chart', 'gifts-chart', 'timeline-chart'].map(
        (id) => marks(doc, id),
      ),
    ).toEqual([5, 5, 5, 16, 4, 3]);
  });

  it('each table beside its chart shows the library’s figures', async () => {
    const doc = dom((await run(['report', '--html', '-'])).stdout);
    expect(tableOf(doc, 'price')).toEqual([
      ['dailynk-2020-06-pyongyang (Pyongyang)', 'KPW 75', 'RMB 30.00', 'USD 4.46'],
      ['dailynk-2021-02', 'KPW 75', 'RMB 38.27', 'USD 5.14'],
      ['dailynk-2022-07', 'KPW 75', 'RMB 39.47', 'USD 4.60'],
      ['dailynk-2023-03', 'KPW 75', 'RMB 30.49', 'USD 4.57'],
      ['dailynk-2024-02', 'KPW 75', 'RMB 26.79', 'USD 4.41'],
    ]);
    expect(tableOf(doc, 'gifts').map((r) => r[1])).toEqual([
      'KPW 15,000',
      'KPW 22,500',
      'KPW 30,000',
      'KPW 37,500',
    ]);
    expect(tableOf(doc, 'rental')).toHaveLength(16);
    expect(tableOf(doc, 'timeline').map((r) => [r[0], r[2], r[3]])).toEqual([
      ['DAILY_CAP_2020', '2020-06-08', '2022-08-09'],
      ['LIMITS_2022', '2022-08-10', 'no end reported'],
      ['PYONGYANG_TIME_ZONE', '2015-08-15', '2018-05-04'],
    ]);
  });

  it('each caption cites its facts’ sources and grades', async () => {
    const doc = dom((await run(['report', '--html', '-'])).stdout);
    const cited = (figure: string) =>
      new Set(
        [...doc.querySelectorAll(`figure[id="${figure}"] figcaption code.source`)].map(
          (c) => c.textContent,
        ),
      );
    expect([...cited('price')].sort()).toEqual([
      'dailynk-2020-06-gifting',
      'dailynk-2022-08-limits',
      'dailynk-market-rates',
    ]);
    expect(cited('timeline').has('tzdb-asia-pyongyang')).toBe(true);
    const caption = doc.querySelector('figure[id="rental"] figcaption')?.textContent ?? '';
    for (const grade of ['reported', 'derived', 'assumed']) expect(caption).toContain(grade);
  });

  it('writes a file, and refuses --json with --html', async () => {
    const out = join(scratch, 'report.html');
    expect((await run(['report', '--html', out])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('id="rental-chart"');
    const both = await run(['report', '--json', '--html', out]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--json or --html');
  });
});

describe('kpmm audit --html', () => {
  it('writes the page beside the usual output, which does not change', async () => {
    const out = join(scratch, 'audit.html');
    const plain = await run(['audit', SAMPLE, '--summary']);
    const withPage = await run(['audit', SAMPLE, '--summary', '--html', out]);
    expect([withPage.code, withPage.stdout, withPage.stderr]).toEqual([
      plain.code,
      plain.stdout,
      plain.stderr,
    ]);
    expect(withPage.code).toBe(1);
    const doc = dom(readFileSync(out, 'utf8'));
    expect(doc.querySelector('header')?.textContent).toContain(
      '2,688 rows = 2,462 clean + 226 violating + 0 invalid',
    );
  });

  it('its charts count what the audit and the library count', async () => {
    const out = join(scratch, 'audit-marks.html');
    await run(['audit', SAMPLE, '--summary', '--html', out]);
    const doc = dom(readFileSync(out, 'utf8'));
    const json = JSON.parse((await run(['audit', SAMPLE, '--json'])).stdout) as {
      violations: { day: string; codes: string[] }[];
      summary: { topSenders: { sender: string; violations: number }[] };
    };
    const ruleOf = (code: string) =>
      code.startsWith('recipient') ? 'recipient-monthly' : 'sender-daily';
    const dayRules = new Map<string, number>();
    for (const v of json.violations) {
      for (const rule of new Set(v.codes.map(ruleOf))) {
        dayRules.set(`${v.day} ${rule}`, (dayRules.get(`${v.day} ${rule}`) ?? 0) + 1);
      }
    }
    const rows = readFileSync(SAMPLE, 'utf8').trim().split('\n').slice(1);
    const days = new Map<string, number>();
    for (const row of rows) {
      const day = pyongyangDate(row.split(',')[0] ?? '');
      days.set(day, (days.get(day) ?? 0) + 1);
    }
    expect(marks(doc, 'violations-chart')).toBe(dayRules.size);
    expect(marks(doc, 'transfers-chart')).toBe(days.size);
    expect(marks(doc, 'amounts-chart')).toBe(12);
    expect(marks(doc, 'senders-chart')).toBe(10);
    expect(doc.getElementById('invalid-chart')).toBeNull();
    expect(
      tableOf(doc, 'violations').map(([d, r, n]) => [`${d ?? ''} ${r ?? ''}`, Number(n)]),
    ).toEqual([...dayRules].sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(tableOf(doc, 'transfers').map(([d, n]) => [d, Number(n?.replace(',', ''))])).toEqual(
      [...days].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    expect(tableOf(doc, 'senders').map(([s, n]) => ({ sender: s, violations: Number(n) }))).toEqual(
      json.summary.topSenders,
    );
    const amounts = tableOf(doc, 'amounts').map(([, n]) => Number(n?.replace(',', '')));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(rows.length);
    // The synthetic amounts are 100 to 600 won, whole hundreds: 65 rows are over the cap.
    expect(amounts.slice(10)).toEqual([65, 0]);
  });

  it('escapes data strings and draws invalid rows by code', async () => {
    const out = join(scratch, 'audit-escape.html');
    const evil = '<script>alert(1)</script>';
    const log = [
      'at,sender,recipient,amount',
      `2020-06-08T10:00:00+09:00,${evil},r1,300`,
      `2020-06-08T11:00:00+09:00,${evil},r2,300`,
      `2020-06-08T12:00:00+09:00,${evil},r3,-5`,
      `not a time,s2,r4,300`,
    ].join('\n');
    const file = join(scratch, 'evil.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, `${log}\n`);
    const result = await run(['audit', file, '--ids', 'opaque', '--summary', '--html', out]);
    expect(result.code).toBe(2);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = dom(html);
    expect(tableOf(doc, 'senders')).toEqual([[evil, '1']]);
    expect(tableOf(doc, 'invalid').map(([c]) => c)).toHaveLength(2);
    expect(marks(doc, 'invalid-chart')).toBe(2);
  });

  it('refuses --html - (standard output holds the audit) before reading the log', async () => {
    const result = await run(['audit', join(scratch, 'missing.csv'), '--html', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--html -');
  });
});

describe('createAuditAggregates', () => {
  const violation = (day: string, amount: number, rules: string[]): Violation => ({
    line: 2,
    sender: 's',
    recipient: null,
    amount,
    at: `${day}T10:00:00+09:00`,
    utc: `${day}T01:00:00.000Z`,
    day,
    policy: 'LIMITS_2022',
    codes: rules.map(() => 'daily_count_exhausted'),
    rules,
    beforePolicyReport: false,
    columns: {},
  });

  it('a row counts once for each rule it broke, and once a day', () => {
    const charts = createAuditAggregates();
    charts.violation(violation('2022-09-01', 600, ['sender-daily', 'sender-daily']));
    charts.violation(violation('2022-09-01', 300, ['sender-daily', 'recipient-monthly']));
    // 23:50 UTC is the next morning in Pyongyang.
    charts.clean({ at: '2022-08-31T23:50:00Z', amount: 100 });
    const data = charts.data();
    expect(data.violationsByDay).toEqual([
      { day: '2022-09-01', rule: 'recipient-monthly', rows: 1 },
      { day: '2022-09-01', rule: 'sender-daily', rows: 2 },
    ]);
    expect(data.transfersByDay).toEqual([{ day: '2022-09-01', transfers: 3 }]);
  });

  // Rows a second apart around midnight in Pyongyang, in each of the zone's offsets.
  const days = [
    { at: '2020-06-08T14:59:59Z', day: '2020-06-08' },
    { at: '2020-06-08T15:00:00Z', day: '2020-06-09' },
    { at: '2020-06-09T00:00:00.5+09:00', day: '2020-06-09' },
    { at: '2020-06-08 23:59:59+09:00', day: '2020-06-08' },
    { at: '2016-03-01T15:29:59Z', day: '2016-03-01' },
    { at: '2016-03-01T15:30:00Z', day: '2016-03-02' },
    { at: '2016-03-02T00:00:00+08:30', day: '2016-03-02' },
  ] as const;
  it('each clean row falls on its Pyongyang day, read once a minute', () => {
    const charts = createAuditAggregates();
    for (const { at } of days) charts.clean({ at, amount: 100 });
    const expected = new Map<string, number>();
    for (const { at, day } of days) {
      expect(pyongyangDate(at)).toBe(day);
      expected.set(day, (expected.get(day) ?? 0) + 1);
    }
    expect(charts.data().transfersByDay).toEqual(
      [...expected]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([day, transfers]) => ({ day, transfers })),
    );
  });

  const bins = [
    { amount: 1, bin: '1–50' },
    { amount: 50, bin: '1–50' },
    { amount: 51, bin: '51–100' },
    { amount: 500, bin: '451–500' },
    { amount: 501, bin: '501–1,000' },
    { amount: 1_000, bin: '501–1,000' },
    { amount: 1_001, bin: 'over 1,000' },
  ] as const;
  it.each(bins)('$amount won falls in $bin', ({ amount, bin }) => {
    const charts = createAuditAggregates();
    charts.clean({ at: '2020-06-08T10:00:00+09:00', amount });
    const found = charts.data().amounts.filter((a) => a.rows > 0);
    expect(found.map((a) => [a.bin, a.rows, a.overCap])).toEqual([[bin, 1, amount > 500]]);
  });
});

describe('escapeHtml and the palette', () => {
  const cases = [
    { label: 'markup', text: '<b>x</b>', html: '&lt;b&gt;x&lt;/b&gt;' },
    { label: 'quotes', text: `"a" 'b'`, html: '&quot;a&quot; &#39;b&#39;' },
    { label: 'ampersand first', text: '&lt;', html: '&amp;lt;' },
    { label: 'plain', text: '01912345678', html: '01912345678' },
  ] as const;
  it.each(cases)('$label', ({ text, html }) => expect(escapeHtml(text)).toBe(html));

  // WCAG relative luminance: the two colours that carry meaning differ in grey too.
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  it('blue and orange are at least 2:1 apart in lightness', () => {
    const [dark, light] = [luminance(PALETTE.blue), luminance(PALETTE.orange)].sort();
    expect(((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)).toBeGreaterThanOrEqual(2);
  });
});
