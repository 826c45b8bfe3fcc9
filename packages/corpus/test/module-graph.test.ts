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
  it('loads two modules for the records, their data and their code, and resolves no package', () => {
    expect(graph('records.js')).toEqual({ modules: ['core.js', 'records.js'], packages: [] });
    expect(graph('records.cjs')).toEqual({ modules: ['core.cjs', 'records.cjs'], packages: [] });
  });

  it('adds only the schemas module for the root entry', () => {
    expect(graph('index.js')).toEqual({
      modules: ['core.js', 'index.js', 'records.js', 'schemas.js'],
      packages: [],
    });
  });

  it('loads one module for the symbols, and one for the vocabulary', () => {
    for (const ext of ['js', 'cjs']) {
      expect(graph(`symbols.${ext}`)).toEqual({ modules: [`symbols.${ext}`], packages: [] });
      expect(graph(`vocabulary.${ext}`)).toEqual({ modules: [`vocabulary.${ext}`], packages: [] });
    }
  });

  it('loads neither the records data nor citation-js for ingest', () => {
    expect(graph('ingest.js')).toEqual({
      modules: ['core.js', 'ingest.js', 'schemas.js'],
      packages: [],
    });
  });

  it('keeps citation-js out of the shipped citations', () => {
    expect(graph('citations.js').packages).toEqual([]);
    expect(graph('cite.js').packages).toEqual(['@citation-js/core', '@citation-js/plugin-csl']);
  });
});
