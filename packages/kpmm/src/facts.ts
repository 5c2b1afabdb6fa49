import { SOURCES, facts } from 'kp-mobile-money';
import { parseCommandArgs } from './args.js';
import { EXIT, write, writeJson, type CliIo } from './io.js';

const HELP = `Usage: kpmm facts [--json]

Every figure the library uses, with its grade (reported, derived or assumed) and sources.
`;

function render(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

export async function runFacts(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('facts', argv, {});
  if (values.help === true) {
    await write(io.stdout, HELP);
    return EXIT.ok;
  }
  const all = facts();
  if (values.json === true) {
    await writeJson(io.stdout, { facts: all, sources: SOURCES });
    return EXIT.ok;
  }
  const lines = all.map(
    (f) =>
      `${f.id} (${f.grade})\n  ${render(f.value)}\n  unit: ${f.unit}\n  sources: ${f.sources.join(', ') || 'none'}\n  ${f.note}`,
  );
  await write(io.stdout, `${lines.join('\n\n')}\n`);
  return EXIT.ok;
}
