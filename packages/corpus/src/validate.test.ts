import { describe, expect, it } from 'vitest';
import { documents, getDocument } from './bundled.js';
import type { DocumentRecord } from './schema.js';
import { validateRecord, validateRecords } from './validate.js';

const letter = getDocument('2020-01-17-letter') as DocumentRecord;
const codes = (input: unknown) => {
  const result = validateRecord(input);
  return result.ok ? [] : result.issues.map((i) => i.code);
};
const withBody = (r: DocumentRecord, f: (b: DocumentRecord['body']) => DocumentRecord['body']) => ({
  ...r,
  body: f(structuredClone(r.body)),
});

describe('validateRecord', () => {
  it('accepts every bundled record', () => {
    for (const d of documents) expect(validateRecord(d)).toEqual({ ok: true, record: d });
  });

  it('reports shape errors with their path, never throwing', () => {
    const result = validateRecord({ ...letter, date: '17 January 2020' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: ['date'] });
    expect(validateRecord(null).ok).toBe(false);
    expect(validateRecord('text').ok).toBe(false);
  });

  it('rejects a letter dated after its distribution', () => {
    expect(codes({ ...letter, date: '2020-01-21' })).toContain('date-after-distribution');
  });

  it('rejects a Security Council year or a General Assembly session that does not match the date', () => {
    expect(
      codes({ ...letter, organs: [letter.organs[0], { organ: 'Security Council', year: 2019 }] }),
    ).toContain('organ-year');
    const wrongSession = {
      ...letter,
      organs: [
        { organ: 'General Assembly', session: 75, sessionType: 'regular' },
        letter.organs[1],
      ],
      agendaItems: letter.agendaItems.map((a) => ({ ...a, session: 75 })),
    };
    expect(codes(wrongSession)).toEqual(['organ-session']);
  });

  it('rejects an agenda item that the circulation request does not name', () => {
    const extra = { ...letter.agendaItems[0], number: '99', title: null };
    expect(codes({ ...letter, agendaItems: [...letter.agendaItems, extra] })).toEqual([
      'agenda-not-requested',
    ]);
  });

  it('rejects paragraph numbers that are not 1..n', () => {
    const gap = withBody(letter, (body) =>
      body.map((b) => (b.type === 'paragraph' && b.n > 5 ? { ...b, n: b.n + 1 } : b)),
    );
    expect(codes(gap)).toContain('paragraph-numbering');
  });

  it('rejects a figure whose quote is not in its paragraph', () => {
    const figures = letter.figures.map((f, i) =>
      i === 2 ? { ...f, quote: '137 civilians were killed' } : f,
    );
    expect(codes({ ...letter, figures })).toEqual(['quote-not-in-paragraph']);
  });

  it('rejects a record that prints a UN symbol it does not list in references', () => {
    expect(codes({ ...letter, references: [] })).toEqual(['symbol-not-referenced']);
  });

  it('rejects provenance that contradicts the value', () => {
    expect(codes({ ...letter, signatories: [] })).toEqual(['provenance-empty-stated']);
    expect(codes({ ...letter, symbols: ['A/74/666'] })).toEqual(['provenance-value-unsourced']);
  });
});

describe('validateRecords', () => {
  const [a, b] = documents;

  it('gives one result per record, in order, valid ones with their typed record', () => {
    const results = validateRecords([a, b]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(results[1]?.ok && results[1].record.id).toBe(b?.id);
  });

  it('reports a repeated id at ["id"], naming the earlier record, and only from the second', () => {
    const results = validateRecords([a, b, a, a]);
    expect(results.map((r) => r.ok)).toEqual([true, true, false, false]);
    const third = results[2];
    expect(third?.ok === false && third.issues).toEqual([
      { code: 'duplicate-id', message: `repeats the id "${a?.id}" of record 0`, path: ['id'] },
    ]);
  });

  it('names the earlier record as the caller does, and keeps the record’s own problems', () => {
    const broken = { ...a, date: '2020-13-45' };
    const [, second] = validateRecords([a, broken], { name: (i) => `file-${i}.json` });
    expect(second?.ok).toBe(false);
    const issues = second?.ok === false ? second.issues : [];
    expect(issues[0]?.message).toBe(`repeats the id "${a?.id}" of file-0.json`);
    expect(issues.length).toBeGreaterThan(1);
  });

  it('never throws, whatever it is given', () => {
    const results = validateRecords([null, 3, 'x', { id: 5 }, { id: 5 }]);
    expect(results.every((r) => !r.ok)).toBe(true);
    expect(results.flatMap((r) => (r.ok ? [] : r.issues)).map((i) => i.code)).not.toContain(
      'duplicate-id',
    );
  });
});
