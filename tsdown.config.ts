import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'ussd/index': 'src/ussd/index.ts',
    'cap/index': 'src/cap/index.ts',
    'exchange/index': 'src/exchange/index.ts',
    'rental/index': 'src/rental/index.ts',
    sources: 'src/sources.ts',
  },
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  // One output file per source file, so that a bundler drops every file an app does not use.
  unbundle: true,
  sourcemap: false,
  clean: false,
  fixedExtension: false,
  outDir: 'dist',
});
