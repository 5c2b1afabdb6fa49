import { DEFAULT_RATE_TABLE, MOBILE_WON_PRICE, RENTAL_USD_RATE, type Money } from 'kp-mobile-money';
import { kpw, money, whole } from '../format.js';
import { citeFacts } from './citeFacts.js';
import { MARK_CLASS, PALETTE, drawChart } from './drawChart.js';
import { renderPage, type Figure } from './page.js';
import {
  CAP_WON,
  giftRows,
  priceRows,
  rentalRange,
  rentalRows,
  ruleTimeline,
  type PriceRow,
} from './reportData.js';

// Chart positions are numbers of yuan or dollars; the tables beside them keep exact money.
const units = ({ minor }: Money): number => minor / 100;
const dateOf = (day: string): Date => new Date(`${day.length === 7 ? `${day}-01` : day}T00:00:00Z`);
const DAY_MS = 86_400_000;

async function priceFigure(): Promise<Figure> {
  const rows = priceRows();
  const first = rows[0]?.asOf.slice(0, 4) ?? '2020';
  const last = String(Number(rows.at(-1)?.asOf.slice(0, 4) ?? '2024') + 1);
  const at = (r: PriceRow) => dateOf(r.asOf);
  const panel = (
    id: string,
    title: string,
    value: (r: PriceRow) => number,
    shown: (r: PriceRow) => string,
    yLabel: string,
    { labelTables = false }: { labelTables?: boolean } = {},
  ) =>
    drawChart(
      {
        id,
        title,
        desc: `${title}, one point per dated rate table: ${rows.map((r) => `${r.table} (${r.asOf}) ${shown(r)}`).join('; ')}.`,
      },
      (Plot) => ({
        width: 620,
        height: labelTables ? 246 : 180,
        marginTop: labelTables ? 96 : 24,
        marginRight: 40,
        marginLeft: 56,
        x: { type: 'utc', domain: [dateOf(`${first}-01`), dateOf(`${last}-01`)], label: null },
        y: { zero: true, grid: true, label: yLabel, nice: true },
        marks: [
          Plot.line(rows, { x: at, y: value, stroke: PALETTE.grey }),
          Plot.dot(rows, { x: at, y: value, r: 4, fill: PALETTE.blue, className: MARK_CLASS }),
          // The top panel names each point's rate table; the others give its value.
          labelTables
            ? Plot.text(rows, {
                x: at,
                y: value,
                text: (r: PriceRow) => r.table,
                dy: -8,
                dx: 2,
                rotate: -40,
                textAnchor: 'start',
                fontSize: 9,
              })
            : Plot.text(rows, { x: at, y: value, text: shown, dy: -9, fontSize: 9 }),
        ],
      }),
    );
  const charts = await Promise.all([
    panel(
      'price-kpw',
      'Cash KPW for one won of mobile money',
      (r) => r.cashKpwPerWon,
      (r) => kpw(r.cashKpwPerWon),
      '↑ KPW cash per won',
      { labelTables: true },
    ),
    panel(
      'price-cny',
      `Yuan cost of ${String(CAP_WON)} won of mobile money`,
      (r) => units(r.cny500),
      (r) => money(r.cny500),
      `↑ yuan for ${String(CAP_WON)} won`,
    ),
    panel(
      'price-usd',
      `Dollar cost of ${String(CAP_WON)} won of mobile money`,
      (r) => units(r.usd500),
      (r) => money(r.usd500),
      `↑ dollars for ${String(CAP_WON)} won`,
    ),
  ]);
  return {
    id: 'price',
    heading: `The price of mobile money, ${first}–${rows.at(-1)?.asOf.slice(0, 4) ?? ''}`,
    charts,
    table: {
      head: [
        'rate table (market)',
        'cash per won',
        `${String(CAP_WON)} won in yuan`,
        `${String(CAP_WON)} won in dollars`,
      ],
      rows: rows.map((r) => [
        r.place === 'not stated' ? r.table : `${r.table} (${r.place})`,
        kpw(r.cashKpwPerWon),
        money(r.cny500),
        money(r.usd500),
      ]),
      numeric: [1, 2, 3],
    },
    caption: `KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)} in cash buys one won of mobile money (reported once, June 2020, and held for every table). The yuan and dollar costs of ${String(CAP_WON)} won, the daily cap, are derived: ${String(CAP_WON)} × KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)} divided by each table's market rate.`,
    citations: citeFacts(['MOBILE_WON_PRICE', 'RATE_TABLES', 'MOBILE_MONEY_RMB_AGREEMENT']),
  };
}

