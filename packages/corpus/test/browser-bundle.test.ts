import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

describe('root entry in a browser bundle', () => {
  it('bundles for the browser with no Node built-ins and no citation engine', async () => {
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
});
