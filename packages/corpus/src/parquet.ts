import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { RecordValidationError } from './errors.js';
import {
  type Column,
  DOCUMENT_COLUMNS,
  PARAGRAPH_COLUMNS,
  type ParagraphRow,
  paragraphRows,
  schemaOf,
} from './internal/export/parquet-columns.js';
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

// Bytes are handed to the sink once this many are buffered, and at the end.
const FLUSH_BYTES = 1 << 20;

/** A hyparquet writer whose bytes go to a sink in chunks, so no file is held whole. */
function chunkWriter(emit: (chunk: Uint8Array) => void): ByteWriter {
  const writer = new ByteWriter();
  const flush = () => {
    if (writer.index > 0) emit(new Uint8Array(writer.buffer.slice(0, writer.index)));
    writer.index = 0;
  };
  const grow = writer.ensure.bind(writer);
  writer.ensure = (size: number) => {
    if (writer.index > FLUSH_BYTES) flush();
    grow(size);
  };
  writer.finish = flush;
  return writer;
}

const EXPECTED: Record<Column<unknown>['type'], string> = {
  STRING: 'a string',
  INT32: 'a whole number',
  DATE: 'an ISO date',
  'LIST<STRING>': 'a list of strings',
};

/** Whether a value fits its column: the writer would fail on it, with a message about bytes. */
function fits(type: Column<unknown>['type'], required: boolean, v: unknown): boolean {
  if (v === null || v === undefined) return !required;
  if (type === 'STRING') return typeof v === 'string';
  if (type === 'INT32') return Number.isInteger(v) && Math.abs(v as number) < 2 ** 31;
  if (type === 'DATE') return v instanceof Date && !Number.isNaN(v.getTime());
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

/** One file: values buffered by column to a row group, each group encoded as it fills. */
class TableWriter<Row> {
  private columns: unknown[][];
  private rows = 0;
  private readonly out: ParquetWriter;
  constructor(
    private readonly schema: ReadonlyArray<Column<Row>>,
    emit: (chunk: Uint8Array) => void,
    private readonly groupSize: number,
  ) {
    this.columns = schema.map(() => []);
    this.out = new ParquetWriter({
      writer: chunkWriter(emit),
      schema: schemaOf(schema) as never,
      createdBy: '@black-january/corpus',
    });
  }
  /** @throws RecordValidationError naming the column of a value that does not fit it. */
  add(row: Row, where: ReadonlyArray<string | number>): void {
    const values = this.schema.map((c) => {
      let v: unknown;
      try {
        v = c.value(row);
      } catch {
        v = undefined;
      }
      if (!fits(c.type, c.required, v))
        throw new RecordValidationError([
          {
            code: 'parquet-value',
            message: `${c.name} must be ${EXPECTED[c.type]}${c.required ? '' : ' or null'}`,
            path: [...where, c.name],
          },
        ]);
      return v;
    });
    for (const [i, v] of values.entries()) this.columns[i]?.push(v);
    if (++this.rows >= this.groupSize) this.flush();
  }
  finish(): void {
    this.flush();
    this.out.finish();
  }
  private flush(): void {
    if (this.rows === 0) return;
    const data = this.columns;
    this.columns = this.schema.map(() => []);
    this.rows = 0;
    void this.out.write({
      columnData: this.schema.map((c, i) => ({ name: c.name, data: data[i] })),
      rowGroupSize: data[0]?.length ?? 0,
    } as never);
  }
}

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
