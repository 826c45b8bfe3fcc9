// Citations: cold time to the first citation (process start to output) against `node -e 0`, and
// warm time per citation through the library against the same call made to citation-js directly,
// with the same style and record, in the same process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, percentile, time } from './stats.mjs';

const dist = (f) => JSON.stringify(fileURLToPath(new URL(`../dist/${f}`, import.meta.url)));
const cold = {
  'shipped (./citations)': `const { shippedCitation } = await import(${dist('citations.js')}); console.log(shippedCitation('2020-01-17-letter', { style: 'oscola' }).text);`,
  'shipped (./cite)': `const { cite } = await import(${dist('cite.js')}); console.log(cite('2020-01-17-letter', { style: 'oscola' }).text);`,
  'live engine (./cite)': `const { cite } = await import(${dist('cite.js')}); const { getDocument } = await import(${dist('records.js')}); console.log(cite({ ...getDocument('2020-01-17-letter'), id: 'not-in-corpus' }, { style: 'oscola' }).text);`,
};
const RUNS = 20;
const run = (args) => time(() => spawnSync(process.execPath, args, { stdio: 'ignore' })).ms;
const baseline = [];
const samples = Object.fromEntries(Object.keys(cold).map((k) => [k, []]));
for (let i = 0; i < RUNS; i++) {
  baseline.push(run(['-e', '0']));
  for (const [name, code] of Object.entries(cold))
    samples[name].push(run(['--input-type=module', '-e', code]));
}
const b = percentile(baseline, 50);
console.log(
  `\nfirst citation of a corpus record, cold (process start to output, median of ${RUNS}, interleaved)`,
);
console.log(`  node -e 0                  ${fmt(b)} ms`);
for (const [name, xs] of Object.entries(samples)) {
  const m = percentile(xs, 50);
  console.log(
    `  ${name.padEnd(25)}  ${fmt(m)} ms   ratio ${(m / b).toFixed(2)}x   cost ${fmt(m - b)} ms`,
  );
}

const { cite, toCSL } = await import(JSON.parse(dist('cite.js')));
const { shippedCitation } = await import(JSON.parse(dist('citations.js')));
const { getDocument } = await import(JSON.parse(dist('records.js')));
const { plugins } = await import('@citation-js/core');
// Not a corpus record (another id), so cite() renders it live; a copy would get the shipped text.
const record = { ...structuredClone(getDocument('2023-01-20-letter')), id: 'not-in-corpus' };
const item = toCSL(record);
const options = { style: 'chicago', pinpoint: { annex: 1, paragraph: 3 } };
const direct = () =>
  plugins.output.format('citation', [item], {
    template: 'black-january/chicago',
    format: 'text',
    entry: [{ id: item.id, locator: 'annex, par. 3', label: 'part' }],
  });
cite(record, options); // builds the engine once
direct();
if (String(direct()).trim() !== cite(record, options).text)
  throw new Error('the direct call and cite() do not give the same citation: nothing to compare');
const BATCH = 300;
const ROUNDS = 15;
const perCall = (fn) =>
  time(() => {
    for (let i = 0; i < BATCH; i++) fn();
  }).ms / BATCH;
const lib = [];
const raw = [];
const shipped = [];
for (let r = 0; r < ROUNDS; r++) {
  raw.push(perCall(direct));
  lib.push(perCall(() => cite(record, options)));
  shipped.push(perCall(() => shippedCitation('2023-01-20-letter', options)));
}
const [l, d, s] = [percentile(lib, 50), percentile(raw, 50), percentile(shipped, 50)];
console.log(`\nper citation, warm engine (median of ${ROUNDS} rounds of ${BATCH}, interleaved)`);
console.log(`  citation-js directly       ${fmt(d)} ms`);
console.log(
  `  cite() of a record, live   ${fmt(l)} ms   ratio ${(l / d).toFixed(3)}x   overhead ${(((l - d) / d) * 100).toFixed(1)}%`,
);
console.log(`  shippedCitation() corpus   ${fmt(s)} ms   ratio ${(s / d).toFixed(3)}x`);
