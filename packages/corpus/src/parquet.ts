import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
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

/** One file: rows buffered to a row group, each group encoded and flushed as it fills. */
class TableWriter<Row> {
  private rows: Row[] = [];
  private readonly out: ParquetWriter;
  constructor(
    private readonly columns: ReadonlyArray<Column<Row>>,
    emit: (chunk: Uint8Array) => void,
    private readonly groupSize: number,
  ) {
    this.out = new ParquetWriter({
      writer: chunkWriter(emit),
      schema: schemaOf(columns) as never,
      createdBy: '@black-january/corpus',
    });
  }
  add(row: Row): void {
    this.rows.push(row);
    if (this.rows.length >= this.groupSize) this.flush();
  }
  finish(): void {
    this.flush();
    this.out.finish();
  }
  private flush(): void {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    void this.out.write({
      columnData: this.columns.map((c) => ({ name: c.name, data: rows.map((r) => c.value(r)) })),
      rowGroupSize: rows.length,
    } as never);
  }
}

/**
 * A writer of the two Parquet files that takes records one at a time and hands the bytes to
 * `sink` as row groups fill (`rowGroupSize` documents; paragraphs in groups eight times as
 * large), so memory stays bounded however many records pass through: feed it from
 * `ingestStream`. Call `finish()` once, after the last record.
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
  return {
    add(record) {
      documents.add(record);
      for (const row of paragraphRows(record)) paragraphs.add(row);
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
