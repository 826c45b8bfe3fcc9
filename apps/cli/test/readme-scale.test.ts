// README's "At scale" commands, run as written on a few letters: `find | xargs ingest --jobs`,
// `export records/ --format parquet`, and the DuckDB query, through DuckDB's Node API (the
// same engine as the `duckdb` shell, which CI does not install).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT } from './helpers.js';

const work = mkdtempSync(join(tmpdir(), 'bj-scale-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The shell block that follows README's marker comment, as lines of shell and the DuckDB SQL. */
function readmeBlock(): { shell: string; sql: string } {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('apps/cli/test/readme-scale.test.ts');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (at < 0 || !block) throw new Error('README has no "At scale" commands after its marker');
  const text = block[1] as string;
  const duckdb = /^duckdb -c "([\s\S]*?)"$/m.exec(text);
  if (!duckdb) throw new Error('README\'s "At scale" block has no duckdb -c "…" query');
  return { shell: text.slice(0, duckdb.index), sql: (duckdb[1] as string).replace(/\n\s*/g, ' ') };
}

describe.skipIf(!existsSync(BIN) && !process.env.CI)('README: at scale', () => {
  it('ingests a directory on several workers, writes Parquet, and DuckDB answers the query', async () => {
    mkdirSync(join(work, 'letters', 'more'), { recursive: true });
    const names = readdirSync(fixture('.')).filter((f) => f.endsWith('.txt'));
    for (const [i, name] of names.entries())
      copyFileSync(fixture(name), join(work, 'letters', i % 2 ? 'more' : '.', name));
    // The CLI on PATH, as an installed package puts it there.
    mkdirSync(join(work, 'bin'));
    const shim = join(work, 'bin', 'black-january');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(shim, 0o755);
    const { shell, sql } = readmeBlock();
    execFileSync('sh', ['-ec', shell], {
      cwd: work,
      env: { ...process.env, PATH: `${join(work, 'bin')}:${process.env.PATH}` },
      stdio: 'pipe',
    });
    expect(readdirSync(join(work, 'records'))).toHaveLength(names.length);
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    // Files named as the shell names them, relative to where the commands ran.
    await connection.run(`SET file_search_path = '${work}'`);
    const rows = (await connection.runAndReadAll(sql)).getRowObjectsJson();
    connection.closeSync();
    expect(rows.length).toBeGreaterThan(2);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
    expect(rows[0]?.pinpoint).toBe('para. 1');
    const letter = readFileSync(fixture('ga-sc-double-pdf.txt'), 'utf8').replace(/\s+/g, ' ');
    for (const r of rows)
      expect(letter).toContain(String(r.text).replace(/\s+/g, ' ').slice(0, 60));
  });
});
