import { defineConfig } from 'vitest/config';

// A property's time limit grows with its runs (FC_NUM_RUNS, see test/setup.ts): 5 ms a run on
// top of 10 s, so 100 runs get 10.5 s, CI's 10,000 get a minute and the nightly million 84 min.
const runs = Number(process.env['FC_NUM_RUNS'] ?? '100');
const testTimeout = 10_000 + 5 * (Number.isSafeInteger(runs) && runs > 0 ? runs : 100);

export default defineConfig({
  test: {
    setupFiles: ['./test/setup.ts'],
    testTimeout,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 98, branches: 95 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.prop.test.ts'],
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      { extends: true, test: { name: 'prop', include: ['test/**/*.prop.test.ts'] } },
      // The command line's own configuration: its tests run on the library's sources.
      'packages/kpmm',
    ],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    // A built file (the benchmarks load the package as apps do) runs as Node loads it, untransformed.
    server: { deps: { external: [/\/dist\//] } },
  },
});
