import fc from 'fast-check';

// FC_NUM_RUNS and FC_SEED make every property reproducible: a failure prints its seed and path,
// and `FC_SEED=<seed> npm run test:fuzz` replays it.
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? '100');
const seedText = process.env['FC_SEED'];
fc.configureGlobal({
  numRuns: Number.isSafeInteger(numRuns) && numRuns > 0 ? numRuns : 100,
  ...(seedText === undefined || seedText === '' ? {} : { seed: Number(seedText) }),
});
