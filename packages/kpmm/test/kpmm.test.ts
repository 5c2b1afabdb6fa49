import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PIN, PLAN, planWith } from './fixtures.js';
import { run } from './run.js';

const scratch = mkdtempSync(join(tmpdir(), 'kpmm-test-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function file(name: string, text: string): string {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
}

/** The source ids the package knows, as `kpmm facts --json` lists them. */
async function sourceIds(): Promise<Set<string>> {
  const { sources } = JSON.parse((await run(['facts', '--json'])).stdout) as {
    sources: Record<string, unknown>;
  };
  return new Set(Object.keys(sources));
}

/** The sources a fact cites, as `kpmm facts --json` lists them. */
async function factSources(id: string): Promise<string[]> {
  const { facts } = JSON.parse((await run(['facts', '--json'])).stdout) as {
    facts: { id: string; sources: string[] }[];
  };
  return facts.find((f) => f.id === id)?.sources ?? [];
}

describe('kpmm --help and unknown commands', () => {
  it.each([
    ['--help'],
    ['report', '--help'],
    ['plan', '--help'],
    ['cost', '--help'],
    ['rental', '--help'],
    ['audit', '--help'],
    ['facts', '--help'],
  ])('%s %s prints usage and exits 0', async (...args) => {
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: kpmm');
  });

  it.each([
    { label: 'no command', args: [] },
    { label: 'an unknown command', args: ['transfer'] },
    { label: 'an unknown option', args: ['cost', '500', '--fast'] },
    { label: 'a missing value', args: ['rental', '--region'] },
  ])('$label exits 2', async ({ args }) => {
    expect((await run(args)).code).toBe(2);
  });

  it('no command: a one-line error then the usage, all on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [first = ''] = stderr.split('\n');
    expect(first).toMatch(/^kpmm: /);
    expect(first).toContain('kpmm --help');
    expect(first).not.toContain('Usage');
    expect(stderr).toContain('Usage: kpmm');
  });
});

