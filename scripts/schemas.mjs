// `npm run schemas`: writes schemas/*.json, the JSON Schemas of the public inputs, from the
// built library's zod schemas. Run `npm run build` first. Files of schemas/ that are no longer
// generated are removed.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import * as root from '../dist/index.js';
import * as cap from '../dist/cap/index.js';
import * as exchange from '../dist/exchange/index.js';
import * as rental from '../dist/rental/index.js';
import * as ussd from '../dist/ussd/index.js';
import { SCHEMA_FILES, renderJsonSchema } from './json-schemas.mjs';

const modules = { root, ussd, cap, exchange, rental };
const dir = new URL('../schemas/', import.meta.url);

await mkdir(dir, { recursive: true });
const wanted = new Set(SCHEMA_FILES.map((entry) => entry.file));
for (const file of await readdir(dir)) {
  if (file.endsWith('.json') && !wanted.has(file)) await rm(new URL(file, dir));
}
for (const entry of SCHEMA_FILES) {
  const schema = modules[entry.module][entry.name];
  if (schema === undefined) throw new Error(`${entry.module} does not export ${entry.name}`);
  await writeFile(new URL(entry.file, dir), renderJsonSchema(entry, schema));
}
console.log(`wrote ${String(SCHEMA_FILES.length)} files to schemas/`);
