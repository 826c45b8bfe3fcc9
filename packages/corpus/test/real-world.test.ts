import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from './helpers.js';

/**
 * Real UN letters as people copy them (`../shared/real-world/letters`, beside the clone in CI and
 * never copied in), scored field by field against their hand-written expectations by the set's own
 * scorer, run on the built package as a user would import it.
 */
const SET = join(PACKAGE_DIR, '..', '..', '..', 'shared', 'real-world', 'letters');
const present = existsSync(join(SET, 'score.mjs'));
const built = existsSync(join(PACKAGE_DIR, 'dist', 'ingest.js'));
if ((!present || !built) && process.env.CI)
  throw new Error(`CI needs ${SET} and a built dist/ingest.js for the real-world ingest test`);

interface FieldScore {
  right: number;
  asserted: number;
  missed: number;
  invented: number;
}
interface SetReport {
  perField: Record<string, FieldScore>;
  crashes: number;
  internal: number;
  invented: number;
  files: Array<{ file: string; fields: Record<string, { verdict: string }> }>;
}

describe.skipIf(!present || !built)('real-world letters (development set)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'real-world-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let report: SetReport;

  it('runs the scorer on every file', () => {
    const out = execFileSync(
      process.execPath,
      [join(SET, 'score.mjs'), PACKAGE_DIR, '--json', join(dir, 'report.json')],
      { encoding: 'utf8' },
    );
    const table = out.slice(0, out.indexOf('per file:'));
    console.log(table.trim());
    report = (JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { sets: SetReport[] })
      .sets[0] as SetReport;
    expect(report.files.length).toBeGreaterThanOrEqual(16);
  });

  it('reads at least 95% of the asserted fields right', () => {
    const fields = Object.values(report.perField);
    const right = fields.reduce((n, f) => n + f.right, 0);
    const asserted = fields.reduce((n, f) => n + f.asserted, 0);
    expect(right / asserted).toBeGreaterThanOrEqual(0.95);
  });

  it('invents at most 2 values, loses no record and throws on no file', () => {
    expect(report.invented).toBeLessThanOrEqual(2);
    expect(report.internal).toBe(0);
    expect(report.crashes).toBe(0);
  });
});
