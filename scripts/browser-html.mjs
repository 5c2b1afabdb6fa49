/* global document */
// Opens the pages of `kpmm report --html` and `kpmm audit data/synthetic-transfer-log.csv --html`
// from disk in headless Chromium and checks them as a reader's browser shows them: no console
// error, no request but the file itself, every chart an SVG with a size, a title and a
// description and the expected number of marks, and each caption citing its sources. A PNG of
// each page goes to .tmp/screenshots/ (kept by CI). With --readme, the small PNGs the README
// shows are written to docs/ instead (`npm run screenshots`).
//
// Needs the build (npm run build). Env: CHROMIUM_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  CRACKDOWN_IDS,
  DESTINATION_IDS,
  RATE_TABLE_IDS,
  REGION_IDS,
  facts,
  pyongyangDate,
} from '../dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'packages/kpmm/bin/kpmm.js');
const log = 'data/synthetic-transfer-log.csv';
const readme = process.argv.includes('--readme');
const pages = join(root, '.tmp/html');
const shots = readme ? join(root, 'docs') : join(root, '.tmp/screenshots');
mkdirSync(pages, { recursive: true });
mkdirSync(shots, { recursive: true });

function kpmm(args, okStatus = [0]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (!okStatus.includes(result.status ?? -1)) {
    throw new Error(`kpmm ${args.join(' ')} exited ${String(result.status)}: ${result.stderr}`);
  }
  return result.stdout;
}

// The rule behind each violation code, as the library's cap module documents it.
const RULE_OF_CODE = {
  daily_count_exhausted: 'sender-daily',
  daily_amount_exceeded: 'sender-daily',
  recipient_monthly_exhausted: 'recipient-monthly',
};

const sourcesOf = (ids) => [
  ...new Set(ids.flatMap((id) => facts().find((f) => f.id === id)?.sources ?? [])),
];

// What each page should show, computed here from the library and the log, not from the page.
function reportExpected() {
  const combos = REGION_IDS.length * DESTINATION_IDS.length * CRACKDOWN_IDS.length;
  return {
    charts: {
      'price-kpw': RATE_TABLE_IDS.length,
      'price-cny': RATE_TABLE_IDS.length,
      'price-usd': RATE_TABLE_IDS.length,
      'rental-chart': combos,
      'gifts-chart': 4,
      'timeline-chart': 3,
    },
    sources: {
      price: sourcesOf(['MOBILE_WON_PRICE', 'RATE_TABLES', 'MOBILE_MONEY_RMB_AGREEMENT']),
      rental: sourcesOf(['RENTAL_PRICE_RANGE', 'RENTAL_USD_RATE', 'REGIONS', 'DESTINATIONS']),
      gifts: sourcesOf(['MOBILE_WON_PRICE', 'DEFAULT_RATE_TABLE']),
      timeline: sourcesOf(['DAILY_CAP_2020', 'LIMITS_2022', 'PYONGYANG_TIME_ZONE']),
    },
  };
}

function auditExpected() {
  const lines = kpmm(['audit', log, '--format', 'ndjson'], [1]).trim().split('\n');
  const records = lines.map((line) => JSON.parse(line));
  const summary = records.find((r) => r.type === 'summary');
  const dayRules = new Set(
    records
      .filter((r) => r.type === 'violation')
      .flatMap((r) => r.codes.map((code) => `${r.day} ${RULE_OF_CODE[code] ?? code}`)),
  );
  const days = new Set(
    readFileSync(join(root, log), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => pyongyangDate(row.split(',')[0])),
  );
  const rules = sourcesOf(['DAILY_CAP_2020', 'LIMITS_2022', 'PYONGYANG_TIME_ZONE']);
  return {
    summary,
    dayRules,
    charts: {
      'violations-chart': dayRules.size,
      'transfers-chart': days.size,
      'amounts-chart': 12,
      'senders-chart': summary.summary?.topSenders?.length ?? summary.topSenders.length,
    },
    sources: { violations: rules, transfers: sourcesOf(['PYONGYANG_TIME_ZONE']) },
  };
}

const reportFile = join(pages, 'report.html');
const auditFile = join(pages, 'audit.html');
kpmm(['report', '--html', reportFile]);
kpmm(['audit', log, '--html', auditFile, '--summary'], [1]);
const audit = auditExpected();
const checks = [
  { name: 'report', file: reportFile, ...reportExpected() },
  { name: 'audit', file: auditFile, charts: audit.charts, sources: audit.sources },
];

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-extensions',
  ],
});
const failures = [];
try {
  for (const check of checks) {
    const url = pathToFileURL(check.file).href;
    const context = await browser.newContext({
      viewport: { width: 1100, height: readme ? 960 : 900 },
      deviceScaleFactor: 1,
    });
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    // Anything but the page itself is refused, so a request cannot succeed unseen.
    await context.route('**/*', (route) =>
      route.request().url() === url ? route.continue() : route.abort(),
    );
    await page.goto(url, { waitUntil: 'load' });
    const found = await page.evaluate((ids) => {
      const out = {};
      for (const id of ids) {
        const svg = document.getElementById(id);
        if (svg === null || svg.tagName.toLowerCase() !== 'svg') {
          out[id] = null;
          continue;
        }
        const box = svg.getBoundingClientRect();
        out[id] = {
          width: box.width,
          height: box.height,
          role: svg.getAttribute('role'),
          title: svg.querySelector(':scope > title')?.textContent ?? '',
          desc: svg.querySelector(':scope > desc')?.textContent ?? '',
          marks: svg.querySelectorAll('.kpmm-marks > *').length,
        };
      }
      return out;
    }, Object.keys(check.charts));
    const cited = await page.evaluate((figures) => {
      const out = {};
      for (const id of figures) {
        out[id] = [...document.querySelectorAll(`figure#${id} figcaption code.source`)].map(
          (c) => c.textContent,
        );
      }
      return out;
    }, Object.keys(check.sources));
    const fail = (message) => failures.push(`${check.name}: ${message}`);
    if (errors.length > 0) fail(`console errors: ${errors.join('; ')}`);
    if (requests.length > 0) fail(`network requests: ${requests.join(', ')}`);
    for (const [id, marks] of Object.entries(check.charts)) {
      const chart = found[id];
      if (chart === null || chart === undefined) {
        fail(`chart ${id} is missing`);
        continue;
      }
      if (!(chart.width > 0 && chart.height > 0)) fail(`chart ${id} has no size`);
      if (chart.role !== 'img') fail(`chart ${id} has role ${String(chart.role)}`);
      if (chart.title === '' || chart.desc === '') fail(`chart ${id} lacks a title or desc`);
      if (chart.marks !== marks) fail(`chart ${id} has ${chart.marks} marks, expected ${marks}`);
    }
    for (const [id, sources] of Object.entries(check.sources)) {
      const missing = sources.filter((s) => !cited[id]?.includes(s));
      if (missing.length > 0) fail(`caption of ${id} does not cite ${missing.join(', ')}`);
    }
    const shot = join(shots, readme ? `kpmm-${check.name}.png` : `${check.name}.png`);
    await page.screenshot({ path: shot, fullPage: !readme });
    console.log(
      `${check.name}: ${String(Object.keys(check.charts).length)} charts, marks ${Object.values(
        found,
      )
        .map((c) => c?.marks)
        .join(
          '/',
        )}, page ${String(statSync(check.file).size)} bytes, screenshot ${shot.slice(root.length)} (${String(statSync(shot).size)} bytes)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log('html pages ok in the browser: no console error, no request, every chart drawn');
