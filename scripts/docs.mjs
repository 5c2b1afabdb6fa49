// `npm run docs`: writes docs/REFERENCE.md from the built library's SOURCES and facts() and
// the open questions in scripts/open-questions.json, then the typedoc HTML into docs/api/
// (not committed). Run `npm run build` first. `--reference-only` skips typedoc.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';
import { CURRENCY_EXPONENTS } from '../dist/index.js';
import { SOURCES, facts } from '../dist/sources.js';
import { renderReference } from './reference.mjs';

const root = new URL('../', import.meta.url);
const openQuestions = JSON.parse(
  await readFile(new URL('scripts/open-questions.json', root), 'utf8'),
);

const reference = renderReference({
  sources: SOURCES,
  facts: facts(),
  openQuestions,
  currencyExponents: CURRENCY_EXPONENTS,
});
await mkdir(new URL('docs/', root), { recursive: true });
await writeFile(new URL('docs/REFERENCE.md', root), reference);
console.log('wrote docs/REFERENCE.md');

if (!process.argv.includes('--reference-only')) {
  process.chdir(fileURLToPath(root));
  const app = await Application.bootstrapWithPlugins({ options: 'typedoc.json' });
  const project = await app.convert();
  if (project === undefined) {
    console.error('typedoc could not convert the project');
    process.exit(1);
  }
  app.validate(project);
  await app.generateOutputs(project);
  if (app.logger.hasErrors()) process.exit(1);
}
