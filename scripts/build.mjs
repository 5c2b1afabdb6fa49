// Builds the library (dist/) and then the command line (packages/kpmm/dist/).
//   --if-needed  builds a package only when one of its sources is newer than its output
//   --quiet      prints nothing unless a build fails (then its whole log goes to stderr)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsdown = join(root, 'node_modules', '.bin', 'tsdown');

/** The packages in build order: where each lives, what it is built from, and one output file. */
const PACKAGES = [
  { dir: root, inputs: ['src', 'tsdown.config.ts', 'package.json'], output: 'dist/index.js' },
  {
    dir: join(root, 'packages', 'kpmm'),
    inputs: ['src', 'tsdown.config.ts', 'package.json'],
    output: 'dist/kpmm.js',
  },
];

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function isFresh({ dir, inputs, output }) {
  const out = join(dir, output);
  if (!existsSync(out)) return false;
  const built = statSync(out).mtimeMs;
  return inputs.every((input) => newestMtime(join(dir, input)) <= built);
}

/**
 * Builds every package that needs it.
 *
 * @param {{ ifNeeded?: boolean, quiet?: boolean }} options
 * @returns {boolean} whether every build succeeded
 */
export function build({ ifNeeded = false, quiet = false } = {}) {
  for (const pkg of PACKAGES) {
    if (ifNeeded && isFresh(pkg)) continue;
    rmSync(join(pkg.dir, 'dist'), { recursive: true, force: true });
    const result = spawnSync(tsdown, [], {
      cwd: pkg.dir,
      encoding: 'utf8',
      stdio: quiet ? 'pipe' : 'inherit',
    });
    if (result.status !== 0) {
      if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      process.stderr.write(`build failed in ${pkg.dir === root ? '.' : 'packages/kpmm'}\n`);
      return false;
    }
  }
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  process.exitCode = build({ ifNeeded: args.has('--if-needed'), quiet: args.has('--quiet') })
    ? 0
    : 1;
}
