// README's pandoc commands, run as written: the CLI's CSL-JSON export, a style from the installed
// package, and Debian's pandoc (installed by .ci/run; without it the test is skipped, except in CI).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedCitation } from '@black-january/corpus/citations';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, hasTool, ROOT } from './helpers.js';

const hasPandoc = hasTool('pandoc');
if (!hasPandoc && process.env.CI) throw new Error('CI needs pandoc (Debian package pandoc)');

const work = mkdtempSync(join(tmpdir(), 'bj-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The shell block that follows README's marker comment. */
function readmeCommands(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('apps/cli/test/readme-pandoc.test.ts');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (at < 0 || !block) throw new Error('README has no pandoc commands after its marker');
  return (block[1] as string).replace(/^ {2}/gm, '');
}

describe.skipIf(!(hasPandoc && existsSync(BIN)) && !process.env.CI)('README: pandoc', () => {
  it('cites as cite() does, from the CLI export and an installed style', () => {
    // A project that has installed the packages: the styles under node_modules, the CLI on PATH.
    mkdirSync(join(work, 'node_modules', '@black-january'), { recursive: true });
    symlinkSync(
      join(ROOT, 'packages', 'corpus'),
      join(work, 'node_modules', '@black-january', 'corpus'),
    );
    mkdirSync(join(work, 'bin'));
    writeFileSync(
      join(work, 'bin', 'black-january'),
      `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`,
    );
    chmodSync(join(work, 'bin', 'black-january'), 0o755);
    const out = execFileSync('bash', ['-euo', 'pipefail', '-c', readmeCommands()], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(work, 'bin')}:${process.env.PATH}` },
    });
    const want = shippedCitation('2023-01-20-letter', {
      style: 'oscola',
      pinpoint: { annex: 1, paragraph: 3 },
    })?.text as string;
    expect(want).toMatch(
      /^UNGA ‘Letter Dated 20 January 2023 .*’ \(20 January 2023\), annex, para 3\.$/,
    );
    expect(out.replace(/\s+/g, ' ')).toContain(`[1] ${want}`);
  });
});