describe('kpmm report', () => {
  it('prints the worked report with sources and the PIN masked', async () => {
    const { code, stdout, stderr } = await run(['report']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('KPW 37,500 [dailynk-2020-06-gifting]');
    expect(stdout).toContain('RMB 30.00 [dailynk-market-rates]');
    expect(stdout).toContain('*999*300*01912345678*xxxxxx#');
    expect(stdout).toContain('*929*200*01957654321*xxxxxx#');
    expect(stdout).toContain('next allowed at 2020-06-08T15:00:00.000Z');
    expect(stdout).toContain('SYNTHETIC');
    expect(stdout).toContain('2688 rows');
    expect(stdout).not.toContain(PIN);
    for (const region of ['North Pyongan', 'Ryanggang', 'North Hamgyong', 'Chagang']) {
      expect(stdout).toContain(region);
    }
  });

  it('every line with a figure cites a known source id or an explicit label', async () => {
    const { stdout } = await run(['report']);
    const known = await sourceIds();
    const labels = new Set(['synthetic sample', 'example input']);
    let checked = 0;
    for (const line of stdout.split('\n')) {
      // A section heading's number ("3. The cap") orders the report; it is not a figure.
      const text = line.replace(/^\d+\. /, '');
      if (!/\d/.test(text)) continue;
      checked += 1;
      const cited = [...text.matchAll(/\[([^\]]+)\]/g)].flatMap((m) => (m[1] ?? '').split(', '));
      expect(cited, line).not.toEqual([]);
      for (const id of cited)
        expect(known.has(id) || labels.has(id), `${id} in: ${line}`).toBe(true);
    }
    // The table header rows carry no digits, so no exception is needed for them.
    expect(stdout).toMatch(/^ +mobile won +cash +yuan +dollars$/m);
    expect(checked).toBeGreaterThan(20);
  });

  it('dates the rental dollar rate and cites it', async () => {
    const line = (await run(['report'])).stdout
      .split('\n')
      .find((l) => l.includes('dollars at CNY 50 : USD 7'));
    expect(line).toContain('(rate as of 2020-06-17) [dailynk-2020-06-rentals]');
  });

  it('the audit counts are labelled synthetic and cite the policies', async () => {
    const { stdout } = await run(['report']);
    const lines = stdout.split('\n').filter((l) => /^ +\d+ rows\b/.test(l));
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toContain('[synthetic sample]');
      expect(line).toContain('dailynk-2020-06-gifting');
    }
  });

  it('the 500 won = RMB 30.00 check cites every source of MOBILE_MONEY_RMB_AGREEMENT', async () => {
    const sources = await factSources('MOBILE_MONEY_RMB_AGREEMENT');
    expect(sources.length).toBeGreaterThan(1);
    const line = (await run(['report'])).stdout.split('\n').find((l) => l.includes('agrees with'));
    expect(line).toContain(`[${sources.join(', ')}]`);
  });

  it('the refused example and its violation cite the policy that refused it', async () => {
    const sources = await factSources('DAILY_CAP_2020');
    expect(sources).not.toEqual([]);
    const lines = (await run(['report'])).stdout.split('\n');
    const example = lines.find((l) => l.includes('Example: after 300 won'));
    const violation = lines.find((l) => l.includes('daily_count_exhausted (limit 1'));
    expect(example).toContain(`[${sources.join(', ')}]`);
    expect(violation).toContain(`[${sources.join(', ')}]`);
  });

  it('--json gives the same figures as data', async () => {
    const { code, stdout } = await run(['report', '--json']);
    expect(code).toBe(0);
    expect(stdout).not.toContain(PIN);
    const report = JSON.parse(stdout) as {
      gifts: { won: number; cashKpw: number }[];
      rentals: { usd: { rate: { asOf: string | null } } }[];
      audit: { rows: number; violating: number };
    };
    expect(report.gifts.map((g) => [g.won, g.cashKpw])).toEqual([
      [200, 15_000],
      [300, 22_500],
      [400, 30_000],
      [500, 37_500],
    ]);
    expect(report.rentals).toHaveLength(8);
    expect(report.rentals.map((q) => q.usd.rate.asOf)).toEqual(Array(8).fill('2020-06-17'));
    expect(report.audit.rows).toBe(2688);
    expect(report.audit.violating).toBe(226);
  });
});

