import type { DocumentRecord } from '@black-january/corpus/records';
import type { Command } from '../command.js';
import { writeAtomic } from '../files.js';
import { FILTER_OPTIONS, filterFrom } from './shared.js';

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
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

async function render(format: string, records: DocumentRecord[]): Promise<string> {
  switch (format) {
    case 'json':
      return `${JSON.stringify(records, null, 2)}\n`;
    case 'jsonl':
      return records.map((r) => `${JSON.stringify(r)}\n`).join('');
    case 'csv':
      return `${[CSV_COLUMNS.map(([h]) => h).join(','), ...records.map((r) => CSV_COLUMNS.map(([, f]) => csvCell(f(r))).join(','))].join('\r\n')}\r\n`;
    default: {
      const { exportRecords } = await import('@black-january/corpus/cite');
      return exportRecords(records, format as Parameters<typeof exportRecords>[1]);
    }
  }
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'the corpus (or a filtered set) as JSON, JSONL, CSV, BibTeX, BibLaTeX, RIS or CSL-JSON',
  usage: 'export --format f [filters] [--out file] [--force] | export --schema',
  args: { min: 0, max: 0 },
  options: {
    format: {
      type: 'string',
      short: 'f',
      description: 'output format',
      choices: ['json', 'jsonl', 'csv', 'bibtex', 'biblatex', 'ris', 'csl-json'],
    },
    schema: { type: 'boolean', description: 'the JSON Schema of a record instead' },
    out: {
      type: 'string',
      short: 'o',
      description: 'write to this file (atomically) instead of stdout',
      placeholder: 'file',
    },
    force: { type: 'boolean', description: 'replace --out if it exists' },
    ...FILTER_OPTIONS,
  },
  examples: [
    'black-january export --format bibtex > corpus.bib',
    'black-january export --format csv --kind letter --out letters.csv',
    'black-january export --schema > record.schema.json',
  ],
  async run(ctx) {
    let text: string;
    if (ctx.values.schema) {
      const { recordJsonSchema } = await import('@black-january/corpus');
      text = `${JSON.stringify(recordJsonSchema(), null, 2)}\n`;
    } else {
      if (!ctx.values.format)
        throw new (await import('../errors.js')).UsageError(
          'export needs --format (json, jsonl, csv, bibtex, biblatex, ris, csl-json) or --schema',
        );
      const { filterDocuments } = await import('@black-january/corpus/records');
      text = await render(ctx.values.format as string, filterDocuments(filterFrom(ctx.values)));
    }
    if (typeof ctx.values.out === 'string') {
      await writeAtomic(ctx.values.out, text, ctx.io, Boolean(ctx.values.force));
      ctx.note(`wrote ${ctx.values.out}`);
    } else ctx.write(text);
  },
};
