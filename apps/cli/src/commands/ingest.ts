import { promises as fs } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { IngestResult } from '@black-january/corpus/ingest';
import { builtin } from '../builtin.js';
import { defineCommand } from '../command.js';
import { InputError, Interrupted, UsageError } from '../errors.js';
import { readText } from '../files.js';
import { progress } from '../progress.js';
import { syncDirectory, writeAtomic } from '../write-atomic.js';
import { writeQueue } from '../write-queue.js';
import { intOption } from './shared.js';

/** The --out directory, made if it does not exist (as `ingest … --out records/` promises). */
async function makeDirectory(dir: string, cwd: string): Promise<void> {
  await fs.mkdir(resolve(cwd, dir), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(
      e.code === 'EEXIST' || e.code === 'ENOTDIR'
        ? `${dir} is a file, not a directory`
        : `cannot make the directory ${dir} (${e.code})`,
    );
  });
}

export const ingest = defineCommand({
  name: 'ingest',
  summary: 'raw text of UN letters or mission press releases to records, with warnings',
  usage: 'ingest <file...|-> [--out dir] [--force] [--jobs n] [--json] [--encoding label]',
  args: { min: 1, max: Number.POSITIVE_INFINITY },
  options: {
    out: {
      type: 'string',
      short: 'o',
      description: 'write one <id>.json per input into this directory (made if missing)',
      placeholder: 'dir',
    },
    force: { type: 'boolean', description: 'replace existing files in --out' },
    json: { type: 'boolean', description: 'print the results (record, warnings) as JSON' },
    jobs: {
      type: 'string',
      short: 'j',
      description: 'ingest on this many worker threads (default: one a core)',
      placeholder: 'n',
    },
    encoding: {
      type: 'string',
      description:
        'decode the inputs as this (e.g. windows-1252, utf-16le); default UTF-8 or the byte-order mark',
      placeholder: 'label',
    },
  },
  examples: [
    'black-january ingest letter.txt',
    'black-january ingest scans/*.txt --out records/ --jobs 4',
    'pdftotext letter.pdf - | black-january ingest - --json',
  ],
  async run(ctx) {
    if (ctx.args.filter((a) => a === '-').length > 1)
      throw new UsageError('stdin (-) can be read once');
    const { out, encoding, json } = ctx.values;
    const jobs = Math.min(intOption(ctx.values, 'jobs') ?? defaultJobs(), ctx.args.length);
    if (out) await makeDirectory(out, ctx.io.cwd);
    const { formatIssue } = await import('@black-january/corpus/errors');
    // With --json the array is printed whole at the end, so that an error leaves no half of it.
    const asJson: unknown[] = [];
    // Atomic and flushed, each; several at once (see write-queue.ts). A file being written when
    // Ctrl-C comes is finished (a few kB): what was done is kept; nothing more is begun.
    const files = writeQueue(WRITES_AT_ONCE);
    const finishing = { cwd: ctx.io.cwd, signal: new AbortController().signal };
    const emit = async ({ input, result }: { input: string; result: IngestResult }) => {
      if (out) {
        const path = join(out, `${result.record.id}.json`);
        const text = `${JSON.stringify(result.record, null, 2)}\n`;
        await files.add(path, () =>
          writeAtomic(path, text, finishing, Boolean(ctx.values.force), { syncDirectory: false }),
        );
      }
      if (json)
        return void asJson.push({ input, record: result.record, warnings: result.warnings });
      const r = result.record;
      ctx.write(
        `${input}: ${r.id} — ${r.kind}, ${r.date ?? 'undated'}, ${r.symbols.join(' ') || 'no symbol'}\n  ${r.title}\n`,
      );
      for (const w of result.warnings)
        ctx.write(`  ${ctx.paint('yellow', 'warning')}: ${formatIssue(w)}\n`);
    };
    const steps = progress(ctx.io, 'ingesting', ctx.args.length);
    const names: string[] = [];
    async function* inputs() {
      for (const [i, path] of ctx.args.entries()) {
        await steps.step(i, basename(path));
        const { name, bytes } = await readText(path, ctx.io, { encoding });
        names.push(name);
        // The bytes, not the text: the record's SHA-256 is that of the file as it is.
        yield { text: bytes, fileName: path === '-' ? 'stdin' : basename(path) };
      }
    }
    const { ingestStream } = await import('@black-january/corpus/ingest');
    let written = 0;
    const stream = ingestStream(inputs(), {
      concurrency: jobs,
      signal: ctx.io.signal,
      ...(encoding ? { encoding } : {}),
    });
    try {
      for await (const { index, result, error } of stream) {
        if (error) throw new InputError(error.message);
        await emit({ input: names[index] ?? '', result });
      }
      written = await files.drain();
    } catch (error) {
      files.cancel();
      await files.settle();
      throw ctx.io.signal.aborted ? new Interrupted() : error;
    } finally {
      // Each file was flushed before it was linked in; the directory's entries, once for all.
      if (out) await syncDirectory(resolve(ctx.io.cwd, out));
      steps.end();
    }
    if (json) ctx.write(`${JSON.stringify(asJson, null, 2)}\n`);
    if (out) ctx.note(`wrote ${written} record${written === 1 ? '' : 's'} to ${out}`);
  },
});

/** Output files written at once: enough to keep the file system busy, few files open. */
const WRITES_AT_ONCE = 16;

/**
 * One worker a core, as issue 17 asks: the main thread only reads and writes. Workers pay for
 * their start-up over long runs; on 2 cores a process of 2,000 letters is no faster with 2 than
 * with `--jobs 1` (`pnpm bench`), 100,000 letters 1.33–1.45 times (library bench). node:os is
 * loaded when ingest runs, not at every command's start-up.
 */
const defaultJobs = () => builtin.os().availableParallelism();
