#!/usr/bin/env node
// The installed command: it loads the built command line. In a clone of the repository the
// build comes from `npm run build` (or `npm start`) at the root.
try {
  await import('../dist/kpmm.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/kpmm.js')) {
    throw error;
  }
  process.stderr.write('kpmm: the command line is not built yet; run `npm run build` first\n');
  process.exitCode = 2;
}
