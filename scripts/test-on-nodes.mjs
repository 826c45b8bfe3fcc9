// A package's tests again on the Node versions users install it on beside the machine's own
// (Node 20 reached end of life in April 2026): binaries from the npm registry's `node` package,
// kept under node_modules/.cache of the repository. Run in the package's directory (its
// `test:nodes` script); each run writes its own vitest report, which CI counts.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAJORS = (process.env.TEST_NODE_MAJORS ?? '22 24').split(/\s+/).filter(Boolean);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = process.cwd();
const cache = join(root, 'node_modules', '.cache');
const vitest = join(pkg, 'node_modules', 'vitest', 'vitest.mjs');

let failed = false;
for (const major of MAJORS) {
  const prefix = join(cache, `node-${major}`);
  const bin = join(prefix, 'node_modules', 'node', 'bin', 'node');
  if (!existsSync(bin)) {
    console.log(`installing node@${major} from the npm registry`);
    // Without the npm_config_* settings pnpm passes to scripts, which npm warns about.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_config_')),
    );
    execFileSync(
      'npm',
      ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', prefix, `node@${major}`],
      { stdio: ['ignore', 'ignore', 'inherit'], env },
    );
  }
  const version = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n== ${pkg.slice(root.length + 1)} on Node ${version} ==`);
  // This Node first on PATH, so that anything the tests start (the packed package's import
  // checks, the CLI) runs on it too.
  const env = {
    ...process.env,
    PATH: `${dirname(bin)}:${process.env.PATH}`,
    TEST_REPORT: `vitest-node${major}`,
  };
  const run = spawnSync(bin, [vitest, 'run'], { cwd: pkg, env, stdio: 'inherit' });
  console.log(`Node ${version}: ${run.status === 0 ? 'passed' : 'FAILED'}`);
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
