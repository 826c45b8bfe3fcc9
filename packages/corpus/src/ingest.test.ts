import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR, readSource } from '../test/helpers.js';
import { formatIssue, type Issue } from './errors.js';
import { ingestText } from './ingest.js';
import { CURATED_RECORDS } from './internal/records/index.js';
import type { DocumentRecord, MetadataField } from './schema.js';
import { validateRecord } from './validate.js';

const FIELDS: MetadataField[] = [
  'kind',
  'title',
  'date',
  'distributionDate',
  'symbols',
  'distribution',
  'originalLanguage',
  'languages',
  'organs',
  'agendaItems',
  'issuer',
  'author',
  'addressee',
  'signatories',
  'occasion',
];
const isEmpty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);
const figureKey = (f: DocumentRecord['figures'][number]) =>
  `${f.metric} ${f.qualifier} ${f.value} @${f.paragraph.annex ?? 0}.${f.paragraph.paragraph}`;
const passagesOf = (r: DocumentRecord) =>
  [...r.body, ...r.annexes.flatMap((a) => a.body)].flatMap((b) =>
    b.type === 'paragraph' || b.type === 'blockquote' ? [b.text] : [],
  );

describe.each(CURATED_RECORDS.map((r) => [r.id, r] as const))(
  'ingesting the seed of %s',
  (_id, curated) => {
    const { record, warnings } = ingestText(readSource(curated.source.fileName), {
      source: { fileName: curated.source.fileName },
    });

    it('gives a valid record, traced to the same file and hash', () => {
      expect(validateRecord(record).ok).toBe(true);
      expect(record.source).toMatchObject({
        fileName: curated.source.fileName,
        sha256: curated.source.sha256,
      });
    });

    it('reproduces every metadata value; where the curated value is curated, ingest may leave it empty but never contradicts it', () => {
      for (const field of FIELDS) {
        const mine = record[field];
        const theirs = curated[field];
        const status = curated.provenance[field].status;
        if (field === 'occasion') {
          if (record.occasion !== null || status === 'stated')
            expect(record.occasion?.date, field).toBe(curated.occasion?.date);
          continue;
        }
        if (field === 'title' && curated.titleIsDescriptive) {
          expect(record.titleIsDescriptive).toBe(true);
          continue;
        }
        if (status === 'curated' && isEmpty(mine)) continue;
        if (field === 'languages' && status === 'curated') {
          expect(theirs).toEqual(expect.arrayContaining(mine as string[]));
          continue;
        }
        expect(mine, field).toEqual(theirs);
      }
    });

    it('reads the same paragraphs, annexes, figures and UN symbol references', () => {
      expect(passagesOf(record)).toEqual(passagesOf(curated));
      expect(record.annexes.map((a) => [a.title, a.subtitle, a.date])).toEqual(
        curated.annexes.map((a) => [a.title, a.subtitle, a.date]),
      );
      expect(record.figures.map(figureKey).sort()).toEqual(curated.figures.map(figureKey).sort());
      const symbols = (r: DocumentRecord) =>
        r.references.flatMap((x) =>
          x.type === 'un-document' ? [`${x.symbol} @${x.paragraph?.paragraph ?? x.footnote}`] : [],
        );
      expect(symbols(record)).toEqual(symbols(curated));
      expect(record.mentions).toEqual(curated.mentions);
      const replies = (r: DocumentRecord) => r.relations.filter((x) => x.type === 'repliesTo');
      expect(replies(record).map((x) => [x.target, x.paragraph])).toEqual(
        replies(curated).map((x) => [x.target, x.paragraph]),
      );
      for (const [i, x] of replies(curated).entries()) {
        expect(replies(record)[i]?.evidence).toContain(x.evidence);
      }
      const works = (r: DocumentRecord) =>
        r.references
          .flatMap((x) => (x.type === 'work' ? [`${x.workType}: ${x.title}`] : []))
          .sort();
      expect(works(record)).toEqual(works(curated));
    });

    it('warns only about what is really missing', () => {
      const expected =
        curated.kind === 'letter'
          ? ['no-symbol']
          : curated.date === null
            ? ['no-date']
            : curated.titleIsDescriptive
              ? ['no-title']
              : [];
      expect(warnings.map((w) => w.code)).toEqual(expected);
    });
  },
);

describe('ingest warnings', () => {
  const fixture = (name: string) =>
    readFileSync(join(PACKAGE_DIR, 'test', 'fixtures', 'ingest', name), 'utf8');

  it('are issues: a line of the input as ["line", n], the whole document as []', () => {
    const damaged = ingestText(fixture('damaged-ocr.txt')).warnings;
    expect(damaged.map((w) => [w.code, w.path])).toEqual([
      ['symbol-guessed', ['line', 1]],
      ['title-no-country', ['line', 9]],
    ]);
    expect(formatIssue(damaged[0] as Issue)).toMatch(/^line 1: masthead symbol /);
    expect(ingestText(fixture('web-page.txt')).warnings).toEqual([
      expect.objectContaining({ code: 'no-symbol', path: [] }),
    ]);
  });

  it('name a value of the record by its path, the message without it', () => {
    const text = fixture('ga-sc-double-pdf.txt').replace('29 September 2020', '29 September 2019');
    const warnings = ingestText(text).warnings;
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['date-after-distribution', ['date']],
      ['organ-session', ['organs', 0]],
      ['organ-year', ['organs', 1]],
    ]);
    expect(warnings[0]?.message).toBe('date 2020-09-28 is after the distribution date 2019-09-29');
    expect(formatIssue(warnings[0] as Issue)).toBe(
      'date: date 2020-09-28 is after the distribution date 2019-09-29',
    );
  });
});
