// npm run test:engines: the differential test of the audit as SQL against a real PostgreSQL
// server. Installs nothing: it starts the server binaries of Debian's `postgresql` package
// (apt-get install postgresql) on a temporary data folder, listening only on a unix socket in
// that folder, runs packages/kpmm/test/engines/*.engine.ts against it, then stops it and removes
// the folder. As root (initdb refuses to run as root) the server runs as the `postgres` user.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const versions = existsSync('/usr/lib/postgresql')
  ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))
  : [];
const bin = versions
  .map((v) => join('/usr/lib/postgresql', v, 'bin'))
  .find((d) => existsSync(join(d, 'initdb')));
if (bin === undefined) {
  console.error('test:engines needs PostgreSQL server binaries: apt-get install postgresql');
  process.exit(2);
}

const asRoot = process.getuid?.() === 0;
const as = (command, args) =>
  asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
const dir = mkdtempSync(join(tmpdir(), 'kpmm-pg-'));
const data = join(dir, 'data');
const port = '54329';
if (asRoot) {
  chmodSync(dir, 0o777);
}

function step(command, args) {
  const [c, a] = as(command, args);
  const result = spawnSync(c, a, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} failed (exit ${String(result.status)})`);
}

let started = false;
let status;
try {
  step(join(bin, 'initdb'), [
    '-D',
    data,
    '-U',
    'kpmm',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  step(join(bin, 'pg_ctl'), [
    '-D',
    data,
    '-l',
    join(dir, 'server.log'),
    '-w',
    '-o',
    `-k ${dir} -p ${port} -c listen_addresses=''`,
    'start',
  ]);
  started = true;
  const test = spawnSync(
    'npx',
    ['vitest', 'run', '--config', 'packages/kpmm/vitest.engines.config.ts'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PGHOST: dir, PGPORT: port, PGUSER: 'kpmm', PGDATABASE: 'postgres' },
    },
  );
  status = test.status ?? 1;
} finally {
  if (started) step(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status ?? 1);
