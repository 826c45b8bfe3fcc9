import type { DocumentRecord } from '@black-january/corpus/records';
import type { Command, Context } from '../command.js';
import { InputError, UsageError } from '../errors.js';
import { progress } from '../progress.js';
import { readValidRecords } from '../records-input.js';
import { writeAtomic } from '../write-atomic.js';
import { FILTER_OPTIONS, filterFrom } from './shared.js';

const FORMATS = ['json', 'jsonl', 'csv', 'bibtex', 'biblatex', 'ris', 'csl-json'] as const;
type Format = (typeof FORMATS)[number];

// OWASP: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR before one) as a
// formula; such a cell is prefixed with ' and quoted, so it shows as the text it is.
const FORMULA = /^[=+\-@\t\r]/;
const csvCell = (v: string) => {
  const cell = FORMULA.test(v) ? `'${v}` : v;
  return cell !== v || /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
};
const CSV_COLUMNS: Array<[string, (r: DocumentRecord) => string]> = [
  ['id', (r) => r.id],
  ['kind', (r) => r.kind],
  ['date', (r) => r.date ?? ''],
  ['distribution_date', (r) => r.distributionDate ?? ''],
  ['title', (r) => r.title],
  ['symbols', (r) => r.symbols.join(' ')],
  ['organs', (r) => r.organs.map((o) => o.organ).join('; ')],
  ['issuer', (r) => r.issuer?.name ?? ''],
  ['source_file', (r) => r.source.fileName],
  ['source_sha256', (r) => r.source.sha256],
];

/** Head, one piece per record, separator and tail of each format, so records render one by one. */
async function formatter(format: Format) {
  const indent = (json: string) => json.replace(/^/gm, '  ');
  switch (format) {
    case 'json':
      return {
        head: '[\n',
        one: (r: DocumentRecord) => indent(JSON.stringify(r, null, 2)),
        sep: ',\n',
        tail: '\n]\n',
        empty: '[]\n',
      };
    case 'jsonl':
      return {
        head: '',
        one: (r: DocumentRecord) => `${JSON.stringify(r)}\n`,
        sep: '',
        tail: '',
        empty: '',
      };
    case 'csv':
      return {
        head: `${CSV_COLUMNS.map(([h]) => h).join(',')}\r\n`,
        one: (r: DocumentRecord) => `${CSV_COLUMNS.map(([, f]) => csvCell(f(r))).join(',')}\r\n`,
        sep: '',
        tail: '',
        empty: `${CSV_COLUMNS.map(([h]) => h).join(',')}\r\n`,
      };
    case 'csl-json': {
      const { toCSL } = await import('@black-january/corpus/cite');
      return {
        head: '[\n',
        one: (r: DocumentRecord) => indent(JSON.stringify(toCSL(r), null, 2)),
        sep: ',\n',
        tail: '\n]\n',
        empty: '[]\n',
      };
    }
    default: {
      const { exportRecords } = await import('@black-january/corpus/cite');
      return {
        head: '',
        one: (r: DocumentRecord) => exportRecords([r], format),
        sep: format === 'ris' ? '\r\n' : '\n',
        tail: '',
        empty: '',
      };
    }
  }
}

async function render(format: Format, records: DocumentRecord[], ctx: Context): Promise<string> {
  const f = await formatter(format);
  if (records.length === 0) return f.empty;
  const steps = progress(ctx.io, 'exporting', records.length);
  const parts: string[] = [];
  try {
    for (const [i, r] of records.entries()) {
      if (i % 64 === 0 || i === records.length - 1) await steps.step(i, r.id);
      parts.push(f.one(r));
    }
  } finally {
    steps.end();
  }
  return f.head + parts.join(f.sep) + f.tail;
}

/**
 * The records given as files, validated (the first problem is the error; with --keep-going each
 * bad one is named and left out), or the corpus; and how many were left out.
 */
async function recordsOf(ctx: Context): Promise<{ records: DocumentRecord[]; left: number }> {
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

export const exportCommand: Command = {
  name: 'export',
  summary:
    'the corpus, or records you give, as JSON, JSONL, CSV, BibTeX, BibLaTeX, RIS or CSL-JSON',
  usage: 'export [record.json...|-] --format f [filters] [--out file] [--force] | export --schema',
  args: { min: 0, max: Number.POSITIVE_INFINITY },
  options: {
    format: { type: 'string', short: 'f', description: 'output format', choices: FORMATS },
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
  },
  conflicts: ['format', ...Object.keys(FILTER_OPTIONS)].map((o) => ['schema', o] as const),
  examples: [
    'black-january export --format bibtex > corpus.bib',
    'black-january export --format csv --kind letter --out letters.csv',
    'black-january export records/*.json --format ris --out mine.ris',
    'black-january export --schema > record.schema.json',
  ],
  async run(ctx) {
    let text: string;
    let left = 0;
    if (ctx.values.schema) {
      if (ctx.args.length > 0) throw new UsageError('export --schema takes no files');
      const { recordJsonSchema } = await import('@black-january/corpus');
      text = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
    } else {
      if (!ctx.values.format)
        throw new UsageError(`export needs --format (${FORMATS.join(', ')}) or --schema`);
      const given = await recordsOf(ctx);
      left = given.left;
      text = await render(ctx.values.format as Format, given.records, ctx);
    }
    if (typeof ctx.values.out === 'string') {
      await writeAtomic(ctx.values.out, text, ctx.io, Boolean(ctx.values.force));
      ctx.note(`wrote ${ctx.values.out}`);
    } else ctx.write(text);
    if (left > 0)
      throw new InputError(`${left} bad record${left === 1 ? '' : 's'} left out (named above)`);
  },
};
