import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

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
  files.filter((path) => path.includes('node_modules/zod/') || /[Ss]chemas?\.ts$/.test(path));

const runtime = [
  'checkTransfer',
  'safeCheckTransfer',
  'policyAt',
  'safePolicyAt',
  'auditTransfers',
  'auditTransfersSync',
] as const;

describe('kp-mobile-money/cap tree-shaking', () => {
  it.each(runtime)('%s bundles neither zod nor a schema file', async (name) => {
    expect(schemaFiles(await bundledFiles('./src/cap/index.ts', name))).toEqual([]);
  });

  it('PolicySchema still brings zod and the schema file', async () => {
    const files = await bundledFiles('./src/cap/index.ts', 'PolicySchema');
    expect(files).toContain('src/cap/schemas.ts');
    expect(files.some((path) => path.includes('node_modules/zod/'))).toBe(true);
  });
});
