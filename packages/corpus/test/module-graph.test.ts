// What importing an entry of the built package loads: the modules of the package it imports,
// transitively, and the packages it resolves. Start-up pays for each (see scripts/module-units.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

const DIST = join(PACKAGE_DIR, 'dist');
const built = existsSync(join(DIST, 'index.js'));

function graph(entry: string) {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    const text = readFileSync(join(DIST, file), 'utf8');
    const specs = [
      ...text.matchAll(/^(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/gm),
      ...text.matchAll(/\brequire\(['"]([^'"]+)['"]\)/g),
    ].map((m) => m[1] as string);
    for (const spec of specs)
      if (spec.startsWith('./')) visit(spec.slice(2));
      else packages.add(spec);
  };
  visit(entry);
  return { modules: [...modules].sort(), packages: [...packages].sort() };
}

describe.skipIf(!built && !process.env.CI)('the built package', () => {
  it('loads four modules for the records and resolves no other package', () => {
    expect(graph('records.js')).toEqual({
      modules: ['core.js', 'records.js', 'symbols.js', 'vocabulary.js'],
      packages: [],
    });
    expect(graph('records.cjs')).toEqual({
      modules: ['core.cjs', 'records.cjs', 'symbols.cjs', 'vocabulary.cjs'],
      packages: [],
    });
  });

  it('adds only the schemas module for the root entry, and one module for the symbols', () => {
    expect(graph('index.js')).toEqual({
      modules: ['core.js', 'index.js', 'records.js', 'schemas.js', 'symbols.js', 'vocabulary.js'],
      packages: [],
    });
    expect(graph('symbols.js')).toEqual({ modules: ['symbols.js'], packages: [] });
  });

  it('keeps citation-js out of the shipped citations', () => {
    expect(graph('citations.js').packages).toEqual([]);
    expect(graph('cite.js').packages).toEqual(['@citation-js/core', '@citation-js/plugin-csl']);
  });
});
