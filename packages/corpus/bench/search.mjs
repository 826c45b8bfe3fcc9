// Paragraph search over a synthetic corpus of 100,000 documents: index build and query p50/p95,
// against a plain linear scan of the same passages in the same run.
import { bindCorpus, documents } from '../dist/index.js';
import { fmt, percentile, time } from './stats.mjs';
import { QUERIES, syntheticRecords } from './synthetic.mjs';

const SIZE = Number(process.env.BENCH_DOCS ?? 100_000);
const { ms: genMs, result: records } = time(() => syntheticRecords(documents, SIZE));
const passages = records.flatMap((r) =>
  r.body.filter((b) => b.type === 'paragraph').map((b) => b.text),
);
console.log(
  `\nsearch over ${SIZE.toLocaleString('en-GB')} synthetic documents, ${passages.length.toLocaleString('en-GB')} paragraphs (generated in ${fmt(genMs)} ms)`,
);

const corpus = bindCorpus(records);
const { ms: buildMs } = time(() => corpus.searchDocuments('Baku'));
global.gc?.();
const heapMb = process.memoryUsage().heapUsed / 1e6;

const lowered = passages.map((p) => p.toLowerCase());
const scan = (q) => {
  const terms = q.toLowerCase().split(/\s+/);
  const hits = [];
  for (let i = 0; i < lowered.length; i++)
    if (terms.every((t) => lowered[i].includes(t))) hits.push(i);
  return hits;
};
const { ms: scanPrepMs } = time(() => scan('warmup'));

const indexed = [];
const scanned = [];
for (let round = 0; round < 3; round++) {
  for (const q of QUERIES) {
    indexed.push(time(() => corpus.searchDocuments(q, { limit: 20 })).ms);
    scanned.push(time(() => scan(q)).ms);
  }
}
const row = (name, xs) =>
  `  ${name.padEnd(22)} p50 ${fmt(percentile(xs, 50)).padStart(8)} ms   p95 ${fmt(percentile(xs, 95)).padStart(8)} ms`;
console.log(
  `  index build (first query) ${fmt(buildMs)} ms, heap after build ${heapMb.toFixed(0)} MB; one scan pass ${fmt(scanPrepMs)} ms`,
);
console.log(row('indexed search', indexed));
console.log(row('linear scan baseline', scanned));
console.log(
  `  speed-up p50 ${(percentile(scanned, 50) / percentile(indexed, 50)).toFixed(0)}x, p95 ${(percentile(scanned, 95) / percentile(indexed, 95)).toFixed(0)}x over ${indexed.length} queries each`,
);
