import { defineConfig } from 'vitest/config';

// Mutation testing runs the library's table and property tests (not the command line, which is
// its own package, nor the type tests, nor the bundling, file-layout and README tests, which test
// no logic of their own), with fewer property runs per mutant to keep it in budget.
export default defineConfig({
  test: {
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/treeShaking.test.ts', 'test/walls.test.ts', 'test/readme.test.ts'],
    env: { FC_NUM_RUNS: process.env['FC_NUM_RUNS'] ?? '50' },
  },
});
