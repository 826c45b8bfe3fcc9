// The package graph points one way: apps → @black-january/corpus → @black-january/un-symbols.
// Shipped code (src/ and bin/ of every workspace package) imports another workspace package only
// if it may, only through an entry that package exports, and never by a relative path out of its
// own package; un-symbols depends on nothing and uses no Node built-in, so it runs in a browser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

const ROOT = join(PACKAGE_DIR, '..', '..');
/** Who may import whom. (The docs site runs the CLI's binary at build time; it imports none of it.) */
const ALLOWED: Record<string, string[]> = {
  '@black-january/un-symbols': [],
  '@black-january/corpus': ['@black-january/un-symbols'],
  '@black-january/cli': ['@black-january/corpus'],
  '@black-january/docs': ['@black-january/corpus'],
};

interface Workspace {
  name: string;
  dir: string;
  json: { exports?: Record<string, unknown>; dependencies?: Record<string, string> };
}
const workspaces: Workspace[] = ['packages', 'apps'].flatMap((group) =>
  readdirSync(join(ROOT, group)).map((name) => {
    const dir = join(ROOT, group, name);
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    return { name: json.name as string, dir, json };
  }),
);

function* files(dir: string): Generator<string> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mts|js|mjs|astro)$/.test(name) && !/\.test\.ts$/.test(name)) yield path;
  }
}

const SPECIFIER =
  /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bexport\s[^'"]*?from\s*)['"]([^'"]+)['"]/gm;
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => m[1] as string);

describe('the package graph', () => {
  it('knows every workspace package', () => {
    expect(workspaces.map((w) => w.name).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  for (const ws of workspaces) {
    it(`${ws.name}: imports only what it may, through exported entries, within itself`, () => {
      const problems: string[] = [];
      for (const file of [...files(join(ws.dir, 'src')), ...files(join(ws.dir, 'bin'))]) {
        const where = relative(ROOT, file);
        for (const spec of importsOf(file)) {
          if (spec.startsWith('.')) {
            const target = resolve(dirname(file), spec);
            if (relative(ws.dir, target).startsWith('..'))
              problems.push(`${where}: ${spec} reaches out of ${ws.name}`);
            continue;
          }
          const other = workspaces.find((w) => spec === w.name || spec.startsWith(`${w.name}/`));
          if (other && other !== ws) {
            if (!ALLOWED[ws.name]?.includes(other.name))
              problems.push(`${where}: ${ws.name} may not import ${other.name}`);
            const entry = `.${spec.slice(other.name.length)}`;
            if (!Object.keys(other.json.exports ?? {}).includes(entry))
              problems.push(`${where}: ${spec} is not an entry ${other.name} exports`);
            if (!ws.json.dependencies?.[other.name])
              problems.push(`${where}: ${other.name} is not a dependency of ${ws.name}`);
          }
          if (ws.name === '@black-january/un-symbols' && !other)
            problems.push(`${where}: un-symbols imports ${spec}; it depends on nothing`);
        }
      }
      expect(problems).toEqual([]);
    });
  }

  it('un-symbols declares no dependency at all', () => {
    const un = workspaces.find((w) => w.name === '@black-january/un-symbols') as Workspace;
    expect(un.json.dependencies ?? {}).toEqual({});
  });
});
