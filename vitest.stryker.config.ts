import { defineConfig } from 'vitest/config';

// Mutation testing runs the table and property tests (not the command line, which runs the
// build, nor the type tests, nor the bundling and file-layout tests, which test no logic), with
// fewer property runs per mutant to keep it in budget.
export default defineConfig({
  test: {
    setupFiles: ['./test/setup.ts'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/treeShaking.test.ts', 'test/walls.test.ts'],
    env: { FC_NUM_RUNS: process.env['FC_NUM_RUNS'] ?? '50' },
  },
});
