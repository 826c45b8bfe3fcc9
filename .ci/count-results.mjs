// Sums the vitest JSON reports of every workspace package into the plain line CI reads.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const status = Number(process.argv[2] ?? 0);
let passed = 0;
let failed = 0;
let reports = 0;
for (const group of ['packages', 'apps']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const dir = join(group, name, 'test-results');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      // Other artefacts (the site's page-weight.json) sit beside the vitest reports.
      if (typeof report.numTotalTests !== 'number') continue;
      const bad = (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
      passed += report.numPassedTests ?? 0;
      failed += bad;
      reports++;
      // vitest-node22.json: the library's tests again on Node 22 (packages/corpus/scripts/test-on-nodes.mjs).
      const on = /-node(\d+)\.json$/.exec(file)?.[1];
      console.log(
        `${join(group, name)}${on ? ` on Node ${on}` : ''}: ${report.numPassedTests ?? 0} passed, ${bad} failed`,
      );
    }
  }
}
// A failed step that produced no report (install, lint, typecheck) still counts as a failure.
if (status !== 0 && failed === 0) failed = 1;
const cached = join('node_modules', '.cache');
const others = existsSync(cached)
  ? readdirSync(cached)
      .filter((d) => /^node-\d+$/.test(d))
      .map((d) =>
        join(cached, d, 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node'),
      )
      .filter((bin) => existsSync(bin))
      .map((bin) => execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim())
  : [];
console.log(`Node versions: ${[process.version, ...others].join(', ')}`);
console.log(`${reports} test reports read`);
console.log(`${passed} passed, ${failed} failed`);
