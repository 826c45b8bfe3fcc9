import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The built binary the tests run. */
export const BIN = join(here, '..', 'dist', 'bin.cjs');
/** The repository root. */
export const ROOT = join(here, '..', '..', '..');
/** A text the corpus package's ingest tests use. */
export const fixture = (name: string) =>
  join(ROOT, 'packages', 'corpus', 'test', 'fixtures', 'ingest', name);

/** Whether a program is on PATH: the corpus package's helper, one definition for both. */
export { hasTool } from '../../../packages/corpus/test/tools.js';

// The CLI's children inherit this process's environment: a FORCE_COLOR from the test runner or
// the shell would make their piped output a terminal's. Tests that want it set it themselves.
delete process.env.FORCE_COLOR;

/** What a run of the CLI gave: exit code, stdout and stderr. */
export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/**
 * The CLI run in-process, as the bin runs it: `main(argv, io)` with stdout and stderr captured,
 * stdin from `input`, and the environment without the test runner's FORCE_COLOR.
 */
export async function runMain(
  argv: string[],
  { cwd, input, env = {} }: { cwd: string; input?: string | Buffer; env?: Record<string, string> },
): Promise<RunResult> {
  const { main } = await import('../src/main.js');
  let out = '';
  let err = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    stdin: Readable.from(input === undefined ? [] : [Buffer.from(input)]),
    env: { ...process.env, ...env },
    cwd,
    signal: new AbortController().signal,
  });
  return { code, out, err };
}
