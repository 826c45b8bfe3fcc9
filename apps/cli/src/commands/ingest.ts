import { basename, join, resolve } from 'node:path';
import { defineCommand } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { readText } from '../files.js';
import { ingestRunner } from '../ingest-runner.js';
import { progress } from '../progress.js';
import { writeAtomic } from '../write-atomic.js';

/** The --out directory, made if it does not exist (as `ingest … --out records/` promises). */
async function makeDirectory(dir: string, cwd: string): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  await mkdir(resolve(cwd, dir), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
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
  usage: 'ingest <file...|-> [--out dir] [--force] [--json] [--encoding label]',
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
    encoding: {
      type: 'string',
      description:
        'decode the inputs as this (e.g. windows-1252, utf-16le); default UTF-8 or the byte-order mark',
      placeholder: 'label',
    },
  },
  examples: [
    'black-january ingest letter.txt',
    'black-january ingest scans/*.txt --out records/',
    'pdftotext letter.pdf - | black-january ingest - --json',
  ],
  async run(ctx) {
    if (ctx.args.filter((a) => a === '-').length > 1)
      throw new UsageError('stdin (-) can be read once');
    const out = ctx.values.out;
    if (out) await makeDirectory(out, ctx.io.cwd);
    const results = [];
    const steps = progress(ctx.io, 'ingesting', ctx.args.length);
    const runner = ingestRunner(ctx.io);
    try {
      for (const [i, path] of ctx.args.entries()) {
        await steps.step(i, basename(path));
        const encoding = ctx.values.encoding;
        // The bytes, not the text: the record's SHA-256 is that of the file as it is.
        const { name, bytes } = await readText(path, ctx.io, { encoding });
        const result = await runner.ingest(bytes, {
          source: { fileName: path === '-' ? 'stdin' : basename(path) },
          ...(encoding ? { encoding } : {}),
        });
        if (out)
          await writeAtomic(
            join(out, `${result.record.id}.json`),
            `${JSON.stringify(result.record, null, 2)}\n`,
            ctx.io,
            Boolean(ctx.values.force),
          );
        results.push({ input: name, ...result });
      }
    } finally {
      steps.end();
      await runner.close();
    }
    if (ctx.values.json)
      ctx.write(
        `${JSON.stringify(
          results.map(({ input, record, warnings }) => ({ input, record, warnings })),
          null,
          2,
        )}\n`,
      );
    else {
      const { formatIssue } = await import('@black-january/corpus/errors');
      for (const r of results) {
        ctx.write(
          `${r.input}: ${r.record.id} — ${r.record.kind}, ${r.record.date ?? 'undated'}, ${r.record.symbols.join(' ') || 'no symbol'}\n  ${r.record.title}\n`,
        );
        for (const w of r.warnings)
          ctx.write(`  ${ctx.paint('yellow', 'warning')}: ${formatIssue(w)}\n`);
      }
    }
    if (out) ctx.note(`wrote ${results.length} record${results.length === 1 ? '' : 's'} to ${out}`);
  },
});
