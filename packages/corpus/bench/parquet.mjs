// Parquet export of synthetic records: documents a second and MB a second, and the size of the
// two files against the JSONL of the same records, written in the same run (the baseline).
import { formatRecords } from '../dist/export.js';
import { documents } from '../dist/index.js';
import { toParquet } from '../dist/parquet.js';
import { fmt, time } from './stats.mjs';
import { syntheticRecords } from './synthetic.mjs';

const SIZE = Number(process.env.BENCH_PARQUET_DOCS ?? 20_000);
const records = syntheticRecords(documents, SIZE);
toParquet(records.slice(0, 200)); // warm up
const jsonl = time(() => formatRecords(records, 'jsonl'));
const parquet = time(() => toParquet(records));
const jsonlBytes = Buffer.byteLength(jsonl.result);
const parquetBytes = parquet.result.documents.length + parquet.result.paragraphs.length;
const mb = (bytes) => (bytes / 1e6).toFixed(1);
console.log(`\nParquet export of ${SIZE.toLocaleString('en-GB')} synthetic documents`);
console.log(
  `  JSONL baseline   ${fmt(jsonl.ms).padStart(8)} ms   ${mb(jsonlBytes)} MB   ${((SIZE / jsonl.ms) * 1000).toFixed(0)} documents/s`,
);
console.log(
  `  Parquet          ${fmt(parquet.ms).padStart(8)} ms   ${mb(parquetBytes)} MB (documents ${mb(parquet.result.documents.length)}, paragraphs ${mb(parquet.result.paragraphs.length)})   ${((SIZE / parquet.ms) * 1000).toFixed(0)} documents/s, ${(parquetBytes / 1e3 / parquet.ms).toFixed(1)} MB/s written`,
);
console.log(
  `  ratio: time ${(parquet.ms / jsonl.ms).toFixed(2)}x JSONL, size ${((parquetBytes / jsonlBytes) * 100).toFixed(0)}% of JSONL`,
);
