import { defineConfig, type Options } from 'tsup';
import { moduleUnits } from './scripts/module-units.js';

// Built on their own, each with its own copy of what it needs, importing nothing: the symbols
// (un-symbols, whose SymbolParseError's `instanceof` reads a registered symbol, so copies agree)
// and the vocabulary (constants). Importing either costs one small module, and the records do not
// wait on a third and fourth module for them (ES modules load one level of imports at a time).
const standalone = { symbols: 'src/symbols.ts', vocabulary: 'src/vocabulary.ts' };

const shared = {
  format: ['esm', 'cjs'],
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // No code splitting: the units below, or a standalone entry, decide which module holds a file.
  splitting: false,
  treeshake: true,
} satisfies Options;

const entry = {
  index: 'src/index.ts',
  records: 'src/records.ts',
  ingest: 'src/ingest.ts',
  cite: 'src/cite.ts',
  citations: 'src/citations.ts',
  'citation-js': 'src/citation-js.ts',
  errors: 'src/errors.ts',
  export: 'src/export.ts',
  parquet: 'src/parquet.ts',
  // Not an export: the worker thread of `ingestStream(inputs, { concurrency })`.
  'ingest-worker': 'src/ingest-worker.ts',
};

const units = {
  entry,
  ...shared,
  // Every entry's types, the standalone ones' too, from one program.
  dts: { entry: { ...entry, ...standalone } },
  // Rollup (tsup's treeshake) notes each name a facade imports and its module does not use; the
  // plugin's own checks fail the build on what matters.
  silent: true,
  // zod and un-symbols are built in (zod tree-shaken to what the schemas use), so that importing
  // the records or the root entry resolves no package at run time (in Node, finding a package
  // costs more than loading a file). Their types still come from the dependencies. zod keeps
  // its registry and settings on globalThis and `instanceof` reads traits; SymbolParseError's
  // `instanceof` reads a registered symbol; so the app's own copies work with these
  // (test/pack.test.ts proves both on the packed package).
  noExternal: ['zod', '@black-january/un-symbols'],
  esbuildPlugins: [
    // In order; a file two units reach belongs to the first. Importing `/records` loads two
    // modules, the records and their code (test/module-graph.test.ts).
    moduleUnits(
      {
        // The code of the records, less their data; with un-symbols and the vocabulary.
        core: {
          kind: 'barrel',
          roots: ['src/records.ts'],
          exclude: /^src\/(records|bundled)\.ts$|^src\/internal\/records\/(?!provenance\.ts$)/,
        },
        records: { kind: 'entry', roots: ['src/records.ts'] },
        // zod and the schemas, which the root entry and ingest share.
        schemas: { kind: 'barrel', roots: ['src/validate.ts', 'src/json-schema.ts'] },
        ingest: { kind: 'entry', roots: ['src/ingest.ts'] },
        // What the citations, export and cite entries share; citation-js only in cite-engine.
        'cite-core': { kind: 'barrel', roots: ['src/citations.ts', 'src/export.ts'] },
        'cite-engine': { kind: 'barrel', roots: ['src/internal/cite/engine.ts'] },
      },
      /^(zod|@black-january\/un-symbols)(\/|$)/,
    ),
  ],
} satisfies Options;

// One build of each: tsup runs them side by side, so neither cleans (the build script does).
export default defineConfig([
  units,
  { entry: standalone, ...shared, noExternal: ['@black-january/un-symbols'] },
]);
