// The shim turns on Node's compile cache (22.1+): the CLI's compiled code is kept between runs.
// Run with a Node that has it: this one, or the Node 22/24 the corpus package's tests download.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const SHIM = join(ROOT, 'apps', 'cli', 'bin', 'black-january.cjs');
const hasCache = (node: string) =>
  spawnSync(node, ['-p', "typeof require('node:module').enableCompileCache"], {
    encoding: 'utf8',
  }).stdout.trim() === 'function';
const downloaded = ['22', '24']
  .map((major) => join(ROOT, 'node_modules', '.cache', `node-${major}`, 'node_modules'))
  .flatMap((dir) =>
    existsSync(dir) ? readdirSync(dir).map((p) => join(dir, p, 'bin', 'node')) : [],
  )
  .filter((bin) => existsSync(bin))
  .map((bin) => realpathSync(bin));
const node = [process.execPath, ...downloaded].find(hasCache);

const { NODE_COMPILE_CACHE: _, ...inherited } = process.env;
const work = mkdtempSync(join(tmpdir(), 'bj-compile-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = (dir: string, env: Record<string, string> = {}) => {
  const r = spawnSync(node as string, [SHIM, 'list'], {
    encoding: 'utf8',
    // Node's default cache directory is under the temporary one.
    env: { ...inherited, TMPDIR: dir, ...env },
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
const cacheFiles = (dir: string) => {
  const root = join(dir, 'node-compile-cache');
  return existsSync(root) ? readdirSync(root, { recursive: true }) : [];
};

describe.skipIf(!node)(`the compile cache (${node ?? 'no Node 22.1+ here'})`, () => {
  it('is written by a first run and read by the next, which prints the same', () => {
    const dir = mkdtempSync(join(work, 'on-'));
    const first = run(dir);
    expect(cacheFiles(dir).length).toBeGreaterThan(2);
    expect(run(dir)).toBe(first);
    expect(first).toContain('2020-01-17-letter');
  });

  it('is off with NODE_DISABLE_COMPILE_CACHE, as Node reads it', () => {
    const dir = mkdtempSync(join(work, 'off-'));
    run(dir, { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(cacheFiles(dir)).toEqual([]);
  });
});

describe('without a place to keep it', () => {
  it('runs as before when the cache directory cannot be made', () => {
    const r = spawnSync(node ?? process.execPath, [SHIM, 'list'], {
      encoding: 'utf8',
      env: { ...process.env, NODE_COMPILE_CACHE: '/dev/null/cache' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2020-01-17-letter');
  });
});
