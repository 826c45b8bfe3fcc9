import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The built binary the tests run. */
export const BIN = join(here, '..', 'dist', 'bin.js');
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
