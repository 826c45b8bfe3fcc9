import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_DIR } from '../test/helpers.js';
import { documents } from './bundled.js';
import { RecordValidationError } from './errors.js';
import { ingestText } from './ingest.js';
import { PARQUET_SCHEMA, parquetWriter, toParquet } from './parquet.js';
import { passageAt, passages } from './passages.js';
import type { DocumentRecord } from './schema.js';

const work = mkdtempSync(join(tmpdir(), 'bj-parquet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (name: string) =>
  readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', 'ingest', name), 'utf8');
// The corpus prints no symbol of its own: ingested letters that do, beside it.
const ingested = ['ga-sc-double-pdf.txt', 'sc-only-charge.txt', 'es-observer-identical.txt'].map(
  (f) => ingestText(fixture(f), { source: { fileName: f } }).record,
);
const records: DocumentRecord[] = [...documents, ...ingested];

async function query(files: { documents: string; paragraphs: string }, sql: string) {
  const db = await DuckDBInstance.create(':memory:');
  const connection = await db.connect();
  const prepared = sql
    .replaceAll('documents.parquet', `'${files.documents}'`)
    .replaceAll('paragraphs.parquet', `'${files.paragraphs}'`);
  const rows = (await connection.runAndReadAll(prepared)).getRowObjectsJson();
  connection.closeSync();
  return rows;
}

function written(name: string, parquet: { documents: Uint8Array; paragraphs: Uint8Array }) {
  const files = {
    documents: join(work, `${name}.parquet`),
    paragraphs: join(work, `${name}.paragraphs.parquet`),
  };
  writeFileSync(files.documents, parquet.documents);
  writeFileSync(files.paragraphs, parquet.paragraphs);
  return files;
}

describe('Parquet, read back by DuckDB', () => {
  const files = written('all', toParquet(records));

  it('has one row per document and per numbered passage, with the documented columns', async () => {
    const [counts] = await query(
      files,
      'select (select count(*) from documents.parquet) d, (select count(*) from paragraphs.parquet) p',
    );
    const paragraphCount = records.reduce((n, r) => n + [...passages(r)].length, 0);
    expect(counts).toEqual({ d: String(records.length), p: String(paragraphCount) });
    const columns = await query(files, 'describe select * from documents.parquet');
    expect(columns.map((c) => [c.column_name, c.column_type])).toEqual(
      PARQUET_SCHEMA.documents.map((c) => [
        c.name,
        { STRING: 'VARCHAR', INT32: 'INTEGER', DATE: 'DATE', 'LIST<STRING>': 'VARCHAR[]' }[c.type],
      ]),
    );
  });

  it('keeps every value: dates, lists, nulls and the text verbatim', async () => {
    const rows = await query(files, 'select * from documents.parquet order by id');
    const letter = rows.find((r) => r.id === '2023-01-20-letter');
    const record = records.find((r) => r.id === '2023-01-20-letter') as DocumentRecord;
    expect(letter).toMatchObject({
      kind: 'letter',
      title: record.title,
      date: record.date,
      distribution_date: record.distributionDate,
      symbols: [],
      ga_session: record.organs[0]?.organ === 'General Assembly' ? record.organs[0].session : null,
      source_sha256: record.source.sha256,
    });
    const [text] = await query(
      files,
      "select text from paragraphs.parquet where id = '2023-01-20-letter' and annex = 1 and paragraph = 3",
    );
    expect(text?.text).toBe(passageAt(record, { annex: 1, paragraph: 3 })?.text);
  });

  it('joins paragraphs to documents, and finds a document by one member of its symbol', async () => {
    const joined = await query(
      files,
      `select d.kind, count(*) n from paragraphs.parquet p join documents.parquet d using (id)
       group by d.kind order by d.kind`,
    );
    expect(joined.reduce((n, r) => n + Number(r.n), 0)).toBeGreaterThan(0);
    const counted = await query(
      files,
      `select d.id, d.paragraphs, count(p.id) n from documents.parquet d
       left join paragraphs.parquet p using (id) group by d.id, d.paragraphs`,
    );
    expect(counted).toHaveLength(records.length);
    for (const row of counted) expect(Number(row.n), String(row.id)).toBe(Number(row.paragraphs));
    const bySymbol = await query(
      files,
      "select id, symbols from documents.parquet where list_contains(symbols, 'S/2020/947')",
    );
    expect(bySymbol).toEqual([{ id: ingested[0]?.id, symbols: ['A/75/356', 'S/2020/947'] }]);
  });

  it('streams: row groups handed out as they fill give the same table as one pass', async () => {
    const chunks = { documents: [] as Uint8Array[], paragraphs: [] as Uint8Array[] };
    const writer = parquetWriter(
      { documents: (c) => chunks.documents.push(c), paragraphs: (c) => chunks.paragraphs.push(c) },
      { rowGroupSize: 2 },
    );
    for (const r of records) writer.add(r);
    writer.finish();
    const concat = (cs: Uint8Array[]) => Buffer.concat(cs);
    const streamed = written('streamed', {
      documents: concat(chunks.documents),
      paragraphs: concat(chunks.paragraphs),
    });
    const sql = 'select * from documents.parquet order by id';
    expect(await query(streamed, sql)).toEqual(await query(files, sql));
    const [groups] = await query(
      streamed,
      "select count(distinct row_group_id) g from parquet_metadata('documents.parquet')".replace(
        "'documents.parquet'",
        'documents.parquet',
      ),
    );
    expect(Number(groups?.g)).toBe(Math.ceil(records.length / 2));
  });

  it('writes valid empty files for no records', async () => {
    const empty = written('empty', toParquet([]));
    expect(await query(empty, 'select count(*) n from documents.parquet')).toEqual([{ n: '0' }]);
  });

  it('refuses a value that does not fit its column with a RecordValidationError naming it', () => {
    const [first] = documents as [DocumentRecord];
    const refused = (records: unknown[]) => {
      try {
        toParquet(records as DocumentRecord[]);
      } catch (error) {
        expect(error).toBeInstanceOf(RecordValidationError);
        return (error as RecordValidationError).issues;
      }
      throw new Error('accepted');
    };
    expect(refused([first, { ...first, date: 'soon' }])).toEqual([
      { code: 'parquet-value', message: 'date must be an ISO date or null', path: [1, 'date'] },
    ]);
    expect(refused([{ ...first, symbols: [3] }])[0]?.path).toEqual([0, 'symbols']);
    expect(refused([null])[0]).toMatchObject({ code: 'not-a-record', path: [0] });
  });
});
