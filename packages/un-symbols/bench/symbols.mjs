// Symbol extraction throughput over 50 MB of realistic UN text, against one pass of a single
// simple regular expression over the same text in the same run (the practical upper limit).
// The text is the corpus package's sources, repeated: real UN letters and press releases.
import { readdirSync, readFileSync } from 'node:fs';
import { extractSymbols } from '../dist/index.js';

const time = (fn) => {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
};
const percentile = (values, p) =>
  [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1];
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const MB = Number(process.env.BENCH_SYMBOL_MB ?? 50);
const sources = new URL('../../corpus/sources/', import.meta.url);
const texts = readdirSync(sources).map((f) => readFileSync(new URL(f, sources), 'utf8'));
const inserts = [
  'A/74/649-S/2020/34',
  'S/RES/1325 (2000)',
  'A/C.3/74/L.18/Rev.1',
  'E/CN.4/1998/53/Add.2',
  'S/PV.8699',
  'A/RES/73/193',
  '07/01/2009',
  'and/or',
  'GA/12345',
  '20-12655 (E)',
];
let text = '';
for (let i = 0; text.length < MB * 1e6; i++) {
  text += `${texts[i % texts.length]}\nSee ${inserts[i % inserts.length]} and ${inserts[(i + 3) % inserts.length]}.\n`;
}
const simple = /[A-Z]{1,6}\/[A-Za-z0-9./-]+/g;
const samples = { extract: [], regex: [] };
let found = 0;
// Each timing starts after a collection (`--expose-gc`, as `pnpm bench` runs it), so neither side
// pays for the other's garbage.
const collected = (fn) => {
  globalThis.gc?.();
  return time(fn);
};
for (let round = 0; round < 9; round++) {
  samples.regex.push(collected(() => text.match(simple)?.length ?? 0).ms);
  const { ms, result } = collected(() => extractSymbols(text));
  samples.extract.push(ms);
  found = result.length;
}
// The same text with every symbol distinct (no repeats for the parse cache to reuse).
let unique = 0;
const distinct = text.replace(
  /\b(A|S)\/(\d{2,4})\/(\d+)/g,
  (_m, root, period) => `${root}/${period}/${++unique}`,
);
const distinctSamples = [];
for (let round = 0; round < 9; round++)
  distinctSamples.push(collected(() => extractSymbols(distinct)).ms);
const mbps = (ms) => (text.length / 1e6 / (ms / 1000)).toFixed(1);
const e = percentile(samples.extract, 50);
const r = percentile(samples.regex, 50);
console.log(
  `\nsymbol extraction over ${(text.length / 1e6).toFixed(0)} MB of UN text (median of 9), ${found.toLocaleString('en-GB')} symbols found`,
);
console.log(`  extractSymbols         ${fmt(e)} ms   ${mbps(e)} MB/s`);
console.log(`  one simple regex pass  ${fmt(r)} ms   ${mbps(r)} MB/s`);
console.log(`  ratio ${(e / r).toFixed(2)}x the baseline's time`);
const d = percentile(distinctSamples, 50);
console.log(
  `  with all ${unique.toLocaleString('en-GB')} A/ and S/ symbols made distinct: ${fmt(d)} ms, ${mbps(d)} MB/s, ratio ${(d / r).toFixed(2)}x`,
);
