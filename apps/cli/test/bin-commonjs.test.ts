// The built bin starts no ES module loader for the commands people run most: Node 20's loader
// costs a run about 8 ms more than `require` (see tsup.config.ts and `pnpm bench`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'bj-bin-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// Preloaded into the bin's process: on exit, the ES module loader's parts that ran.
const hook = join(work, 'hook.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => process.stderr.write('\\nloaded: ' + process.moduleLoadList.filter((m) => /esm\\/(module_job|translators)/.test(m)).join(',') + '\\n'));",
);

describe('the built bin', () => {
  it.each([
    ['list'],
    ['show', '2020-01-17-letter'],
    ['search', 'Martyrs'],
    ['figures', 'killed'],
    ['cite', '2020-01-17-letter', '--style', 'oscola'],
    ['symbols', 'parse', 'A/74/649-S/2020/34'],
    ['--version'],
  ])('runs %s as CommonJS, with no ES module loaded', (...args) => {
    const r = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stderr.split('\n').find((l) => l.startsWith('loaded: '))).toBe('loaded: ');
  });

  it('loads node:os and node:timers/promises only for the commands that use them', () => {
    const builtins = join(work, 'builtins.cjs');
    writeFileSync(
      builtins,
      "process.on('exit', () => process.stderr.write('\\nbuilt-ins: ' + process.moduleLoadList.filter((m) => /^NativeModule (os|timers\\/promises)$/.test(m)).join(',') + '\\n'));",
    );
    const r = spawnSync(process.execPath, ['--require', builtins, BIN, 'list'], {
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.split('\n').find((l) => l.startsWith('built-ins: '))).toBe('built-ins: ');
  });

  it('prints the version of its package.json, which the build writes in', () => {
    const r = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    const pkg = JSON.parse(readFileSync(join(ROOT, 'apps', 'cli', 'package.json'), 'utf8'));
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });
});
