import { describe, expect, it } from 'vitest';
import { exportRecords } from './cite.js';
import { CiteError } from './errors.js';
import { exportPieces, formatRecords, RECORD_FORMATS, recordWriter } from './export.js';
import { documents } from './records.js';
import type { DocumentRecord } from './schema.js';

const first = documents[0] as DocumentRecord;
const pair = [first, documents[1] as DocumentRecord];

describe('formatRecords', () => {
  it('writes the bibliographic formats exactly as exportRecords of /cite does', () => {
    for (const format of ['bibtex', 'biblatex', 'ris', 'csl-json'] as const)
      expect(formatRecords(documents, format)).toBe(exportRecords(documents, format));
  });

  it('writes JSON that reads back to the records, and JSONL with one record a line', () => {
    expect(JSON.parse(formatRecords(documents, 'json'))).toEqual(documents);
    const lines = formatRecords(documents, 'jsonl').trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(documents);
  });

  it('writes CSV with a header, one CRLF row a record, and formulas neutralised', () => {
    const rows = formatRecords(pair, 'csv').split('\r\n');
    expect(rows[0]).toBe(
      'id,kind,date,distribution_date,title,symbols,organs,issuer,source_file,source_sha256',
    );
    expect(rows).toHaveLength(4);
    expect(rows[1]?.startsWith(`${first.id},${first.kind},`)).toBe(true);
    const hostile = { ...first, title: '=HYPERLINK("http://x","y")' };
    expect(formatRecords([hostile], 'csv')).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes the empty export of each format', () => {
    const empty = Object.fromEntries(RECORD_FORMATS.map((f) => [f, formatRecords([], f)]));
    expect(empty).toEqual({
      json: '[]\n',
      jsonl: '',
      csv: 'id,kind,date,distribution_date,title,symbols,organs,issuer,source_file,source_sha256\r\n',
      bibtex: '',
      biblatex: '',
      ris: '',
      'csl-json': '[]\n',
    });
  });

  it('streams one piece a record, which join to the whole text', () => {
    for (const format of RECORD_FORMATS) {
      const pieces = [...exportPieces(pair, format)];
      expect(pieces, format).toHaveLength(3);
      expect(pieces.join(''), format).toBe(formatRecords(pair, format));
    }
  });

  it('takes any iterable, read once', () => {
    function* once() {
      yield* pair;
    }
    expect(formatRecords(once(), 'jsonl')).toBe(formatRecords(pair, 'jsonl'));
  });

  it('refuses an unknown format with CiteError unknown-format, as cite does', () => {
    for (const format of ['xml', 'constructor', '__proto__'])
      expect(() => recordWriter(format as 'json')).toThrow(
        expect.objectContaining({ code: 'unknown-format' }),
      );
    expect(() => formatRecords([], 'xml' as 'json')).toThrow(CiteError);
    expect(() => exportRecords([], 'csv' as 'ris')).toThrow(CiteError);
  });
});
