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

// Inside the corpus package, src/internal/ is grouped by job and the folders show the data flow:
// text helpers ← records (the curated drafts, the bundled corpus as citation input) ← ingest;
// validate, query, cite and export each read records and text helpers, never each other, and
// only records/ knows the bundled data: the rest take records as input. Types may cross.
const INTERNAL = join(PACKAGE_DIR, 'src', 'internal');
const FLOW: Record<string, string[]> = {
  text: [],
  records: ['text'],
  ingest: ['text', 'records'],
  validate: ['text'],
  query: ['text'],
  cite: ['text'],
  export: [],
};
const VALUE_IMPORT =
  /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g;

describe('src/internal/ of the corpus package', () => {
  it('has only the folders of the flow, no loose files', () => {
    expect(readdirSync(INTERNAL).sort()).toEqual(Object.keys(FLOW).sort());
  });

  it('imports along the flow, and only records/ loads the bundled data', () => {
    const problems: string[] = [];
    for (const folder of Object.keys(FLOW)) {
      for (const file of files(join(INTERNAL, folder))) {
        const where = relative(INTERNAL, file);
        const source = readFileSync(file, 'utf8');
        for (const m of source.matchAll(VALUE_IMPORT)) {
          const spec = (m[1] ?? m[2]) as string;
          if (!spec.startsWith('.')) continue;
          const target = relative(INTERNAL, resolve(dirname(file), spec));
          const [top] = target.split('/');
          if (target === '../bundled.js' && folder !== 'records')
            problems.push(`${where}: imports the bundled data`);
          if (target.startsWith('..') || top === folder) continue;
          if (!FLOW[folder]?.includes(top as string))
            problems.push(`${where}: ${folder}/ may not import ${top}/ (${spec})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
