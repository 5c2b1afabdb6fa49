import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnippet } from './snippets.js';

// Every TSDoc `@example` in src/ shows behaviour: a call and its answer. Each is run here on the
// library's sources, with every name of the root entry point and of the kernel in scope, and each
// `//=> value` must equal the value of the expression statement just before it.

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

interface Example {
  readonly name: string;
  readonly code: string;
}

/** The code of every `@example` block of a file's TSDoc comments. */
function examples(file: string): Example[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] ?? '').includes('@example')) continue;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = (lines[j] ?? '').replace(/^\s*\* ?/u, '');
      if (/^\s*\*\//u.test(lines[j] ?? '') || line.startsWith('@')) break;
      if (!line.startsWith('```')) body.push(line);
    }
    out.push({ name: `${relative(root, file)}:${i + 1}`, code: body.join('\n') });
    i = j - 1;
  }
  return out;
}

const all = sourceFiles(src).flatMap(examples);
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const dir = mkdtempSync(join(tmp, 'tsdoc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TSDoc examples', () => {
  it('there are some', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it.each(all)('$name shows a call and its answer', async ({ name, code }) => {
    const used = (names: readonly string[]): string[] =>
      names.filter((n) => new RegExp(`\\b${n}\\b`, 'u').test(code));
    const rootNames = used(Object.keys((await import(join(src, 'index.ts'))) as object));
    const coreNames = used(
      Object.keys((await import(join(src, 'core', 'index.ts'))) as object),
    ).filter((n) => !rootNames.includes(n));
    const imports = [
      `import { ${rootNames.join(', ')} } from 'kp-mobile-money';`,
      `import { ${coreNames.join(', ')} } from 'kp-mobile-money/core';`,
    ].join('\n');
    const snippet = readSnippet(
      `${imports}\n${code}`,
      new Map([
        ['kp-mobile-money', join(src, 'index.ts')],
        ['kp-mobile-money/core', join(src, 'core', 'index.ts')],
      ]),
    );
    expect(snippet.problems).toEqual([]);
    expect(snippet.answers.length, `${name} has an answer`).toBeGreaterThan(0);
    // An answer shows what a call gives, not what a declaration holds.
    for (const answer of snippet.answers) expect(answer.answer).not.toContain('…');
    const path = join(dir, `${name.replace(/[^\w]/gu, '_')}.ts`);
    writeFileSync(path, snippet.runnable);
    const module = (await import(/* @vite-ignore */ path)) as {
      __readmeAnswers?: { index: number; actual: unknown; expected: unknown }[];
    };
    const recorded = module.__readmeAnswers ?? [];
    snippet.answers.forEach((answer, index) => {
      const seen = recorded.filter((r) => r.index === index);
      const where = `${name}: ${answer.expression}`;
      expect(seen.length, `${where} ran`).toBeGreaterThan(0);
      for (const r of seen) expect(r.actual, where).toStrictEqual(r.expected);
    });
  });
});
