import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { readSnippet } from './snippets.js';

// The README is the first thing a newcomer runs, so every snippet in it is run here, on the
// library's sources: its imports must be the package's public names, and each `//=> value`
// must equal the value of the expression statement just before it.

const root = join(import.meta.dirname, '..');
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');

interface PackageJson {
  readonly name: string;
  readonly exports: Readonly<Record<string, unknown>>;
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

/** The package's public entry points (`kp-mobile-money`, `kp-mobile-money/ussd`, …) → sources. */
const ENTRY_POINTS: ReadonlyMap<string, string> = new Map(
  Object.keys(pkg.exports)
    .filter((subpath) => subpath === '.' || /^\.\/[a-z]+$/.test(subpath))
    .map((subpath) => {
      const specifier = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      const name = subpath === '.' ? 'index' : subpath.slice(2);
      const file = existsSync(join(root, 'src', `${name}.ts`))
        ? join(root, 'src', `${name}.ts`)
        : join(root, 'src', name, 'index.ts');
      return [specifier, file] as const;
    }),
);

// ---------------------------------------------------------------------------------------------
// Markdown

interface CodeBlock {
  readonly lang: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
}

/** Every fenced code block of a Markdown text, with its language and the line of its fence. */
function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})(\S*)/.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '```', lang = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence); j++) {
      body.push((lines[j] ?? '').slice(indent.length));
    }
    blocks.push({ lang, line: i + 1, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors of a Markdown text's headings (outside code blocks), numbered like GitHub's. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading === null) continue;
    const base = slug(heading[1] ?? '');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** The Markdown links `[text](target)` of a text, outside code blocks. */
function links(markdown: string): { text: string; target: string; line: number }[] {
  const out: { text: string; target: string; line: number }[] = [];
  let inFence = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) inFence = !inFence;
    if (inFence) return;
    for (const m of line.matchAll(/\[([^\]]*)\]\(([^)\s]+)\)/g)) {
      out.push({ text: m[1] ?? '', target: m[2] ?? '', line: i + 1 });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Type check: the snippets as an app would compile them, against the library's sources.

function typeErrors(snippets: readonly { name: string; code: string }[]): Map<string, string[]> {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const paths: Record<string, string[]> = {};
  for (const [specifier, file] of ENTRY_POINTS) paths[specifier] = [file];
  const options: ts.CompilerOptions = { ...parsed.options, paths, noEmit: true };
  const virtual = new Map(snippets.map((s) => [join(root, 'test', s.name), s.code]));
  const base = ts.createCompilerHost(options);
  const host: ts.CompilerHost = {
    ...base,
    fileExists: (f) => virtual.has(f) || base.fileExists(f),
    readFile: (f) => virtual.get(f) ?? base.readFile(f),
    getSourceFile: (f, language, ...rest) => {
      const text = virtual.get(f);
      return text === undefined
        ? base.getSourceFile(f, language, ...rest)
        : ts.createSourceFile(f, text, language, true);
    },
  };
  const program = ts.createProgram([...virtual.keys()], options, host);
  const out = new Map<string, string[]>();
  for (const [path] of virtual) {
    const source = program.getSourceFile(path);
    const diagnostics = source === undefined ? [] : ts.getPreEmitDiagnostics(program, source);
    out.set(
      relative(join(root, 'test'), path),
      diagnostics.map((d) => {
        const at =
          d.start === undefined || d.file === undefined
            ? ''
            : `line ${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
        return `${at}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const blocks = codeBlocks(readme);
const scripts = blocks.filter((b) => /^(ts|typescript|js|javascript)$/.test(b.lang));
const shell = blocks.filter((b) => /^(sh|bash|shell|console)$/.test(b.lang));
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });
const dir = mkdtempSync(join(tmp, 'readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README.md snippets', () => {
  it('has code to check', () => {
    expect(scripts.length).toBeGreaterThan(0);
  });

  const snippets = scripts.map((block) => ({
    block,
    name: `README.md:${block.line} (${block.lang})`,
    file: `readme-snippet-${block.line}.ts`,
    snippet: readSnippet(block.code, ENTRY_POINTS),
  }));
  let types: Map<string, string[]> | undefined;

  describe.each(snippets)('$name', ({ block, file, snippet }) => {
    it('imports only the package’s public names, and every answer is a value after a statement', () => {
      expect(snippet.problems).toEqual([]);
    });

    // The first snippet to run loads the library's sources, and the type check compiles them.
    it(
      'runs, and every //=> answer equals the value of the statement before it',
      { timeout: 60_000 },
      async () => {
        const path = join(dir, file);
        writeFileSync(path, snippet.runnable);
        const module = (await import(/* @vite-ignore */ path)) as {
          __readmeAnswers?: { index: number; actual: unknown; expected: unknown }[];
        };
        const recorded = module.__readmeAnswers ?? [];
        snippet.answers.forEach((answer, index) => {
          const seen = recorded.filter((r) => r.index === index);
          const where = `README.md line ${block.line + answer.line}: ${answer.expression}`;
          expect(seen.length, `${where} ran`).toBeGreaterThan(0);
          for (const r of seen) expect(r.actual, where).toStrictEqual(r.expected);
        });
      },
    );

    it('type-checks as an app would compile it', { timeout: 60_000 }, () => {
      types ??= typeErrors(snippets.map((s) => ({ name: s.file, code: s.block.code })));
      expect(types.get(file)).toEqual([]);
    });
  });
});

describe('README.md for a newcomer', () => {
  const lines = readme.endsWith('\n') ? readme.split('\n').length - 1 : readme.split('\n').length;

  it('has at most 300 lines', () => {
    expect(lines).toBeLessThanOrEqual(300);
  });

  it('has a table of contents whose links resolve to its headings, one for each section', () => {
    const toc = /^## Contents\n\n((?:\s*- .*\n)+)/m.exec(readme);
    expect(toc, 'a "## Contents" list').not.toBeNull();
    const targets = [...(toc?.[1] ?? '').matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
    const headings = anchors(readme);
    expect(targets.length).toBeGreaterThan(3);
    for (const target of targets) expect(headings, `#${target}`).toContain(target);
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((m) => slug(m[1] ?? ''));
    expect(sections.filter((s) => s !== 'contents' && !targets.includes(s))).toEqual([]);
  });

  it('shows the commands of the quick start: npm ci, npm start, npm test', () => {
    const commands = shell.map((b) => b.code).join('\n');
    for (const command of ['npm ci', 'npm start', 'npm test']) {
      expect(commands, command).toMatch(new RegExp(`^${command}\\b`, 'm'));
    }
  });

  it('links to the command line’s own README', () => {
    expect(links(readme).map((l) => l.target)).toContain('packages/kpmm/README.md');
  });

  it('never shows a PIN on a command line or in the environment', () => {
    const unsafe = [
      /KPMM_PIN=/,
      /--pin(?:-[a-z]+)?[\s=]+['"]?\d{6}(?!\d)/,
      /\b(?:echo|printf)\s+(?:-\w+\s+)?['"]?\d{6}(?!\d)/,
    ];
    const found = readme
      .split('\n')
      .flatMap((line, i) =>
        unsafe.some((pattern) => pattern.test(line)) ? [`line ${i + 1}: ${line}`] : [],
      );
    expect(found).toEqual([]);
  });

  const local = links(readme)
    .filter((l) => !/^[a-z]+:/.test(l.target) && !l.target.startsWith('#'))
    .map((l) => ({ ...l, path: join(dirname(readmePath), l.target.split('#')[0] ?? '') }));
  it.each(local)('its link $target (line $line) resolves', ({ target, path }) => {
    expect(existsSync(path), target).toBe(true);
    const fragment = target.split('#')[1];
    if (fragment !== undefined && path.endsWith('.md')) {
      expect(anchors(readFileSync(path, 'utf8'))).toContain(fragment);
    }
  });
});
