// `npm start`: the analyst's report on standard output and nothing else. The packages are built
// first only when their sources changed, quietly; arguments after `--` go to `kpmm report`.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

if (!build({ ifNeeded: true, quiet: true })) process.exit(2);
const bin = fileURLToPath(new URL('../packages/kpmm/dist/kpmm.js', import.meta.url));
const result = spawnSync(process.execPath, [bin, 'report', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
