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

// Heap and typed arrays' buffers (which live outside the heap) together.
const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
// Collected twice, a turn of the event loop apart: the array buffers that the first collection
// frees are given back by a sweeper that runs after it, and would be counted until then.
const settle = async () => {
  global.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 100));
  global.gc?.();
};
// The index is built three times, each after the last is collected: one build's time swings by a
// second with what the machine and the collector are doing. The queries use the last index.
const BUILDS = 3;
const builds = [];
let corpus;
let indexMb = 0;
for (let i = 0; i < BUILDS; i++) {
  corpus = undefined;
  global.gc?.();
  const fresh = bindCorpus(records);
  const heapBefore = used();
  builds.push(time(() => fresh.searchDocuments('Baku')).ms);
  corpus = fresh;
  await settle();
  // The index's own memory: after the build against before it (the corpus itself is in both),
  // for the first, as an index collected just before may still be counted while it is swept.
  if (i === 0) indexMb = (used() - heapBefore) / 1e6;
}
const heapMb = used() / 1e6;
const buildMs = percentile(builds, 50);

// Each side in its own loop, before the baselines' own data exists, so that none pays for the
// garbage or the heap of another (a collection forced before each query would leave its
// sweeping to run against the query timed after it).
const indexed = [];
for (const q of QUERIES) corpus.searchDocuments(q, { limit: 20 });
for (let round = 0; round < 3; round++)
  for (const q of QUERIES) indexed.push(time(() => corpus.searchDocuments(q, { limit: 20 })).ms);

const lowered = passages.map((p) => p.toLowerCase());
const scan = (q) => {
  const terms = q.toLowerCase().split(/\s+/);
  const hits = [];
  for (let i = 0; i < lowered.length; i++)
    if (terms.every((t) => lowered[i].includes(t))) hits.push(i);
  return hits;
};
const { ms: scanPrepMs } = time(() => scan('warmup'));

// Brute-force BM25 (k1 1.2, b 0.75): every paragraph tokenised and scored for every query, as
// the index scores them; the cost the index saves.
const tokens = lowered.map((p) => p.match(/[\p{L}\p{N}]+/gu) ?? []);
const avgLength = tokens.reduce((n, t) => n + t.length, 0) / tokens.length;
const bm25 = (q) => {
  const terms = q.toLowerCase().split(/\s+/);
  const df = terms.map((t) => tokens.reduce((n, ws) => n + (ws.includes(t) ? 1 : 0), 0));
  const scored = [];
  for (let i = 0; i < tokens.length; i++) {
    let score = 0;
    for (const [j, t] of terms.entries()) {
      let tf = 0;
      for (const w of tokens[i]) if (w === t) tf++;
      if (tf === 0) continue;
      const idf = Math.log(1 + (tokens.length - df[j] + 0.5) / (df[j] + 0.5));
      score += (idf * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * tokens[i].length) / avgLength));
    }
    if (score > 0) scored.push([i, score]);
  }
  return scored.sort((a, b) => b[1] - a[1]).slice(0, 20);
};

const scanned = [];
const brute = [];
for (let round = 0; round < 3; round++)
  for (const q of QUERIES) scanned.push(time(() => scan(q)).ms);
for (const q of QUERIES) brute.push(time(() => bm25(q)).ms);
const row = (name, xs) =>
  `  ${name.padEnd(22)} p50 ${fmt(percentile(xs, 50)).padStart(8)} ms   p95 ${fmt(percentile(xs, 95)).padStart(8)} ms`;
console.log(
  `  index build (first query) ${fmt(buildMs)} ms (median of ${BUILDS}; ${builds.map(fmt).join(', ')}), index memory ${indexMb.toFixed(0)} MB, heap and array buffers (all of it with the corpus ${heapMb.toFixed(0)} MB); one scan pass ${fmt(scanPrepMs)} ms`,
);
console.log(row('indexed search', indexed));
console.log(row('linear scan baseline', scanned));
console.log(row('brute-force BM25', brute));
console.log(
  `  speed-up p50 ${(percentile(scanned, 50) / percentile(indexed, 50)).toFixed(0)}x, p95 ${(percentile(scanned, 95) / percentile(indexed, 95)).toFixed(0)}x over ${indexed.length} queries each (brute force: ${brute.length})`,
);
