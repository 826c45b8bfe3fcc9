// The first minutes in a checkout: `pnpm start` answers without build logs and says what to try
// next, and the CLI runs through the bin that exists before any build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

describe.skipIf(!existsSync(BIN) && !process.env.CI)('a checkout', () => {
  it('pnpm start prints the summary and three next steps, no build log', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Black January corpus — data \d+\.\d+\.\d+ /);
    expect(r.stdout).not.toMatch(/turbo|tsup|Build success|WARN/);
    expect(lines.slice(-4, -3)).toEqual(['Next:']);
    expect(lines.slice(-3).every((l) => l.startsWith('  '))).toBe(true);
    expect(r.stderr).toBe('');
  }, 240_000);

  it('the bin in the source runs the built CLI', () => {
    const shim = join(ROOT, 'apps', 'cli', 'bin', 'black-january.js');
    const r = spawnSync(process.execPath, [shim, 'cite', '2020-01-17-letter', '--style', 'apa'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^United Nations General Assembly & United Nations Security Council/);
  });
});
