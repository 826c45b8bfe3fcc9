// A worker of bench/ingest.mjs: ingests the letters of a JSONL file on its own thread, with no
// messages in between, and posts the time it took. Run alone and several at once, it measures what
// the machine gives parallel ingest at all (cores shared with V8's collector and compiler, caches).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ingestText } from '../dist/ingest.js';

const texts = readFileSync(workerData.file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .slice(0, workerData.count)
  .map((line) => JSON.parse(line).text);
const start = performance.now();
for (const text of texts) ingestText(text);
parentPort.postMessage(performance.now() - start);