describe('kpmm plan', () => {
  it('reads the PIN from KPMM_PIN and masks it', async () => {
    const { code, stdout } = await run(PLAN, { env: { KPMM_PIN: PIN } });
    expect(code).toBe(0);
    expect(stdout).toContain('*999*300*01912345678*xxxxxx#');
    expect(stdout).toContain('KPW 22,500');
    expect(stdout).not.toContain(PIN);
  });

  it('reads the PIN from the first line of standard input', async () => {
    const { code, stdout } = await run(PLAN, { input: `${PIN}\nnot read\n` });
    expect(code).toBe(0);
    expect(stdout).toContain('xxxxxx');
    expect(stdout).not.toContain(PIN);
  });

  it('--reveal prints the string to dial', async () => {
    const { code, stdout } = await run([...PLAN, '--reveal'], { env: { KPMM_PIN: PIN } });
    expect(code).toBe(0);
    expect(stdout).toContain(`*999*300*01912345678*${PIN}#`);
  });

  it('--json is the masked plan', async () => {
    const { code, stdout } = await run([...PLAN, '--json'], { env: { KPMM_PIN: PIN } });
    expect(code).toBe(0);
    expect(stdout).not.toContain(PIN);
    const plan = JSON.parse(stdout) as {
      ussd: string;
      allowed: boolean;
      cost: { cashKpw: number };
    };
    expect(plan).toMatchObject({
      ussd: '*999*300*01912345678*xxxxxx#',
      allowed: true,
      cost: { cashKpw: 22_500 },
    });
  });

  it('--nsn recipient format', async () => {
    const { stdout } = await run([...PLAN, '--recipient-format', 'nsn', '--json'], {
      env: { KPMM_PIN: PIN },
    });
    expect((JSON.parse(stdout) as { ussd: string }).ussd).toBe('*999*300*1912345678*xxxxxx#');
  });

  it('exits 1 when the cap refuses, naming the rule', async () => {
    const history = file(
      'history.csv',
      'at,recipient,amount\n2020-06-08T08:00:00+09:00,0192 345 6789,200\n',
    );
    const { code, stdout, stderr } = await run([...PLAN, '--history', history], {
      env: { KPMM_PIN: PIN },
    });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toContain('REFUSED');
    expect(stdout).toContain('daily_count_exhausted');
    expect(stdout).toContain('2020-06-08T15:00:00.000Z');
  });

  it.each([
    {
      label: 'a bad amount after blank lines',
      text: 'at,recipient,amount\n\n2020-06-08T07:00:00+09:00,,100\n\n2020-06-08T08:00:00+09:00,,abc\n',
      line: 5,
      code: 'invalid_amount',
      field: 'amount',
    },
    {
      label: 'an instant without an offset after blank lines',
      text: 'at,recipient,amount\n\n2020-06-08T07:00:00+09:00,,100\n\n2020-06-08T08:00:00,,100\n',
      line: 5,
      code: 'invalid_instant',
      field: 'at',
    },
    {
      label: 'a bad recipient on the first row',
      text: 'at,recipient,amount\n2020-06-08T07:00:00+09:00,12345,100\n',
      line: 2,
      code: 'invalid_phone_number',
      field: 'recipient',
    },
    {
      label: 'a zero amount, refused by the library',
      text: 'at,recipient,amount\n\n\n2020-06-08T07:00:00+09:00,,0\n',
      line: 4,
      code: 'invalid_amount',
      field: 'amount',
    },
    {
      label: 'a row with a field too many',
      text: 'at,recipient,amount\n\n2020-06-08T07:00:00+09:00,,100,7\n',
      line: 3,
      code: 'invalid_input',
      field: null,
    },
    {
      label: 'a bad header',
      text: 'when,to,won\n2020-06-08T07:00:00+09:00,,100\n',
      line: 1,
      code: 'invalid_input',
      field: null,
    },
  ])(
    '--history with $label exits 2 naming CSV line $line and the field',
    async ({ text, line, code, field }) => {
      const history = file('bad-history.csv', text);
      const result = await run([...PLAN, '--history', history], { env: { KPMM_PIN: PIN } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(
        `line ${String(line)}: ${code}${field === null ? ':' : ` (${field}):`}`,
      );
      // The CSV line and column, not the library's 0-based path into the history.
      expect(result.stderr).not.toMatch(/history\.\d/);
      if (field !== null) expect(result.stderr).toContain(`): ${field} `);
      expect(result.stderr).not.toContain(PIN);
    },
  );

  it('refuses --pin with exit 2 and an explanation, without echoing it', async () => {
    for (const args of [
      [...PLAN, '--pin', PIN],
      [...PLAN, `--pin=${PIN}`],
    ]) {
      const { code, stdout, stderr } = await run(args, { env: { KPMM_PIN: PIN } });
      expect(code).toBe(2);
      expect(stderr).toContain('--pin-file');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stdout + stderr).not.toContain(PIN);
    }
  });

  it.each([
    { label: 'a zero amount', args: ['--amount', '0'], env: { KPMM_PIN: PIN }, field: 'amount' },
    {
      label: 'a bad recipient',
      args: ['--to', '0194 123 4567'],
      env: { KPMM_PIN: PIN },
      field: 'recipient',
    },
    {
      label: 'an instant without an offset',
      args: ['--at', '2020-06-08T10:00:00'],
      env: { KPMM_PIN: PIN },
      field: 'at',
    },
    { label: 'a five-digit PIN', args: [], env: { KPMM_PIN: '98765' }, field: 'pin' },
    { label: 'no PIN at all', args: [], env: {}, field: 'pin' },
    {
      label: 'an unknown carrier',
      args: ['--carrier', 'kptc'],
      env: { KPMM_PIN: PIN },
      field: 'carrier',
    },
  ])('$label exits 2 with one line naming the field', async ({ args, env, field }) => {
    const values: Record<string, string> = {};
    for (let i = 0; i < args.length; i += 2) values[args[i] ?? ''] = args[i + 1] ?? '';
    const overridden = planWith(values);
    const { code, stdout, stderr } = await run(overridden, { env });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(field);
    expect(stderr).not.toContain('98765');
    expect(stderr).not.toContain(PIN);
  });
});

describe('kpmm cost', () => {
  it('prices 500 won', async () => {
    const { code, stdout } = await run(['cost', '500']);
    expect(code).toBe(0);
    expect(stdout).toContain('KPW 37,500');
    expect(stdout).toContain('RMB 30.00');
    expect(stdout).toContain('USD 4.46');
  });

  it('--json', async () => {
    const cost = JSON.parse((await run(['cost', '200', '--json'])).stdout) as Record<
      string,
      unknown
    >;
    expect(cost).toMatchObject({
      won: 200,
      cashKpw: 15_000,
      cny: { currency: 'CNY', minor: 1200 },
      usd: { currency: 'USD', minor: 179 },
    });
  });

  it.each([1, 7, 99, 200, 99_999_999_999, 120_095_990_063_213])(
    'the text of %i won shows the --json minor units digit for digit',
    async (won) => {
      const json = JSON.parse((await run(['cost', String(won), '--json'])).stdout) as {
        cny: { minor: number };
        usd: { minor: number };
      };
      const text = (await run(['cost', String(won)])).stdout;
      for (const [label, { minor }] of [
        ['RMB', json.cny],
        ['USD', json.usd],
      ] as const) {
        const exact = BigInt(minor);
        const whole = (exact / 100n).toLocaleString('en-US');
        const cents = String(exact % 100n).padStart(2, '0');
        expect(text).toContain(`${label} ${whole}.${cents}`);
      }
    },
  );

  it.each([['cost'], ['cost', 'abc'], ['cost', '-5'], ['cost', '1.5'], ['cost', '１２']])(
    '%s %s exits 2',
    async (...args) => {
      expect((await run(args)).code).toBe(2);
    },
  );
});

describe('kpmm rental', () => {
  it('quotes North Hamgyong to South Korea', async () => {
    const { code, stdout } = await run([
      'rental',
      '--region',
      'north-hamgyong',
      '--destination',
      'south-korea',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('RMB 50.00 to RMB 200.00');
    expect(stdout).toContain('RMB 170.00');
    const dollars = stdout.split('\n').find((l) => l.startsWith('  in dollars '));
    expect(dollars).toContain('not the North Korean market cross rate (rate as of 2020-06-17)');
    expect(stdout).toContain('; the rate is as of 2020-06-17; cents rounded half-even.');
  });

  it('--json with a crackdown', async () => {
    const quote = JSON.parse(
      (
        await run([
          'rental',
          '--region',
          'north-hamgyong',
          '--destination',
          'south-korea',
          '--crackdown',
          'intensified',
          '--json',
        ])
      ).stdout,
    ) as { estimate: { minor: number }; usd: { rate: { asOf: string | null } } };
    expect(quote.estimate.minor).toBe(20_000);
    expect(quote.usd.rate.asOf).toBe('2020-06-17');
  });

  it.each([
    ['rental', '--region', 'pyongyang', '--destination', 'china'],
    ['rental', '--region', 'chagang', '--destination', 'japan'],
    ['rental', '--region', 'chagang', '--destination', 'china', '--crackdown', 'total'],
    ['rental', '--destination', 'china'],
  ])('bad input exits 2: %s %s %s %s %s', async (...args) => {
    expect((await run(args)).code).toBe(2);
  });
});

describe('kpmm facts', () => {
  it('lists every fact with its grade', async () => {
    const { code, stdout } = await run(['facts']);
    expect(code).toBe(0);
    expect(stdout).toContain('MOBILE_WON_PRICE (reported)');
    const json = JSON.parse((await run(['facts', '--json'])).stdout) as { facts: { id: string }[] };
    expect(json.facts.map((f) => f.id)).toContain('RENTAL_PRICE_RANGE');
  });
});
