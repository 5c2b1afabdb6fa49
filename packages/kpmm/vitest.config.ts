import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const library = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // In-process tests run the command on the library's sources: no build is needed. The
    // end-to-end tests run the packed, installed command instead (see test/global-setup.ts).
    alias: [
      { find: /^kp-mobile-money$/, replacement: library('index.ts') },
      { find: /^kp-mobile-money\/sources$/, replacement: library('sources.ts') },
      {
        find: /^kp-mobile-money\/(ussd|cap|exchange|rental)$/,
        replacement: library('$1/index.ts'),
      },
    ],
  },
  test: {
    name: 'cli',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
