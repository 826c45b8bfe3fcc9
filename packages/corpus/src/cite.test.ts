import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@retorquere/bibtex-parser';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { hostileRecords, unvalidatedRecords } from '../test/fixtures/hostile.js';
import { PACKAGE_DIR } from '../test/helpers.js';
import { documents, getDocument } from './bundled.js';
import { EXPORT_FORMATS, exportRecords, toCSL } from './cite.js';
import { CiteError } from './errors.js';
import { ingestText } from './ingest.js';
import type { DocumentRecord } from './schema.js';
import { validateRecord } from './validate.js';

const doc = (id: string) => getDocument(id) as DocumentRecord;
const CSL_SCHEMA = join(
  PACKAGE_DIR,
  '..',
  '..',
  '..',
  'shared',
  'reference',
  'csl-schema',
  'csl-data.json',
);
const withSymbol = ingestText(
  readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', 'ingest', 'ga-sc-double-pdf.txt'), 'utf8'),
  { id: 'georgia-2020' },
).record;

describe('toCSL', () => {
  it('maps a letter of two organs: organs as authors in masthead order, distribution date, no invented symbol', () => {
    const item = toCSL(doc('2020-01-17-letter'));
    expect(item).toMatchObject({
      id: '2020-01-17-letter',
      'citation-key': '2020-01-17-letter',
      type: 'report',
      author: [
        { literal: 'United Nations General Assembly' },
        { literal: 'United Nations Security Council' },
      ],
      publisher: 'United Nations',
      issued: { 'date-parts': [[2020, 1, 20]] },
      language: 'en',
      custom: {
        kind: 'letter',
        letterDate: '2020-01-17',
        agendaItems: expect.arrayContaining([expect.objectContaining({ number: '75' })]),
      },
    });
    expect(item).not.toHaveProperty('number');
    expect(item).not.toHaveProperty('URL');
    expect(item).not.toHaveProperty('genre');
  });
  it('maps press releases and the statement by their issuer, omitting what is not printed', () => {
    expect(toCSL(doc('2009-01-19-press-release'))).toMatchObject({
      genre: 'Press release',
      'publisher-place': 'New York',
      issued: { 'date-parts': [[2009, 1, 19]] },
      custom: { titleIsDescriptive: true },
    });
    // The place of issue from the letterhead address ("…, New York, NY, 10017").
    expect(toCSL(doc('2020-01-20-press-release'))).toMatchObject({
      'publisher-place': 'New York',
      author: [
        { literal: 'Permanent Mission of the Republic of Azerbaijan to the United Nations' },
      ],
      authority: 'Azerbaijan',
    });
    // The statement prints no issuer: no author, the issuer only in square brackets.
    const statement = toCSL(doc('2024-01-20-statement'));
    expect(statement).toMatchObject({
      genre: 'Statement',
      authority:
        '[Azerbaijan, Permanent Mission of the Republic of Azerbaijan to the United Nations]',
      division: '[Permanent Mission of the Republic of Azerbaijan to the United Nations]',
      publisher: '[Permanent Mission of the Republic of Azerbaijan to the United Nations]',
    });
    expect(statement).not.toHaveProperty('author');
    expect(statement).not.toHaveProperty('publisher-place');
    expect(statement).not.toHaveProperty('issued');
  });
  it('puts an ingested document’s double symbol in number, hyphen-joined, with its undocs.org link', () => {
    expect(toCSL(withSymbol)).toMatchObject({
      number: 'A/75/356-S/2020/947',
      URL: 'https://undocs.org/A/75/356',
      issued: { 'date-parts': [[2020, 9, 29]] },
    });
  });
});

