// `pnpm bench`: wall time of CLI commands, process start to exit, against `node -e 0` in the same
// run (median of interleaved runs). The aim for every command is 1.3x.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The bin as installed: the shim, which turns on the compile cache (Node's on 22.1+, its own
// before), then dist/bin.cjs. The warm-up run below fills the cache.
const BIN = fileURLToPath(new URL('../bin/black-january.cjs', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const commands = {
  'node -e 0': ['-e', '0'],
  list: [BIN, 'list'],
  'show 2020-01-17-letter': [BIN, 'show', '2020-01-17-letter'],
  'cite … --style oscola': [
    BIN,
    'cite',
    '2023-01-20-letter',
    '--style',
    'oscola',
    '--paragraph',
    '1',
    '--annex',
    '1',
  ],
  'search Martyrs': [BIN, 'search', 'Martyrs'],
  'figures killed': [BIN, 'figures', 'killed'],
};

const ms = (args) => {
  const start = process.hrtime.bigint();
  const { status, stderr } = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (status !== 0) throw new Error(`${args.slice(1).join(' ')} failed: ${stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const samples = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (const args of Object.values(commands)) ms(args); // warm the file system cache
for (let i = 0; i < RUNS; i++)
  for (const [name, args] of Object.entries(commands)) samples[name].push(ms(args));

const base = median(samples['node -e 0']);
console.log(`\nCLI wall time, process start to exit (median of ${RUNS}, interleaved)`);
for (const [name, xs] of Object.entries(samples)) {
  const m = median(xs);
  const ratio =
    name === 'node -e 0'
      ? ''
      : `   ratio ${(m / base).toFixed(2)}x   cost ${(m - base).toFixed(1)} ms`;
  console.log(
    `  black-january ${name.padEnd(24)} ${m.toFixed(1).padStart(6)} ms${ratio}`.replace(
      'black-january node',
      'node',
    ),
  );
}

// `ingest --jobs`: letters a second on one worker thread and on every core, over the same files.
const { availableParallelism, tmpdir } = await import('node:os');
const { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } = await import('node:fs');
const { join } = await import('node:path');
const LETTERS = Number(process.env.BENCH_INGEST ?? 10_000);
const cores = Math.max(2, availableParallelism());
const work = mkdtempSync(join(tmpdir(), 'bj-bench-ingest-'));
try {
  const letter = readFileSync(
    fileURLToPath(
      new URL(
        '../../../packages/corpus/test/fixtures/ingest/ga-sc-double-pdf.txt',
        import.meta.url,
      ),
    ),
    'utf8',
  );
  const files = Array.from({ length: LETTERS }, (_, n) => {
    const file = join(work, `letter-${n}.txt`);
    writeFileSync(file, `${letter}\nReference ${n}.\n`);
    return file;
  });
  const rate = (jobs) => {
    const out = join(work, `out-${jobs}`);
    mkdirSync(out);
    // Files are passed in batches that fit an argument list, as `xargs` would pass them.
    let elapsed = 0;
    for (let i = 0; i < files.length; i += 2000) {
      const batch = files.slice(i, i + 2000);
      elapsed += ms([BIN, 'ingest', ...batch, '--out', out, '--jobs', String(jobs), '--force']);
    }
    rmSync(out, { recursive: true });
    return (LETTERS / elapsed) * 1000;
  };
  rate(cores); // warm the file system cache
  const one = rate(1);
  const all = rate(cores);
  console.log(`\ningest --out, ${LETTERS.toLocaleString('en-GB')} letters (one process per 2,000)`);
  console.log(`  --jobs 1        ${one.toFixed(0).padStart(6)} letters/s`);
  console.log(
    `  --jobs ${String(cores).padEnd(8)} ${all.toFixed(0).padStart(6)} letters/s   ratio ${(all / one).toFixed(2)}x`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
