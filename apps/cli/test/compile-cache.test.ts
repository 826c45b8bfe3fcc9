// The shim keeps the CLI's compiled code between runs: with Node's compile cache (22.1+), run with
// a Node that has it (this one, or the Node 22/24 the corpus package's tests download); before
// that, with bin/compile-cache.cjs, run with this Node when it has no cache of its own.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

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
/** The shim, run by `bin` on `args` without the caller's NODE_COMPILE_CACHE: its output. */
const shim = (bin: string, args: string[], env: Record<string, string>) => {
  const r = spawnSync(bin, [SHIM, ...args], { encoding: 'utf8', env: { ...inherited, ...env } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};
// Node's default cache directory is under the temporary one.
const run = (dir: string, env: Record<string, string> = {}) =>
  shim(node as string, ['list'], { TMPDIR: dir, ...env });
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
    const out = shim(node ?? process.execPath, ['list'], { NODE_COMPILE_CACHE: '/dev/null/cache' });
    expect(out).toContain('2020-01-17-letter');
  });
});

// Node 20 and 22.0: bin/compile-cache.cjs, in a directory of NODE_COMPILE_CACHE's per Node.
describe.skipIf(hasCache(process.execPath))('the compile cache before Node 22.1', () => {
  const OWN = `black-january-${process.version}-${process.arch}`;
  const runIn = (root: string, args = ['list'], env: Record<string, string> = {}) =>
    shim(process.execPath, args, { NODE_COMPILE_CACHE: root, ...env });
  const files = (root: string) =>
    existsSync(join(root, OWN)) ? readdirSync(join(root, OWN)).sort() : [];

  it('is written by a first run, one file a module, and read by the next, which prints the same', () => {
    const root = mkdtempSync(join(work, 'own-'));
    const uncached = runIn(root, ['list'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(files(root)).toEqual([]);
    expect(runIn(root)).toBe(uncached);
    // The bin, the records and their code.
    expect(files(root)).toHaveLength(3);
    const written = files(root).map((f) => statSync(join(root, OWN, f)).mtimeMs);
    expect(runIn(root)).toBe(uncached);
    expect(files(root).map((f) => statSync(join(root, OWN, f)).mtimeMs)).toEqual(written);
    expect(statSync(join(root, OWN)).mode & 0o777).toBe(0o700);
  });

  it('gives every command the output it gives uncached', () => {
    const root = mkdtempSync(join(work, 'commands-'));
    // A live citation (citation-js), Parquet (an ES module imported from CommonJS) and ingest.
    const csl = join(root, 'mine.csl');
    writeFileSync(csl, readFileSync(join(ROOT, 'packages', 'corpus', 'styles', 'chicago.csl')));
    const letter = join(
      ROOT,
      'packages',
      'corpus',
      'test',
      'fixtures',
      'ingest',
      'ga-sc-double-pdf.txt',
    );
    for (const args of [
      ['show', '2020-01-17-letter'],
      ['search', 'Martyrs'],
      ['cite', '2023-01-20-letter', '--style', 'oscola', '--paragraph', '1', '--annex', '1'],
      ['cite', '2020-01-17-letter', '--csl', csl],
      ['figures', 'killed', '--json'],
      ['symbols', 'parse', 'A/74/649-S/2020/34'],
      ['ingest', letter, '--json'],
      ['export', '--format', 'parquet', '--out', join(root, 'corpus.parquet'), '--force'],
    ]) {
      const uncached = runIn(root, args, { NODE_DISABLE_COMPILE_CACHE: '1' });
      runIn(root, args);
      expect(runIn(root, args), args.join(' ')).toBe(uncached);
    }
  });

  it('compiles anew, and writes again, what V8 rejects', () => {
    const root = mkdtempSync(join(work, 'garbage-'));
    const first = runIn(root);
    for (const f of files(root)) writeFileSync(join(root, OWN, f), 'not code');
    expect(runIn(root)).toBe(first);
    for (const f of files(root))
      expect(readFileSync(join(root, OWN, f), 'utf8')).not.toBe('not code');
  });

  it('keys a module by its file: a file touched since is compiled and kept anew, in its place', () => {
    const root = mkdtempSync(join(work, 'touched-'));
    runIn(root);
    const before = files(root);
    const { atime, mtime } = statSync(BIN);
    // The same times, set again: the change time is new, as for a file replaced or rewritten.
    utimesSync(BIN, atime, mtime);
    runIn(root);
    const after = files(root);
    expect(after).toHaveLength(3);
    expect(after.filter((f) => !before.includes(f))).toHaveLength(1);
  });

  it('is not used in a directory others can write to', () => {
    const root = mkdtempSync(join(work, 'shared-'));
    const mine = join(root, OWN);
    runIn(root);
    for (const f of files(root)) rmSync(join(mine, f));
    chmodSync(mine, 0o777);
    expect(runIn(root)).toContain('2020-01-17-letter');
    expect(files(root)).toEqual([]);
    // Nor in one whose parent others can write to: they could swap the directory for theirs.
    chmodSync(mine, 0o700);
    chmodSync(root, 0o777);
    expect(runIn(root)).toContain('2020-01-17-letter');
    expect(files(root)).toEqual([]);
  });
});
