import { defineConfig } from 'tsup';
import { moduleUnits } from './scripts/module-units.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    records: 'src/records.ts',
    symbols: 'src/symbols.ts',
    ingest: 'src/ingest.ts',
    cite: 'src/cite.ts',
    citations: 'src/citations.ts',
    'citation-js': 'src/citation-js.ts',
    errors: 'src/errors.ts',
    export: 'src/export.ts',
    vocabulary: 'src/vocabulary.ts',
    parquet: 'src/parquet.ts',
    // Not an export: the worker thread of `ingestStream(inputs, { concurrency })`.
    'ingest-worker': 'src/ingest-worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // No code splitting: the units below decide which module holds which file (see the plugin).
  splitting: false,
  treeshake: true,
  // Rollup (tsup's treeshake) notes each name a facade imports and its module does not use; the
  // plugin's own checks fail the build on what matters.
  silent: true,
  // zod and un-symbols are built in: zod tree-shaken to what the schemas use, un-symbols as the
  // symbols entry that the other modules import, so that importing the records or the root
  // entry resolves no package at run time (in Node, finding a package costs more than loading a
  // file). Their types
  // still come from the dependencies. zod keeps its registry and settings on globalThis and
  // `instanceof` reads traits; SymbolParseError's `instanceof` reads a registered symbol; so the
  // app's own copies work with these (test/pack.test.ts proves both on the packed package).
  noExternal: ['zod', '@black-january/un-symbols'],
  esbuildPlugins: [
    // In order; a file two units reach belongs to the first. Importing `/records` loads four
    // modules (records, core, symbols, vocabulary; test/module-graph.test.ts), and `/vocabulary`
    // one, which the CLI bundles.
    moduleUnits(
      {
        vocabulary: { kind: 'entry', roots: ['src/vocabulary.ts'] },
        symbols: { kind: 'entry', roots: ['src/symbols.ts'] },
        // The code of the records, less their data.
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
});
