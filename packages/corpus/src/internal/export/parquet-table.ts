import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { RecordValidationError } from '../../errors.js';
import { type Column, schemaOf } from './parquet-schema.js';

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
export class TableWriter<Row> {
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
