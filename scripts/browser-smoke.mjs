/* global window */
// Proves the library runs in a browser: every entry point bundles for the browser with no Node
// built-ins, and the root bundle builds a transfer, checks the cap and converts money in a real
// page in headless Chromium.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const entries = ['index', 'ussd/index', 'cap/index', 'exchange/index', 'rental/index', 'sources'];

// 1. Each entry point bundles for the browser: esbuild refuses node:* imports on this platform.
for (const entry of entries) {
  const result = await build({
    entryPoints: [`${root}dist/${entry}.js`],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    minify: true,
    logLevel: 'silent',
  });
  console.log(
    `bundles for the browser: ${entry} (${String(result.outputFiles[0]?.contents.length)} bytes)`,
  );
}

// 2. A page that uses the library.
const page = `
import { buildTransferUssd, checkTransfer, convertMoney } from '${root}dist/index.js';
const transfer = buildTransferUssd({ carrier: 'koryolink', amount: 300, recipient: '0191 234 5678', pin: '482915' });
const first = { at: '2020-06-08T10:00:00+09:00', amount: 300 };
const decision = checkTransfer({ history: [first], proposed: { at: '2020-06-08T18:00:00+09:00', amount: 200 } });
const money = convertMoney({ currency: 'KPW', minor: 37500 }, 'CNY');
window.__result = {
  masked: String(transfer),
  json: JSON.stringify({ transfer }),
  allowed: decision.allowed,
  nextAllowedAt: decision.allowed ? null : decision.nextAllowedAt,
  money,
  userAgent: navigator.userAgent,
};
`;
const bundled = await build({
  stdin: { contents: page, resolveDir: root, loader: 'js' },
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  logLevel: 'silent',
});
const script = bundled.outputFiles[0]?.text ?? '';

const server = createServer((request, response) => {
  if (request.url === '/app.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(script);
  } else {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(
      '<!doctype html><title>kp-mobile-money</title><script type="module" src="/app.js"></script>',
    );
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const port = typeof address === 'object' && address !== null ? address.port : 0;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
try {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`http://127.0.0.1:${String(port)}/`);
  await tab.waitForFunction(() => Reflect.has(window, '__result'), undefined, { timeout: 15_000 });
  const result = await tab.evaluate(() => Reflect.get(window, '__result'));
  const expected = {
    masked: '*999*300*01912345678*xxxxxx#',
    json: '{"transfer":"*999*300*01912345678*xxxxxx#"}',
    allowed: false,
    nextAllowedAt: '2020-06-08T15:00:00.000Z',
    money: { currency: 'CNY', minor: 3000 },
  };
  for (const [key, value] of Object.entries(expected)) {
    if (JSON.stringify(result[key]) !== JSON.stringify(value)) {
      throw new Error(
        `in the browser, ${key} is ${JSON.stringify(result[key])}, expected ${JSON.stringify(value)}`,
      );
    }
  }
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log(
    `browser ok: ${
      String(result.userAgent)
        .split(' ')
        .find((p) => p.startsWith('HeadlessChrome')) ?? 'Chromium'
    } built a transfer, checked the cap and converted money`,
  );
} finally {
  await browser.close();
  server.close();
}
