// Which functions bundle zod. A function whose refused input is explained by its schema (the
// one definition of the shape, behind a fast path for valid input) brings zod and that schema;
// the functions still checked by hand bring neither.
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The files an app that imports only `name` from `entry` bundles, minified and tree-shaken. */
async function bundledFiles(entry: string, name: string): Promise<string[]> {
  const result = await build({
    stdin: { contents: `export { ${name} } from '${entry}';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    logLevel: 'silent',
  });
  return Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path),
  );
}

const schemaFiles = (files: readonly string[]) =>
  files.filter(
    (path) => path.includes('node_modules/zod/') || /Schemas?\.ts$|schemas\.ts$/.test(path),
  );

const functions = [
  ['./src/ussd/index.ts', 'parseTransferUssd'],
  ['./src/ussd/index.ts', 'redactUssd'],
  ['./src/ussd/index.ts', 'parseKpPhoneNumber'],
  ['./src/cap/index.ts', 'policyAt'],
  ['./src/cap/index.ts', 'safePolicyAt'],
  ['./src/exchange/index.ts', 'rateTableAt'],
  ['./src/exchange/index.ts', 'convertMoney'],
  ['./src/exchange/index.ts', 'mobileWonCost'],
  ['./src/exchange/index.ts', 'isRateTable'],
  ['./src/sources.ts', 'facts'],
] as const;

const schemas = [
  ['./src/ussd/index.ts', 'TransferInputSchema', 'src/ussd/TransferInputSchema.ts'],
  ['./src/cap/index.ts', 'PolicySchema', 'src/cap/PolicySchema.ts'],
  ['./src/exchange/index.ts', 'RateTableSchema', 'src/exchange/rateTableSchema.ts'],
  ['./src/rental/index.ts', 'RentalQuoteInputSchema', 'src/rental/schemas.ts'],
  ['./src/index.ts', 'MobileMoneyConfigSchema', 'src/facadeSchemas.ts'],
  ['./src/index.ts', 'PlanTransferInputSchema', 'src/facadeSchemas.ts'],
  ['./src/cap/index.ts', 'ScheduleTransfersInputSchema', 'src/cap/schemas.ts'],
  ['./src/index.ts', 'PlanGiftInputSchema', 'src/facadeSchemas.ts'],
  // Functions whose refused input is explained by its schema, the one definition of its shape.
  ['./src/ussd/index.ts', 'buildTransferUssd', 'src/ussd/TransferInputSchema.ts'],
  ['./src/ussd/index.ts', 'safeBuildTransferUssd', 'src/ussd/TransferInputSchema.ts'],
  ['./src/exchange/index.ts', 'parseRateTable', 'src/exchange/rateTableSchema.ts'],
  ['./src/index.ts', 'createMobileMoney', 'src/ussd/TransferInputSchema.ts'],
  ['./src/index.ts', 'createMobileMoney', 'src/cap/PolicySchema.ts'],
  ['./src/index.ts', 'createMobileMoney', 'src/facadeSchemas.ts'],
  ['./src/cap/index.ts', 'checkTransfer', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'safeCheckTransfer', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'auditTransfers', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'auditTransfersSync', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'createAuditor', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'scheduleTransfers', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'safeScheduleTransfers', 'src/cap/PolicySchema.ts'],
  ['./src/cap/index.ts', 'scheduleTransfers', 'src/cap/schemas.ts'],
  ['./src/cap/index.ts', 'safeScheduleTransfers', 'src/cap/schemas.ts'],
  ['./src/cap/index.ts', 'policyToSql', 'src/cap/PolicySchema.ts'],
  ['./src/rental/index.ts', 'quoteRental', 'src/rental/schemas.ts'],
  ['./src/rental/index.ts', 'safeQuoteRental', 'src/rental/schemas.ts'],
] as const;

describe('tree-shaking', () => {
  it.each(functions)('%s %s bundles neither zod nor a schema file', async (entry, name) => {
    expect(schemaFiles(await bundledFiles(entry, name))).toEqual([]);
  });

  it.each(schemas)('%s %s still brings zod and its schema file', async (entry, name, file) => {
    const files = await bundledFiles(entry, name);
    expect(files).toContain(file);
    expect(files.some((path) => path.includes('node_modules/zod/'))).toBe(true);
  });

  // The audit as SQL is in a module of its own: an app that does not import it does not bundle it.
  const withoutSql = [
    ['./src/cap/index.ts', 'checkTransfer'],
    ['./src/cap/index.ts', 'auditTransfers'],
    ['./src/index.ts', 'createMobileMoney'],
  ] as const;
  it.each(withoutSql)('%s %s bundles no policyToSql', async (entry, name) => {
    expect(await bundledFiles(entry, name)).not.toContain('src/cap/policyToSql.ts');
  });

  it('policyToSql brings its own module, and of the schemas only PolicySchema', async () => {
    const files = await bundledFiles('./src/cap/index.ts', 'policyToSql');
    expect(files).toContain('src/cap/policyToSql.ts');
    expect(schemaFiles(files).filter((path) => !path.includes('node_modules/zod/'))).toEqual([
      'src/cap/PolicySchema.ts',
    ]);
  });
});
