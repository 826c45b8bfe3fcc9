import { CiteError } from './errors.js';
import { toBibLaTeX, toBibTeX } from './internal/cite/bibtex.js';
import { toCSL } from './internal/cite/csl.js';
import { toRIS } from './internal/cite/ris.js';
import { CSV_COLUMNS, csvRow } from './internal/export/csv.js';
import type { DocumentRecord } from './schema.js';
import { RECORD_FORMATS, type RecordFormat } from './vocabulary.js';

export { RECORD_FORMATS, type RecordFormat };

/**
 * How a format writes records one at a time: `head`, then each record's `one(record)` joined by
 * `separator`, then `tail`. Exports of any size stream through it without holding the whole text.
 */
export interface RecordWriter {
  format: RecordFormat;
  head: string;
  one(record: DocumentRecord): string;
  separator: string;
  tail: string;
  /** The whole export of no records (a JSON `[]`, a CSV header, or nothing). */
  empty: string;
}

const indent = (json: string) => json.replace(/^/gm, '  ');
const jsonArray = (one: (r: DocumentRecord) => unknown) => ({
  head: '[\n',
  one: (r: DocumentRecord) => indent(JSON.stringify(one(r), null, 2)),
  separator: ',\n',
  tail: '\n]\n',
  empty: '[]\n',
});
const lines = (one: (r: DocumentRecord) => string, separator = '\n') => ({
  head: '',
  one,
  separator,
  tail: '',
  empty: '',
});
const csvHeader = `${CSV_COLUMNS.map(([name]) => name).join(',')}\r\n`;

const WRITERS: Record<RecordFormat, Omit<RecordWriter, 'format'>> = {
  json: jsonArray((r) => r),
  jsonl: lines((r) => `${JSON.stringify(r)}\n`, ''),
  csv: { head: csvHeader, one: csvRow, separator: '', tail: '', empty: csvHeader },
  bibtex: lines((r) => toBibTeX(toCSL(r))),
  biblatex: lines((r) => toBibLaTeX(toCSL(r))),
  ris: lines((r) => toRIS(toCSL(r)), '\r\n'),
  'csl-json': jsonArray(toCSL),
};

/**
 * The writer of a format.
 * @throws CiteError `unknown-format` for a format not in {@link RECORD_FORMATS}.
 */
export function recordWriter(format: RecordFormat): RecordWriter {
  const writer = Object.hasOwn(WRITERS, format) ? WRITERS[format] : undefined;
  if (!writer)
    throw new CiteError(
      `unknown export format "${String(format)}"; choose one of ${RECORD_FORMATS.join(', ')}`,
      'unknown-format',
    );
  return { format, ...writer };
}

/**
 * The export of records as pieces of text, one record at a time, in order: write each piece as it
 * comes (to a stream, a file) for exports of any size, or join them.
 * @throws CiteError `unknown-format` for a format not in {@link RECORD_FORMATS}.
 */
export function* exportPieces(
  records: Iterable<DocumentRecord>,
  format: RecordFormat,
): Generator<string, void, undefined> {
  const writer = recordWriter(format);
  let first = true;
  for (const record of records) {
    yield (first ? writer.head : writer.separator) + writer.one(record);
    first = false;
  }
  yield first ? writer.empty : writer.tail;
}

/**
 * Records in one of the {@link RECORD_FORMATS}, as one text: JSON (an array, as `createCorpus`
 * takes it), JSONL, CSV (one row a record, spreadsheet formulas neutralised), BibTeX, BibLaTeX,
 * RIS or CSL-JSON. Keys and RIS `AN`s are the record ids, so exports of the corpus are stable.
 * @throws CiteError `unknown-format` for a format not in {@link RECORD_FORMATS}.
 */
export function formatRecords(records: Iterable<DocumentRecord>, format: RecordFormat): string {
  return [...exportPieces(records, format)].join('');
}
