// The first minutes in a checkout: `pnpm start` answers without build logs and says what to try
// next, and the CLI runs through the bin that exists before any build.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    const shim = join(ROOT, 'apps', 'cli', 'bin', 'black-january.cjs');
    const r = spawnSync(process.execPath, [shim, 'cite', '2020-01-17-letter', '--style', 'apa'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^United Nations General Assembly & United Nations Security Council/);
  });

  // pnpm as the test runs under it (`pnpm test`): the same program a user ran `install` with.
  const pnpm = process.env.npm_execpath?.includes('pnpm') ? process.env.npm_execpath : undefined;

  it.skipIf(!pnpm)(
    'a fresh clone: `pnpm install` then `pnpm black-january list` works, no build step between',
    () => {
      // The committed tree, as CI and a new user get it (uncommitted changes are not in it).
      const clone = mkdtempSync(join(tmpdir(), 'bj-clone-'));
      try {
        execFileSync('git', ['clone', '-q', ROOT, clone]);
        const pn = (args: string[]) =>
          spawnSync(process.execPath, [pnpm as string, ...args], {
            cwd: clone,
            encoding: 'utf8',
            env: { ...process.env, CI: 'true' },
          });
        const install = pn(['install', '--frozen-lockfile', '--prefer-offline']);
        expect(install.status, install.stderr).toBe(0);
        expect(install.stdout + install.stderr).not.toMatch(/Failed to create bin|WARN/);
        const list = pn(['black-january', 'list']);
        expect(list.status, list.stderr).toBe(0);
        // After the banner pnpm prints for a script ("> black-january-monorepo@ black-january …").
        const table = list.stdout.slice(list.stdout.indexOf('id\tdate'));
        expect(table.split('\n')[0]).toBe('id\tdate\tkind\ttitle\tsymbols');
        expect(table.trim().split('\n')).toHaveLength(6);
        expect(list.stderr).toMatch(/building it once/);
        // Built now: the next run says nothing of a build; `pnpm exec` prints no banner.
        const again = pn(['exec', 'black-january', 'list']);
        expect(again.stderr).toBe('');
        expect(again.stdout).toBe(table);
      } finally {
        rmSync(clone, { recursive: true, force: true });
      }
    },
    600_000,
  );
});
