import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function imports(text: string): string[] {
  const specifiers: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
    if (match[1] !== undefined) specifiers.push(match[1]);
  }
  return specifiers;
}

const MODULES = ['ussd', 'cap', 'exchange', 'rental'] as const;
const ENTRY_SUBPATHS = [...MODULES, 'sources'] as const;
function read(dir: string) {
  return files(dir).map((path) => {
    const text = readFileSync(path, 'utf8');
    return { path: relative(dir, path).split(sep).join('/'), text, specifiers: imports(text) };
  });
}
const sources = read(src);
const cli = read(join(root, 'packages', 'kpmm', 'src'));

function topFolder(path: string): string {
  const [first] = path.split('/');
  return first ?? '';
}

describe('module walls', () => {
  it('finds the source files', () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  it.each(sources)('$path imports no Node built-in, with or without node:', ({ specifiers }) => {
    const builtins = new Set(builtinModules);
    const isBuiltin = (s: string) => s.startsWith('node:') || builtins.has(s.split('/')[0] ?? s);
    expect(specifiers.filter(isBuiltin)).toEqual([]);
  });

  it.each(sources)('$path imports no package but zod/mini', ({ specifiers }) => {
    const packages = specifiers.filter((s) => !s.startsWith('.'));
    expect(packages.filter((s) => s !== 'zod/mini')).toEqual([]);
  });

  it('knows a bare built-in import when it sees one', () => {
    expect(imports("import { inspect } from 'util';\nimport fs from 'fs/promises';")).toEqual([
      'util',
      'fs/promises',
    ]);
    expect(builtinModules).toContain('util');
  });

  it.each(sources.filter((f) => (MODULES as readonly string[]).includes(topFolder(f.path))))(
    '$path imports only core and its own folder',
    ({ path, specifiers }) => {
      const own = topFolder(path);
      const resolved = specifiers
        .filter((s) => s.startsWith('.'))
        .map((s) =>
          topFolder(
            relative(src, join(src, path, '..', s))
              .split(sep)
              .join('/'),
          ),
        );
      expect(resolved.filter((folder) => folder !== own && folder !== 'core')).toEqual([]);
      const packages = specifiers.filter((s) => !s.startsWith('.'));
      expect(packages.filter((s) => s !== 'zod/mini')).toEqual([]);
    },
  );

  it.each(sources.filter((f) => f.path.startsWith('core/')))(
    '$path imports no module',
    ({ path, specifiers }) => {
      const resolved = specifiers
        .filter((s) => s.startsWith('.'))
        .map((s) =>
          topFolder(
            relative(src, join(src, path, '..', s))
              .split(sep)
              .join('/'),
          ),
        );
      expect(resolved.filter((folder) => folder !== 'core')).toEqual([]);
    },
  );

  it.each(sources)(
    '$path reads no clock, randomness, environment or host time zone',
    ({ text }) => {
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      const forbidden =
        /Date\.now\(|new Date\(\)|Math\.random|performance\.now|\bprocess\.|getTimezoneOffset|resolvedOptions\(\)\.timeZone|console\./;
      expect(forbidden.exec(code)?.[0] ?? null).toBeNull();
    },
  );

  it.each(sources)('$path uses zod only through zod/mini', ({ specifiers }) => {
    expect(specifiers.filter((s) => s === 'zod' || s.startsWith('zod/v'))).toEqual([]);
  });

  it.each(cli)(
    'command line $path imports the library only through its public entry points',
    ({ specifiers }) => {
      const library = specifiers.filter(
        (s) => s === 'kp-mobile-money' || s.startsWith('kp-mobile-money/'),
      );
      const entries = ['kp-mobile-money', ...ENTRY_SUBPATHS.map((m) => `kp-mobile-money/${m}`)];
      expect(library.filter((s) => !entries.includes(s))).toEqual([]);
      // No path into the library's files, however written.
      expect(specifiers.filter((s) => /(^|\/)src\/|\.\.\/\.\.\//.test(s))).toEqual([]);
    },
  );

  it('the command line uses the library', () => {
    expect(cli.some((f) => f.specifiers.includes('kp-mobile-money'))).toBe(true);
  });

  it.each(sources)('library $path never imports the command line', ({ specifiers }) => {
    expect(specifiers.filter((s) => s.includes('kpmm') || s.includes('packages/'))).toEqual([]);
  });

  // The facade composes the modules through their public entries: it reaches no module's or
  // core's internal files.
  it.each(sources.filter((f) => !f.path.includes('/')))(
    '$path imports the modules and core only through their index',
    ({ specifiers }) => {
      const relativeImports = specifiers.filter((s) => s.startsWith('.'));
      expect(
        relativeImports.filter((s) => s.split('/').length > 2 && !s.endsWith('/index.js')),
      ).toEqual([]);
      expect(relativeImports.filter((s) => s.includes('internal'))).toEqual([]);
    },
  );
});
