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
});
