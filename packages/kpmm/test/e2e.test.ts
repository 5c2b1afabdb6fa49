// End to end: the packages as users get them. Both tarballs are packed and installed into an
// empty folder, and the installed `kpmm` runs there, on a pseudo-terminal where a test needs one.
// Everything else is tested in process (kpmm.test.ts).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PIN, PLAN } from './fixtures.js';
import { run } from './run.js';

const repo = join(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'kpmm-e2e-'));
const consumer = join(scratch, 'consumer');
const bin = join(consumer, 'node_modules', '.bin', 'kpmm');

interface Packed {
  readonly filename: string;
  readonly files: readonly { readonly path: string }[];
}

function npm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function pack(dir: string): Packed {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', scratch], dir)) as [
    Packed,
  ];
  return packed;
}

let library: Packed;
let cli: Packed;

beforeAll(() => {
  execFileSync(process.execPath, [join(repo, 'scripts', 'build.mjs'), '--if-needed', '--quiet'], {
    stdio: 'inherit',
  });
  library = pack(repo);
  cli = pack(join(repo, 'packages', 'kpmm'));
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), '{"name":"consumer","private":true}\n');
  npm(
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      join(scratch, library.filename),
      join(scratch, cli.filename),
    ],
    consumer,
  );
}, 180_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the two packages', () => {
  it('the library tarball holds no command-line file and depends on zod only', () => {
    const paths = library.files.map((f) => f.path);
    expect(paths.filter((p) => /(^|\/)(cli|kpmm|packages|bin)(\/|\.|$)/.test(p))).toEqual([]);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xzOf', join(scratch, library.filename), 'package/package.json'], {
        encoding: 'utf8',
      }),
    ) as { dependencies: Record<string, string>; bin?: unknown };
    // zod only: the library reads the Pyongyang offsets from Intl, and the command line has dayjs.
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['zod']);
    expect(manifest.bin).toBeUndefined();
  });

  it('the command-line tarball ships its bin, its build and the sample log, not its sources', () => {
    const paths = cli.files.map((f) => f.path).sort();
    expect(paths).toContain('bin/kpmm.js');
    expect(paths).toContain('dist/kpmm.js');
    expect(paths).toContain('data/synthetic-transfer-log.csv');
    expect(paths.filter((p) => p.startsWith('src/') || p.startsWith('test/'))).toEqual([]);
  });

  it('npx kpmm report runs in a folder where only the two tarballs were installed', async () => {
    const report = execFileSync('npx', ['kpmm', 'report'], { cwd: consumer, encoding: 'utf8' });
    expect(report).toBe((await run(['report'])).stdout);
  });

  it('the installed kpmm writes both HTML pages: Plot and linkedom come with it', async () => {
    const report = execFileSync('npx', ['kpmm', 'report', '--html', '-'], {
      cwd: consumer,
      encoding: 'utf8',
    });
    expect(report).toBe((await run(['report', '--html', '-'])).stdout);
    const page = join(consumer, 'audit.html');
    const audit = spawnSync(
      'npx',
      [
        'kpmm',
        'audit',
        'node_modules/kp-mobile-money-cli/data/synthetic-transfer-log.csv',
        '--summary',
        '--html',
        page,
      ],
      { cwd: consumer, encoding: 'utf8' },
    );
    expect(audit.status).toBe(1);
    expect(readFileSync(page, 'utf8')).toContain('id="violations-chart"');
  });

  it('npm start prints the report and nothing else on standard output', async () => {
    const result = spawnSync('npm', ['start'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe((await run(['report'])).stdout);
  });
});

/**
 * The terminal tests need util-linux `script` to give the command a pseudo-terminal (Debian's
 * essential bsdutils package has it). Without it they fail, saying so, rather than being skipped.
 */
function requireScript(): void {
  const probe = spawnSync('script', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || !probe.stdout.includes('util-linux')) {
    throw new Error('the terminal tests need util-linux script (Debian: bsdutils) on the PATH');
  }
}

/**
 * Runs the installed kpmm on a pseudo-terminal through util-linux `script`, and types the chunks
 * of `keys` once the PIN prompt has appeared (not before, or the terminal would still echo
 * them), a few milliseconds apart. Standard output and standard error both go to the terminal,
 * so they come back together.
 */
function kpmmOnTerminal(
  args: readonly string[],
  keys: readonly string[],
): Promise<{ code: number | null; output: string }> {
  requireScript();
  const command = [bin, ...args].map((a) => `'${a}'`).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qefc', command, '/dev/null'], {
      env: { PATH: process.env['PATH'] ?? '', TERM: 'dumb' },
    });
    let output = '';
    let typed = false;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`no exit; output so far: ${JSON.stringify(output)}`));
    }, 25_000);
    const collect = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      if (!typed && keys.length > 0 && output.includes('PIN (')) {
        typed = true;
        keys.forEach((chunk, i) => {
          setTimeout(() => child.stdin.write(chunk), 20 * i);
        });
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
describe('kpmm plan at a terminal', { timeout: 30_000 }, () => {
  it('prompts on the terminal and reads the PIN without echo, Backspace included', async () => {
    // 482919, Backspace, 5: the PIN is 482915.
    const { code, output } = await kpmmOnTerminal(PLAN, ['482919\u007f5\r']);
    expect(code).toBe(0);
    expect(output).toContain('PIN (6 digits, not shown): ');
    expect(output).toContain('*999*300*01912345678*xxxxxx#');
    expect(output).not.toContain(PIN);
    expect(output).not.toContain('482919');
  });

  it('keys sent one at a time work the same', async () => {
    const { code, output } = await kpmmOnTerminal([...PLAN, '--json'], [...PIN.split(''), '\r']);
    expect(code).toBe(0);
    expect(output).toContain('"allowed": true');
    expect(output).not.toContain(PIN);
  });

  it('Ctrl-C at the prompt exits 130 and prints nothing typed', async () => {
    const { code, output } = await kpmmOnTerminal(PLAN, ['4829', '\u0003']);
    expect(code).toBe(130);
    expect(output).not.toContain('4829');
    expect(output).not.toContain('Transfer plan');
  });

  it('--reveal still prints the dial string after the prompt', async () => {
    const { code, output } = await kpmmOnTerminal([...PLAN, '--reveal'], [`${PIN}\r`]);
    expect(code).toBe(0);
    expect(output.match(new RegExp(PIN, 'g'))).toHaveLength(1);
    expect(output).toContain(`*999*300*01912345678*${PIN}#`);
  });
});

describe('the audit progress line at a terminal', () => {
  it('is a carriage-return line on standard error, erased before the summary', async () => {
    const rows = 100_001;
    const log = join(scratch, 'big.csv');
    writeFileSync(
      log,
      `at,sender,recipient,amount\n${Array.from(
        { length: rows },
        (_, i) => `2020-06-08T10:00:00+09:00,0191${String(i).padStart(7, '0')},,100\n`,
      ).join('')}`,
    );
    const { code, output } = await kpmmOnTerminal(['audit', log], []);
    expect(code).toBe(0);
    expect(output).toMatch(/\r {2}100,001 rows audited, [\d,]+ rows\/s, 100% of the file/);
    expect(output).toContain('\r\u001b[K');
    expect(output).toContain('100,001 rows = 100,001 clean + 0 violating + 0 invalid');
  }, 30_000);
});
