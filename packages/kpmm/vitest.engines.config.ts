import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import cli from './vitest.config.js';

// The tests against engines that run beside the process (npm run test:engines starts them), on
// the library's sources as the command line's own tests run.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: cli.resolve ?? {},
  test: { name: 'engines', include: ['test/engines/**/*.engine.ts'], testTimeout: 600_000 },
});