async function rentalFigure(): Promise<Figure> {
  const rows = rentalRows();
  const range = rentalRange();
  const key = (r: (typeof rows)[number]) => `${r.regionName} → ${r.destinationName}`;
  const usdOf = (cny: number) => (cny * RENTAL_USD_RATE.usd) / RENTAL_USD_RATE.cny;
  const ticks = [0, 50, 100, 150, 200];
  const normal = rows.filter((r) => r.crackdown === 'normal');
  const intensified = rows.filter((r) => r.crackdown !== 'normal');
  const chart = await drawChart(
    {
      id: 'rental-chart',
      title: 'Rental estimates by region, destination and crackdown',
      desc: `The reported range RMB ${String(units(range.min))}–${String(units(range.max))} is shaded. ${rows.map((r) => `${key(r)}, ${r.crackdown}: ${money(r.estimate)} (${money(r.usdEstimate)})`).join('; ')}.`,
    },
    (Plot) => ({
      width: 620,
      height: 330,
      marginLeft: 190,
      marginTop: 44,
      marginRight: 20,
      x: { domain: [0, 220], label: null },
      y: { domain: [...new Set(rows.map(key))], label: null },
      marks: [
        Plot.rectX([range], {
          x1: units(range.min),
          x2: units(range.max),
          fill: PALETTE.band,
        }),
        Plot.axisX({
          anchor: 'bottom',
          ticks,
          label: 'yuan (RMB) per borrowing →',
          labelAnchor: 'left',
        }),
        Plot.axisX({
          anchor: 'top',
          ticks,
          tickFormat: (d: number) => `$${String(usdOf(d))}`,
          label: `dollars at ${RENTAL_USD_RATE.label.split(',')[0] ?? ''} →`,
          labelAnchor: 'left',
        }),
        Plot.axisY({ tickSize: 0 }),
        Plot.dot(normal, {
          x: (r: (typeof rows)[number]) => units(r.estimate),
          y: key,
          dy: -4,
          r: 5,
          symbol: 'circle',
          fill: PALETTE.blue,
          stroke: '#000',
          strokeWidth: 0.5,
          className: MARK_CLASS,
        }),
        Plot.dot(intensified, {
          x: (r: (typeof rows)[number]) => units(r.estimate),
          y: key,
          dy: 4,
          r: 5,
          symbol: 'triangle',
          fill: PALETTE.orange,
          stroke: '#000',
          strokeWidth: 0.5,
          className: MARK_CLASS,
        }),
      ],
    }),
  );
  return {
    id: 'rental',
    heading: 'Renting a Chinese phone: estimates against the reported RMB 50–200',
    charts: [chart],
    legend: [
      { colour: PALETTE.blue, name: 'normal enforcement (circle)' },
      { colour: PALETTE.orange, name: 'intensified crackdown (triangle)' },
      { colour: PALETTE.band, name: 'reported range' },
    ],
    table: {
      head: ['region', 'calls to', 'crackdown', 'estimate', 'in dollars'],
      rows: rows.map((r) => [
        r.regionName,
        r.destinationName,
        r.crackdown,
        money(r.estimate),
        money(r.usdEstimate),
      ]),
      numeric: [3, 4],
    },
    caption: `The shaded band is the reported price of one borrowing, ${money(range.min)}–${money(range.max)}; each point is the library's modelled estimate inside it (assumed: region, destination and crackdown weights). Dollars at the article's own ratio, CNY ${String(RENTAL_USD_RATE.cny)} : USD ${String(RENTAL_USD_RATE.usd)} (derived), not the market cross rate.`,
    citations: citeFacts([
      'RENTAL_PRICE_RANGE',
      'RENTAL_USD_RATE',
      'DEFAULT_RENTAL_MODEL',
      'REGIONS',
      'DESTINATIONS',
      'CRACKDOWNS',
    ]),
  };
}

