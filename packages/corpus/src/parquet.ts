import { RecordValidationError } from './errors.js';
import { DOCUMENT_COLUMNS } from './internal/export/parquet-columns.js';
import {
  PARAGRAPH_COLUMNS,
  type ParagraphRow,
  paragraphRows,
} from './internal/export/parquet-paragraphs.js';
import { TableWriter } from './internal/export/parquet-table.js';
import type { DocumentRecord } from './schema.js';

/** The two Parquet files of a set of records: one row per document, one row per paragraph. */
export interface ParquetFiles {
  documents: Uint8Array;
  paragraphs: Uint8Array;
}

/** Where the bytes of each file go as they are written (a file, a stream, a buffer). */
export interface ParquetSink {
  documents(chunk: Uint8Array): void;
  paragraphs(chunk: Uint8Array): void;
}

/** The columns of both files, as documented: name, type, whether it may be null, and what it holds. */
export const PARQUET_SCHEMA = {
  documents: DOCUMENT_COLUMNS.map(({ name, type, required, description }) => ({
    name,
    type,
    nullable: !required,
    description,
  })),
  paragraphs: PARAGRAPH_COLUMNS.map(({ name, type, required, description }) => ({
    name,
    type,
    nullable: !required,
    description,
  })),
};

/**
 * A writer of the two Parquet files that takes records one at a time and hands the bytes to
 * `sink` as row groups fill (`rowGroupSize` documents; paragraphs in groups eight times as
 * large), so memory stays bounded however many records pass through: feed it from
 * `ingestStream`. Call `finish()` once, after the last record.
 * @throws RecordValidationError from `add` for a value that does not fit its column.
 */
export function parquetWriter(
  sink: ParquetSink,
  options: { rowGroupSize?: number } = {},
): { add(record: DocumentRecord): void; finish(): void } {
  const size = options.rowGroupSize ?? 10_000;
  const documents = new TableWriter(DOCUMENT_COLUMNS, (c) => sink.documents(c), size);
  const paragraphs = new TableWriter<ParagraphRow>(
    PARAGRAPH_COLUMNS,
    (c) => sink.paragraphs(c),
    size * 8,
  );
  let index = 0;
  return {
    add(record) {
      if (typeof record !== 'object' || record === null || !Array.isArray(record.body))
        throw new RecordValidationError([
          { code: 'not-a-record', message: 'not a record', path: [index] },
        ]);
      documents.add(record, [index]);
      for (const row of paragraphRows(record)) paragraphs.add(row, [index, 'paragraphs']);
      index++;
    },
    finish() {
      documents.finish();
      paragraphs.finish();
    },
  };
}

/**
 * Records as two Parquet files for DuckDB, Spark, BigQuery or pandas: `documents` (one row per
 * document; repeated fields as lists of strings) and `paragraphs` (one row per numbered passage
 * with its pinpoint), joined on `id`. Columns: {@link PARQUET_SCHEMA}.
 * @throws RecordValidationError for a value that does not fit its column (validate records you
 * did not make with `validateRecords` first).
 */
export function toParquet(
  records: Iterable<DocumentRecord>,
  options: { rowGroupSize?: number } = {},
): ParquetFiles {
  const parts = { documents: [] as Uint8Array[], paragraphs: [] as Uint8Array[] };
  const writer = parquetWriter(
    { documents: (c) => parts.documents.push(c), paragraphs: (c) => parts.paragraphs.push(c) },
    options,
  );
  for (const record of records) writer.add(record);
  writer.finish();
  return { documents: join(parts.documents), paragraphs: join(parts.paragraphs) };
}

function join(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
