import type { DocumentRecord } from '@black-january/corpus/records';
import { FILE_FORMATS, RECORD_FORMATS, type RecordFormat } from '@black-january/corpus/vocabulary';
import { type Context, defineCommand, type Options } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { progress } from '../progress.js';
import { readValidRecords } from '../records-input.js';
import { writeAtomic } from '../write-atomic.js';
import { FILTER_NAMES, FILTER_OPTIONS, filterFrom } from './shared.js';

const EXPORT_OPTIONS = {
  format: {
    type: 'string',
    short: 'f',
    description: 'output format (parquet: two files, with --out)',
    choices: [...RECORD_FORMATS, ...FILE_FORMATS],
  },
  schema: { type: 'boolean', description: 'the JSON Schema of a record instead' },
  out: {
    type: 'string',
    short: 'o',
    description: 'write to this file (atomically) instead of stdout',
    placeholder: 'file',
  },
  force: { type: 'boolean', description: 'replace --out if it exists' },
  'keep-going': {
    type: 'boolean',
    description: 'export the valid records, naming each bad one on stderr; exit 1 if any',
  },
  ...FILTER_OPTIONS,
} as const satisfies Options;
type ExportContext = Context<typeof EXPORT_OPTIONS>;

async function render(format: RecordFormat, records: DocumentRecord[], ctx: ExportContext) {
  const { exportPieces } = await import('@black-january/corpus/export');
  const steps = progress(ctx.io, 'exporting', records.length);
  const pieces: string[] = [];
  try {
    for (const piece of exportPieces(records, format)) {
      const i = pieces.length;
      if (i < records.length && (i % 64 === 0 || i === records.length - 1))
        await steps.step(i, records[i]?.id ?? '');
      pieces.push(piece);
    }
  } finally {
    steps.end();
  }
  return pieces.join('');
}

/**
 * The records given as files, validated (the first problem is the error; with --keep-going each
 * bad one is named and left out), or the corpus; and how many were left out.
 */
async function recordsOf(ctx: ExportContext): Promise<{ records: DocumentRecord[]; left: number }> {
  const { bindCorpus, filterDocuments } = await import('@black-january/corpus/records');
  if (ctx.args.length === 0) return { records: filterDocuments(filterFrom(ctx.values)), left: 0 };
  let left = 0;
  const records = await readValidRecords(
    ctx.args,
    ctx.io,
    ctx.values['keep-going']
      ? (_where, problem) => {
          left++;
          ctx.note(`left out: ${problem}`);
        }
      : undefined,
  );
  if (left > 0 && records.length === 0) throw new InputError('no valid record to export');
  return { records: bindCorpus(records).filterDocuments(filterFrom(ctx.values)), left };
}

export const exportCommand = defineCommand({
  name: 'export',
  summary:
    'the corpus, or records you give, as JSON, JSONL, CSV, BibTeX, BibLaTeX, RIS or CSL-JSON',
  usage: 'export [record.json...|-] --format f [filters] [--out file] [--force] | export --schema',
  args: { min: 0, max: Number.POSITIVE_INFINITY },
  options: EXPORT_OPTIONS,
  conflicts: (['format', ...FILTER_NAMES] as const).map((o) => ['schema', o] as const),
  examples: [
    'black-january export --format bibtex > corpus.bib',
    'black-january export --format csv --kind letter --out letters.csv',
    'black-january export records/*.json --format ris --out mine.ris',
    'black-january export records/*.json --format parquet --out records.parquet',
    'black-january export --schema > record.schema.json',
  ],
  async run(ctx) {
    const { format, out, force } = ctx.values;
    let text: string;
    let left = 0;
    if (ctx.values.schema) {
      if (ctx.args.length > 0) throw new UsageError('export --schema takes no files');
      const { recordJsonSchema } = await import('@black-january/corpus');
      text = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
    } else {
      if (!format)
        throw new UsageError(
          `export needs --format (${[...RECORD_FORMATS, ...FILE_FORMATS].join(', ')}) or --schema`,
        );
      if (format === 'parquet' && out === undefined)
        throw new UsageError('export --format parquet needs --out file.parquet (binary files)');
      const given = await recordsOf(ctx);
      left = given.left;
      if (format === 'parquet') {
        const { toParquet } = await import('@black-january/corpus/parquet');
        const files = toParquet(given.records);
        const paragraphs = paragraphsFile(out as string);
        await writeAtomic(out as string, files.documents, ctx.io, Boolean(force));
        await writeAtomic(paragraphs, files.paragraphs, ctx.io, Boolean(force));
        ctx.note(`wrote ${out} (documents) and ${paragraphs} (paragraphs)`);
        if (left > 0) throw leftOut(left);
        return;
      }
      text = await render(format, given.records, ctx);
    }
    if (out !== undefined) {
      await writeAtomic(out, text, ctx.io, Boolean(force));
      ctx.note(`wrote ${out}`);
    } else ctx.write(text);
    if (left > 0) throw leftOut(left);
  },
});

const leftOut = (left: number) =>
  new InputError(`${left} bad record${left === 1 ? '' : 's'} left out (named above)`);

/** The paragraphs file beside a documents file: corpus.parquet → corpus.paragraphs.parquet. */
const paragraphsFile = (out: string) =>
  /\.parquet$/i.test(out)
    ? out.replace(/\.parquet$/i, '.paragraphs.parquet')
    : `${out}.paragraphs.parquet`;
