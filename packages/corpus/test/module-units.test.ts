// The build plugin of tsup.config.ts on a package of four files: two entries, a unit they share.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, describe, expect, it } from 'vitest';
import { moduleUnits, type Unit } from '../scripts/module-units.js';
import { PACKAGE_DIR } from './helpers.js';

const SRC = join(PACKAGE_DIR, 'test/fixtures/module-units');
const work = mkdtempSync(join(tmpdir(), 'bj-units-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
async function built(units: Record<string, Unit>) {
  const outDir = join(work, String(runs++));
  await build({
    config: false,
    entry: { a: join(SRC, 'a.ts'), b: join(SRC, 'b.ts') },
    outDir,
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    splitting: false,
    treeshake: true,
    silent: true,
    esbuildPlugins: [moduleUnits(units, /^$/)],
  });
  return outDir;
}

describe('module units (the build plugin)', () => {
  it('builds a shared file into one module, which each entry imports', async () => {
    const out = await built({ shared: { kind: 'barrel', roots: [join(SRC, 'shared.ts')] } });
    expect(
      readdirSync(out)
        .filter((f) => /\.c?js$/.test(f))
        .sort(),
    ).toEqual(['a.cjs', 'a.js', 'b.cjs', 'b.js', 'shared.cjs', 'shared.js']);
    expect(readFileSync(join(out, 'a.js'), 'utf8')).not.toContain('Shared = class');
    expect(readFileSync(join(out, 'shared.js'), 'utf8')).toContain('Shared = class');
    for (const ext of ['js', 'cjs']) {
      const a = await import(join(out, `a.${ext}`));
      const b = await import(join(out, `b.${ext}`));
      expect(
        Object.keys(a)
          .filter((k) => k !== 'default')
          .sort(),
      ).toEqual(['Shared', 'again']);
      expect(b.make()).toBeInstanceOf(a.Shared);
    }
  });

  it('fails the build on a file built into two modules', async () => {
    await expect(built({})).rejects.toThrow(
      /module-units\/shared\.ts is built into \S*\/a\.c?js and \S*\/b\.c?js/,
    );
  });

  it('fails the build when a facade asks an entry for a name it does not export', async () => {
    await expect(
      built({ a: { kind: 'entry', roots: [join(SRC, 'b.ts'), join(SRC, 'shared.ts')] } }),
    ).rejects.toThrow(/in the a entry, which does not export/);
  });
});
