import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

const bundle = (entry: string) =>
  build({
    entryPoints: [join(PACKAGE_DIR, 'src', entry)],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'esm',
    conditions: ['source'],
    metafile: true,
    minify: true,
    logLevel: 'silent',
  });

describe('entries in a browser bundle', () => {
  it('the records entry carries the data and query API without zod', async () => {
    const result = await bundle('records.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain('2024-01-20-statement');
  });

  it('the root entry bundles with no Node built-ins and no citation engine', async () => {
    const result = await build({
      entryPoints: [join(PACKAGE_DIR, 'src', 'index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      conditions: ['source'],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('node:') || /\b(fs|path|crypto)\b/.test(i))).toEqual(
      [],
    );
    expect(inputs.some((i) => i.includes('citation-js'))).toBe(false);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from\s*["']node:/);
    expect(code).toContain('2020-01-17-letter');
  });

  it('the citations entry serves shipped citations with no citation engine in the bundle', async () => {
    const result = await bundle('citations.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('citation-js') || i.includes('citeproc'))).toBe(false);
    expect(result.outputFiles[0]?.text).toContain('UNGA and UNSC');
  });

  it('the ingest entry, worker threads and all, bundles with no Node built-ins', async () => {
    const result = await bundle('ingest.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    expect(result.outputFiles[0]?.text).toContain('concurrency');
  });

  it('the export entry writes every format with no citation engine, no zod and no data', async () => {
    const result = await bundle('export.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((i) => i.includes('node_modules'))).toEqual([]);
    expect(inputs.some((i) => i.includes('internal/records/'))).toBe(false);
    expect(result.outputFiles[0]?.text).toContain('entrysubtype');
  });
});
