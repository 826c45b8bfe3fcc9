// Ingest throughput on synthetic letters streamed from a JSONL file (10,000 and 100,000), on the
// calling thread and on a worker thread per core (`ingestStream(inputs, { concurrency })`), against
// reading and parsing the same file without ingesting (same stream, same run). Reports documents
// per second, MB/s, time per document at both sizes, and peak memory.
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { documents } from '../dist/index.js';
import { ingestStream, jsonlInputs } from '../dist/ingest.js';
import { fmt, time } from './stats.mjs';

const COUNTRIES = [
  'Azerbaijan',
  'Georgia',
  'Kazakhstan',
  'Latvia',
  'Ukraine',
  'Armenia',
  'Türkiye',
  'Estonia',
];
const ITEMS = [
  [
    '32',
    'Protracted conflicts in the GUAM area and their implications for international peace, security and development',
  ],
  ['68', 'Promotion and protection of human rights'],
  ['73', 'Responsibility of States for internationally wrongful acts'],
  ['84', 'The rule of law at the national and international levels'],
];
const SENTENCES = documents.flatMap((d) =>
  d.body.filter((b) => b.type === 'paragraph').flatMap((b) => b.text.split(/(?<=\.)\s+/)),
);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function letter(i) {
  const pick = (xs, k) => xs[(i * 7919 + k * 104729) % xs.length];
  const year = 2000 + (i % 24);
  const day = 1 + (i % 27);
  const month = MONTHS[i % 12];
  const items = ITEMS.slice(0, 1 + (i % ITEMS.length));
  const session = year - 1946 + (MONTHS.indexOf(month) >= 8 ? 1 : 0);
  const paragraphs = Array.from(
    { length: 3 + (i % 6) },
    (_, k) => `${pick(SENTENCES, k)} ${pick(SENTENCES, k + 11)}`,
  );
  return [
    `United Nations A/${session}/${100 + (i % 900)}–S/${year}/${10 + (i % 990)}`,
    '',
    'General Assembly',
    'Security Council',
    '',
    'Distr.: General',
    `${day + 1} ${month} ${year}`,
    '',
    'Original: English',
    '',
    'General Assembly',
    `${ordinal(session)} session`,
    `Agenda item${items.length > 1 ? 's' : ''} ${items.map(([n]) => n).join(', ')}`,
    '',
    ...items.flatMap(([, t]) => [t, '']),
    'Security Council',
    `${ordinal(year - 1945)} year`,
    '',
    `Letter dated ${day} ${month} ${year} from the Permanent Representative of ${pick(COUNTRIES, 3)} to the United Nations addressed to the Secretary-General`,
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    `I should be grateful if you would have the present letter circulated as a document of the General Assembly, under agenda item${items.length > 1 ? 's' : ''} ${items.map(([n]) => n).join(', ')}, and of the Security Council.`,
    '',
    '(Signed) Example Name',
    'Ambassador',
    'Permanent Representative',
  ].join('\n');
}

const TENS = ['', 'ten', 'twent', 'thirt', 'fort', 'fift', 'sixt', 'sevent', 'eight', 'ninet'];
const UNITS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
];
function ordinal(n) {
  const t = Math.floor(n / 10);
  const u = n % 10;
  const word = u === 0 ? `${TENS[t]}ieth` : `${TENS[t]}y-${UNITS[u]}`;
  return word[0].toUpperCase() + word.slice(1);
}

async function write(file, count) {
  const out = createWriteStream(file);
  for (let i = 0; i < count; i++) {
    if (!out.write(`${JSON.stringify({ text: letter(i), fileName: `letter-${i}.txt` })}\n`))
      await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

const lines = (file) =>
  createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });

async function ingestAll(file, options) {
  let peak = 0;
  let done = 0;
  let warnings = 0;
  const start = process.hrtime.bigint();
  for await (const item of ingestStream(jsonlInputs(lines(file)), options)) {
    done++;
    warnings += item.result?.warnings.length ?? 1;
    if (done % 1000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, done, warnings, peak };
}

async function run(count) {
  const file = join(tmpdir(), `bj-ingest-${count}.jsonl`);
  await write(file, count);
  const mb = statSync(file).size / 1e6;
  const start = process.hrtime.bigint();
  let parsed = 0;
  for await (const line of lines(file)) if (JSON.parse(line).text) parsed++;
  const baselineMs = Number(process.hrtime.bigint() - start) / 1e6;
  const one = await ingestAll(file, {});
  const rate = (r) => r.done / (r.ms / 1000);
  const line = (label, r) =>
    `  ${count.toLocaleString('en-GB').padStart(7)} letters, ${mb.toFixed(0)} MB, ${label}: ${fmt(r.ms)} ms, ${rate(r).toFixed(0)} docs/s, ${(mb / (r.ms / 1000)).toFixed(1)} MB/s, ${(r.ms / r.done).toFixed(3)} ms/doc, peak RSS ${(r.peak / 1e6).toFixed(0)} MB; read+parse baseline ${fmt(baselineMs)} ms (${(r.ms / baselineMs).toFixed(1)}x)`;
  console.log(line('calling thread', one));
  const all = await ingestAll(file, { concurrency: THREADS });
  console.log(
    `${line(`concurrency ${THREADS}`, all)}; ${(rate(all) / rate(one)).toFixed(2)}x the calling thread`,
  );
  if (count === CEILING_AT) await ceiling(file);
  rmSync(file);
  for (const r of [one, all])
    if (parsed !== count || r.done !== count || r.warnings !== one.warnings)
      throw new Error(`expected ${count} documents, parsed ${parsed}, ingested ${r.done}`);
}

// What the machine gives parallel ingest at all: the same letters ingested by one worker alone,
// then by THREADS workers at once, each on its own copy, with no messages between threads. The
// pool's ratio above is to be read against this one, not against THREADS.
const CEILING_AT = 10_000;
const CEILING_LETTERS = 3000;
async function ceiling(file) {
  const { Worker } = await import('node:worker_threads');
  const alone = (n) =>
    Promise.all(
      Array.from(
        { length: n },
        () =>
          new Promise((resolve, reject) => {
            const worker = new Worker(new URL('./ingest-alone.mjs', import.meta.url), {
              workerData: { file, count: CEILING_LETTERS },
            });
            worker.once('message', (ms) => void worker.terminate().then(() => resolve(ms)));
            worker.once('error', reject);
          }),
      ),
    );
  const [one] = await alone(1);
  const many = await alone(THREADS);
  const ratio = (THREADS * one) / Math.max(...many);
  console.log(
    `  the machine's ceiling: ${CEILING_LETTERS} letters on one thread alone ${fmt(one)} ms; on ${THREADS} at once, each its own ${CEILING_LETTERS}, no messages: ${many.map(fmt).join(', ')} ms; ${ratio.toFixed(2)}x one thread's throughput`,
  );
}

const THREADS = availableParallelism();
console.log('\ningest of synthetic letters streamed from JSONL');
const { result: sample } = time(() => letter(0));
if (!sample.includes('Letter dated')) throw new Error('bad template');
for (const n of (process.env.BENCH_INGEST ?? '10000,100000').split(',').map(Number)) await run(n);
