// Runs the whole suite (tables, properties, types and the command line) under several host time
// zones: the library never reads the host's zone, so every answer must be the same. TZ_LIST
// narrows the list (CI runs two).
import { spawnSync } from 'node:child_process';

const zones = (process.env['TZ_LIST'] ?? 'UTC,Asia/Pyongyang,America/Los_Angeles,Pacific/Chatham')
  .split(',')
  .filter((zone) => zone !== '');
const extra = process.argv.slice(2);
let failed = false;
for (const zone of zones) {
  console.log(`::: TZ=${zone}`);
  const result = spawnSync('npx', ['vitest', 'run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ: zone },
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
