// Packs the library, installs the tarball into a scratch consumer, and proves that every subpath
// works through both `import` and `require`. The command line is its own package (packages/kpmm).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'kpmm-consumer-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], root));
  const tarball = join(scratch, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  for (const forbidden of ['src/', 'test/', 'node_modules/', 'packages/', 'bin/', 'dist/cli/']) {
    if (files.some((f) => f.startsWith(forbidden)))
      throw new Error(`the tarball ships ${forbidden}`);
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], scratch);

  // Every subpath, and one name each that must be a function or data.
  const expected = JSON.parse(readFileSync(join(root, 'scripts', 'entry-exports.json'), 'utf8'));
  const check = (kind, load) =>
    Object.entries(expected)
      .map(
        ([subpath, names]) =>
          `{ const m = ${load(subpath)}; for (const n of ${JSON.stringify(names)}) { if (m[n] === undefined) throw new Error('${kind} ${subpath}: ' + n + ' is missing'); } }`,
      )
      .join('\n');
  // Every module entry point gives the root's own KpmmError, so one instanceof serves them all.
  const sameError = (load) =>
    ['ussd', 'cap', 'exchange', 'rental', 'sources']
      .map(
        (m) =>
          `if (${load(`kp-mobile-money/${m}`)}.KpmmError !== ${load('kp-mobile-money')}.KpmmError) throw new Error('${m}: another KpmmError');`,
      )
      .join('\n');
  writeFileSync(
    join(scratch, 'esm.mjs'),
    `${check('import', (s) => `await import('${s}')`)}\n${sameError((s) => `(await import('${s}'))`)}\nconsole.log('import ok: ${Object.keys(expected).length} entry points');`,
  );
  writeFileSync(
    join(scratch, 'cjs.cjs'),
    `${check('require', (s) => `require('${s}')`)}\n${sameError((s) => `require('${s}')`)}\nconsole.log('require ok: ${Object.keys(expected).length} entry points');`,
  );
  // The JSON Schemas ship too, through the `./schemas/*.json` export.
  const schemaFiles = files.filter((f) => f.startsWith('schemas/') && f.endsWith('.json'));
  if (schemaFiles.length === 0) throw new Error('the tarball ships no JSON Schema');
  writeFileSync(
    join(scratch, 'schemas.cjs'),
    `for (const f of ${JSON.stringify(schemaFiles)}) { const s = require('kp-mobile-money/' + f); if (typeof s.$schema !== 'string') throw new Error(f + ' is not a JSON Schema'); }\nconsole.log('schemas ok: ${String(schemaFiles.length)} files');`,
  );
  writeFileSync(
    join(scratch, 'schemas.mjs'),
    `import s from 'kp-mobile-money/${schemaFiles[0]}' with { type: 'json' };\nif (typeof s.$schema !== 'string') throw new Error('not a JSON Schema');\nconsole.log('schema import ok');`,
  );
  process.stdout.write(run('node', ['schemas.cjs'], scratch));
  process.stdout.write(run('node', ['schemas.mjs'], scratch));
  process.stdout.write(run('node', ['esm.mjs'], scratch));
  process.stdout.write(run('node', ['cjs.cjs'], scratch));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
