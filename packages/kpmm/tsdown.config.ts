import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { kpmm: 'src/kpmm.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  // The library and csv-parse are dependencies, installed beside the command, not bundled in.
  deps: { neverBundle: [/^kp-mobile-money(\/|$)/, /^csv-parse(\/|$)/] },
  dts: false,
  sourcemap: false,
  clean: false,
  fixedExtension: false,
  outDir: 'dist',
  logLevel: 'warn',
});