async function giftFigure(): Promise<Figure> {
  const rows = giftRows();
  const chart = await drawChart(
    {
      id: 'gifts-chart',
      title: 'The gift table: won of mobile money against cash KPW',
      desc: rows.map((g) => `${String(g.won)} won costs ${kpw(g.cashKpw)}`).join('; '),
    },
    (Plot) => ({
      width: 620,
      height: 260,
      marginLeft: 64,
      marginTop: 24,
      x: {
        type: 'band',
        domain: rows.map((g) => `${String(g.won)} won`),
        label: 'mobile money',
        padding: 0.35,
      },
      y: { grid: true, label: 'cash KPW ↑', tickFormat: (d: number) => whole(d) },
      marks: [
        Plot.barY(rows, {
          x: (g: (typeof rows)[number]) => `${String(g.won)} won`,
          y: 'cashKpw',
          fill: PALETTE.blue,
          className: MARK_CLASS,
        }),
        Plot.text(rows, {
          x: (g: (typeof rows)[number]) => `${String(g.won)} won`,
          y: 'cashKpw',
          text: (g: (typeof rows)[number]) => kpw(g.cashKpw),
          dy: -8,
        }),
        Plot.ruleY([0]),
      ],
    }),
  );
  return {
    id: 'gifts',
    heading: `Gifts: ${String(rows[0]?.won ?? '')}–${String(rows.at(-1)?.won ?? '')} won against ${kpw(rows[0]?.cashKpw ?? 0)}–${whole(rows.at(-1)?.cashKpw ?? 0)}`,
    charts: [chart],
    table: {
      head: [
        'mobile money',
        'cash',
        `yuan (${DEFAULT_RATE_TABLE.asOf})`,
        `dollars (${DEFAULT_RATE_TABLE.asOf})`,
      ],
      rows: rows.map((g) => [`${String(g.won)} won`, kpw(g.cashKpw), money(g.cny), money(g.usd)]),
      numeric: [1, 2, 3],
    },
    caption: `Gifts of 200 to 500 won of mobile money and their cash price at KPW ${String(MOBILE_WON_PRICE.cashKpwPerWon)} a won (reported); yuan and dollars at the ${DEFAULT_RATE_TABLE.asOf} ${DEFAULT_RATE_TABLE.place} market rates (derived).`,
    citations: citeFacts(['MOBILE_WON_PRICE', 'DEFAULT_RATE_TABLE']),
  };
}

async function timelineFigure(): Promise<Figure> {
  const spans = ruleTimeline();
  const end = dateOf('2025-01-01');
  const startOf = (s: (typeof spans)[number]) => dateOf(s.from);
  const endOf = (s: (typeof spans)[number]) =>
    s.to === null ? end : new Date(dateOf(s.to).getTime() + DAY_MS);
  const chart = await drawChart(
    {
      id: 'timeline-chart',
      title: 'A timeline of the rules',
      desc: spans.map((s) => `${s.label}: ${s.from} to ${s.to ?? 'no end reported'}`).join('; '),
    },
    (Plot) => ({
      width: 620,
      height: 190,
      marginLeft: 150,
      marginRight: 20,
      x: { type: 'utc', domain: [dateOf('2015-01-01'), end], label: null, grid: true },
      y: { domain: spans.map((s) => s.id), label: null, padding: 0.3 },
      marks: [
        Plot.barX(spans, {
          x1: startOf,
          x2: endOf,
          y: 'id',
          fill: (s: (typeof spans)[number]) =>
            s.kind === 'policy' ? PALETTE.blue : PALETTE.orange,
          className: MARK_CLASS,
        }),
        Plot.text(spans, {
          x: startOf,
          y: 'id',
          text: (s: (typeof spans)[number]) => `${s.from} – ${s.to ?? ''}`,
          dy: -14,
          textAnchor: 'start',
        }),
      ],
    }),
  );
  return {
    id: 'timeline',
    heading: 'The rules over time',
    charts: [chart],
    legend: [
      { colour: PALETTE.blue, name: 'transfer rule' },
      { colour: PALETTE.orange, name: 'Pyongyang at UTC+8:30' },
    ],
    table: {
      head: ['rule', 'what', 'from', 'to'],
      rows: spans.map((s) => [s.id, s.label, s.from, s.to ?? 'no end reported']),
    },
    caption:
      'Each rule from the date it was reported (its real start is unknown) until the next; the 2022 limits have no reported end. From 2015-08-15 to 2018-05-04 Pyongyang kept UTC+8:30, so every Pyongyang day, and the daily cap with it, began at 15:30Z instead of 15:00Z.',
    citations: citeFacts(['DAILY_CAP_2020', 'LIMITS_2022', 'PYONGYANG_TIME_ZONE']),
  };
}

/**
 * The report as one self-contained HTML page: the price of mobile money over the dated rate
 * tables, rental estimates against the reported band, the gift table and the timeline of the
 * rules, each chart beside the table of its data, with a caption citing facts and grades.
 *
 * @returns the HTML document
 * @example
 * ```ts
 * (await reportHtml()).includes('role="img"');
 * //=> true
 * ```
 */
export async function reportHtml(): Promise<string> {
  const figures = [
    await priceFigure(),
    await rentalFigure(),
    await giftFigure(),
    await timelineFigure(),
  ];
  return renderPage({
    title: 'kp-mobile-money report: North Korean mobile money, as Daily NK reported it',
    lead: [
      'Drawn from the library’s built-in facts. Each chart sits beside the table of its data; each caption names the facts behind it, their grade (reported, derived or assumed) and their sources.',
      'Grades, values and sources of every figure: kpmm facts.',
    ],
    figures,
    footer: [
      'Written by kpmm report --html. The page loads nothing: it works opened from disk, offline.',
    ],
  });
}
