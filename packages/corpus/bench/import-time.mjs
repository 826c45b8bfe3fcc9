// Import time of the root entry (a fresh process each run) against `node -e 0`, interleaved so
// that machine noise hits both sides alike.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, percentile, time } from './stats.mjs';

const entries = {
  'root entry': fileURLToPath(new URL('../dist/index.js', import.meta.url)),
  'records entry': fileURLToPath(new URL('../dist/records.js', import.meta.url)),
  'symbols entry': fileURLToPath(new URL('../dist/symbols.js', import.meta.url)),
  // The package the symbols entry re-exports, resolved as this package resolves it.
  '@black-january/un-symbols': fileURLToPath(import.meta.resolve('@black-january/un-symbols')),
};
const RUNS = 30;
const run = (args) => time(() => spawnSync(process.execPath, args, { stdio: 'ignore' })).ms;
const baseline = [];
const samples = Object.fromEntries(Object.keys(entries).map((name) => [name, []]));
for (let i = 0; i < RUNS; i++) {
  baseline.push(run(['-e', '0']));
  for (const [name, file] of Object.entries(entries)) {
    samples[name].push(run(['--input-type=module', '-e', `await import(${JSON.stringify(file)})`]));
  }
}
const b = percentile(baseline, 50);
console.log(`import time (process start to module loaded, median of ${RUNS}, interleaved)`);
console.log(`  node -e 0             ${fmt(b)} ms`);
for (const [name, xs] of Object.entries(samples)) {
  const m = percentile(xs, 50);
  console.log(
    `  ${name.padEnd(20)}  ${fmt(m)} ms   ratio ${(m / b).toFixed(2)}x   import cost ${fmt(m - b)} ms`,
  );
}