describe('exports', () => {
  const all = [...documents, withSymbol];

  it.skipIf(!existsSync(CSL_SCHEMA))(
    'CSL-JSON validates against the official CSL-JSON schema (../shared/reference)',
    () => {
      const validate = new Ajv({ strict: false }).compile(
        JSON.parse(readFileSync(CSL_SCHEMA, 'utf8')),
      );
      const data = JSON.parse(exportRecords(all, 'csl-json'));
      expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('BibTeX parses with an independent parser: ids as keys, organs as braced corporate authors, exact titles', async () => {
    const { entries, errors } = await parse(exportRecords(all, 'bibtex'), { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries.map((e) => [e.key, e.type])).toEqual(
      all.map((r) => [r.id, r.kind === 'letter' ? 'techreport' : 'misc']),
    );
    const letter = entries.find((e) => e.key === '2020-01-17-letter');
    expect(letter?.fields.author).toEqual([
      { name: 'United Nations General Assembly' },
      { name: 'United Nations Security Council' },
    ]);
    expect(letter?.fields.title).toBe(doc('2020-01-17-letter').title);
    expect(letter?.fields).toMatchObject({ year: '2020', month: '1', date: '2020-01-20' });
    expect(entries.find((e) => e.key === 'georgia-2020')?.fields.number).toBe(
      'A/75/356-S/2020/947',
    );
  });

  it('BibTeX escapes what TeX would read as commands', async () => {
    const odd = {
      ...doc('2024-01-20-statement'),
      id: 'odd',
      title: '50% of #1 & $2_000 {sic} ~ ^ \\',
    };
    const { entries, errors } = await parse(exportRecords([odd], 'bibtex'), {
      sentenceCase: false,
    });
    expect(errors).toEqual([]);
    expect(entries[0]?.fields.title).toBe(odd.title);
  });

  it('RIS is well formed: tag lines only, TY first, ER last, one record per document', () => {
    const text = exportRecords(all, 'ris');
    const records = text.split(/\r\nER {2}- \r\n/).filter((r) => r.trim() !== '');
    expect(records).toHaveLength(all.length);
    for (const [i, record] of records.entries()) {
      const lines = record.replace(/^\r\n/, '').split('\r\n');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- \S/);
      expect(lines[0]).toMatch(/^TY {2}- (RPRT|PRESS|GEN)$/);
      expect(lines).toContain(`AN  - ${all[i]?.id}`);
    }
    expect(text).toContain('SN  - A/75/356-S/2020/947');
    expect(text).toContain('TY  - PRESS\r\nAN  - 2009-01-19-press-release');
  });

  it('RIS parses with citation-js’s own RIS reader, an implementation independent of ours', async () => {
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-ris');
    // citation-js 0.8 lacks the standard PRESS type and drops such records; read them as GEN so
    // that their other tags are still checked by its reader.
    const items = new Cite(exportRecords(all, 'ris').replaceAll('TY  - PRESS', 'TY  - GEN')).data;
    expect(items.map((i) => i.title)).toEqual(all.map((r) => r.title));
    expect(items.map((i) => i.type)).toEqual(
      all.map((r) => (r.kind === 'letter' ? 'report' : 'document')),
    );
    expect(items.find((i) => i.title === withSymbol.title)).toMatchObject({
      number: 'A/75/356-S/2020/947',
      issued: { 'date-parts': [[2020, 9, 29]] },
      author: [
        { literal: 'United Nations General Assembly' },
        { literal: 'United Nations Security Council' },
      ],
    });
  });

  it('BibLaTeX: UN documents as @misc with entrysubtype undoc, OSCOLA organ names and UN Doc number', async () => {
    const text = exportRecords(all, 'biblatex');
    const { entries, errors } = await parse(text, { sentenceCase: false });
    expect(errors).toEqual([]);
    expect(entries.every((e) => e.type === 'misc')).toBe(true);
    const georgia = entries.find((e) => e.key === 'georgia-2020');
    expect(georgia?.fields).toMatchObject({
      entrysubtype: 'undoc',
      author: [{ name: 'UNGA' }, { name: 'UNSC' }],
      number: 'UN Doc A/75/356-S/2020/947',
      date: '2020-09-29',
    });
    const letter = entries.find((e) => e.key === '2020-01-17-letter');
    expect(letter?.fields).not.toHaveProperty('number');
    const statement = entries.find((e) => e.key === '2024-01-20-statement');
    expect(statement?.fields).not.toHaveProperty('date');
    expect(statement?.fields).toMatchObject({ howpublished: 'Statement' });
  });

  describe('hostile records', () => {
    const secret = '/tmp/secret.txt';
    const valid = hostileRecords(doc('2020-01-20-press-release'), doc('2023-01-20-letter'), secret);
    const raw = unvalidatedRecords(doc('2024-01-20-statement'), secret);
    const hostile = [...valid, ...raw];

    it('the schema accepts the valid ones and refuses a language that is not a BCP 47 tag', () => {
      for (const r of valid) expect(validateRecord(r).ok).toBe(true);
      const result = validateRecord({ ...raw[0], id: 'raw' });
      expect(result.ok ? [] : result.issues.map((i) => i.path.join('.'))).toEqual([
        'originalLanguage',
        'languages.0',
      ]);
      for (const tag of [
        'en',
        'az-Latn',
        'ru-AZ',
        'es-419',
        'zh-Hant-TW',
        'sl-rozaj-biske',
        'x-private',
      ])
        expect(validateRecord({ ...doc('2020-01-17-letter'), languages: [tag] }).ok).toBe(true);
      for (const tag of ['languages', 'en_US', 'en--US', 'en-', '-en', 'e', 'en US', 'en}'])
        expect(validateRecord({ ...doc('2020-01-17-letter'), languages: [tag] }).ok).toBe(false);
    });

    it.each(['bibtex', 'biblatex'] as const)(
      '%s: one entry each, every payload read back as text',
      async (format) => {
        const text = exportRecords(hostile, format);
        expect(text).not.toContain('\\input');
        const { entries, errors } = await parse(text, { sentenceCase: false });
        expect(errors).toEqual([]);
        expect(entries.map((e) => e.key)).toEqual([
          'hostile-release',
          'hostile-letter',
          'raw---misc-evil2--title-----input--tmp-secret.txt--',
        ]);
        const fold = (t: string) =>
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are dropped by the export
          t.replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ');
        expect(entries.map((e) => e.fields.title)).toEqual(hostile.map((r) => fold(r.title)));
      },
    );

    it('RIS: one record each, every line a tag line', () => {
      const text = exportRecords(hostile, 'ris');
      const lines = text.split('\r\n').filter((l) => l !== '');
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(lines.filter((l) => l.startsWith('TY  - '))).toHaveLength(hostile.length);
      expect(lines.filter((l) => l.startsWith('ER  - '))).toHaveLength(hostile.length);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is looked for
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    });
  });

  it('rejects an unknown format with a typed error', () => {
    expect(EXPORT_FORMATS).toEqual(['csl-json', 'bibtex', 'biblatex', 'ris']);
    expect(() => exportRecords(documents, 'endnote' as 'ris')).toThrow(CiteError);
    expect(() => exportRecords(documents, 'endnote' as 'ris')).toThrow(
      expect.objectContaining({ code: 'unknown-format' }),
    );
  });
});
