import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { kpmm: 'src/kpmm.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // The library, csv-parse, dayjs, Plot, linkedom and DuckDB are dependencies, installed beside
  // the command, not bundled in.
  deps: {
    neverBundle: [
      /^kp-mobile-money(\/|$)/,
      /^csv-parse(\/|$)/,
      /^dayjs(\/|$)/,
      /^@duckdb\/node-api(\/|$)/,
      /^@observablehq\/plot(\/|$)/,
      /^linkedom(\/|$)/,
    ],
  },
  dts: false,
  sourcemap: false,
  clean: false,
  fixedExtension: false,
  outDir: 'dist',
  logLevel: 'warn',
});
