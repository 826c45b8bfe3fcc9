import { defineConfig } from 'tsup';

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
  splitting: true,
  treeshake: true,
  // zod's code is built in, tree-shaken to what the schemas use (about a quarter of it), in one
  // chunk that every entry shares: importing the root entry went from 2.26x to about 1.5x the
  // time of `node -e 0` (`pnpm bench`), as zod's hundred ES modules cost more to load than to
  // run. Its types still come from the `zod` dependency, and the app's own zod composes these
  // schemas: zod keeps its registry and settings on globalThis, and \`instanceof\` reads traits
  // (test/pack.test.ts proves it on the packed package).
  noExternal: ['zod'],
});
