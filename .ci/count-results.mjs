// Sums the vitest JSON reports of every workspace package into the plain line CI reads.
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
      passed += report.numPassedTests ?? 0;
      failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0);
      reports++;
    }
  }
}
// A failed step that produced no report (install, lint, typecheck) still counts as a failure.
if (status !== 0 && failed === 0) failed = 1;
console.log(`${reports} test reports read`);
console.log(`${passed} passed, ${failed} failed`);
