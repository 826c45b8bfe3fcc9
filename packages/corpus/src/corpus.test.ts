import { describe, expect, it } from 'vitest';
import {
  bindCorpus,
  compareFigures,
  createCorpus,
  documents,
  filterDocuments,
  findBySymbol,
  getDocument,
  lookupDocument,
  QueryError,
  RecordValidationError,
  searchDocuments,
  verifyQuote,
} from './index.js';
import type { DocumentRecord } from './schema.js';

describe('documents and getDocument', () => {
  it('lists the five records by date (the undated statement under the day it marks)', () => {
    expect(documents.map((d) => d.id)).toEqual([
      '2009-01-19-press-release',
      '2020-01-17-letter',
      '2020-01-20-press-release',
      '2023-01-20-letter',
      '2024-01-20-statement',
    ]);
  });
  it('returns undefined for an unknown id, and throws a typed error for a non-string', () => {
    expect(getDocument('2020-01-17-letter')?.kind).toBe('letter');
    expect(getDocument('2020-01-17')).toBeUndefined();
    expect(() => getDocument(42 as unknown as string)).toThrow(QueryError);
  });
});

describe('findBySymbol', () => {
  it.each([
    'A/74/649-S/2020/34',
    'A/74/649–S/2020/34',
    'a/74/649 - s/2020/34',
    'A/74/649 S/2020/34',
    ' A / 74 / 649 ',
    'S/2020/34',
  ])('reaches the letter that cites %j', (symbol) => {
    const found = findBySymbol(symbol);
    expect(found?.documents).toEqual([]);
    expect(found?.referencedBy.map((r) => r.document.id)).toEqual(['2020-01-17-letter']);
    expect(found?.referencedBy[0]?.reference.paragraph).toEqual({ paragraph: 6 });
  });
  it('returns undefined for symbols nobody carries or cites', () => {
    expect(findBySymbol('A/74/650')).toBeUndefined();
    expect(findBySymbol('A/74/64')).toBeUndefined();
    expect(findBySymbol('')).toBeUndefined();
  });
});

describe('filterDocuments', () => {
  const ids = (f: Parameters<typeof filterDocuments>[0]) => filterDocuments(f).map((d) => d.id);
  it('filters by each criterion, combined with AND', () => {
    expect(ids({ kind: 'letter' })).toEqual(['2020-01-17-letter', '2023-01-20-letter']);
    expect(ids({ kind: ['statement', 'press-release'], year: 2020 })).toEqual([
      '2020-01-20-press-release',
    ]);
    expect(ids({ from: '2020-01-18', to: '2023-12-31' })).toEqual([
      '2020-01-20-press-release',
      '2023-01-20-letter',
    ]);
    expect(ids({ organ: 'Security Council' })).toEqual(['2020-01-17-letter']);
    expect(ids({ organ: 'GA' })).toEqual(['2020-01-17-letter', '2023-01-20-letter']);
    expect(ids({ agendaItem: 75 })).toEqual(['2020-01-17-letter']);
    expect(ids({ agendaItem: '132' })).toEqual(['2023-01-20-letter']);
    expect(ids({ signatory: 'aliyev' })).toEqual(['2020-01-17-letter', '2023-01-20-letter']);
    expect(ids({ year: 2024 })).toEqual(['2024-01-20-statement']);
  });
  it('matches a mention by its canonical name or any spelling', () => {
    expect(ids({ mentions: 'Sumgait' })).toEqual(['2023-01-20-letter', '2024-01-20-statement']);
    expect(ids({ mentions: 'sumgayit' })).toEqual(['2023-01-20-letter', '2024-01-20-statement']);
    expect(ids({ mentions: 'Heydar Aliyev' })).toEqual([
      '2023-01-20-letter',
      '2024-01-20-statement',
    ]);
  });
  it('throws a typed error for invalid criteria', () => {
    expect(() => filterDocuments({ kind: 'memo' as 'letter' })).toThrow(QueryError);
    expect(() => filterDocuments({ from: '20/01/2020' })).toThrow(/invalid filter/);
    expect(() => filterDocuments({ colour: 'red' } as never)).toThrow(QueryError);
  });
});

describe('searchDocuments', () => {
  it('finds every paragraph about the martyrs, whatever the spelling, with highlights', () => {
    const hits = searchDocuments('Martyrs');
    expect(hits.map((h) => `${h.id} ${h.pinpoint}`).sort()).toEqual([
      '2020-01-17-letter para. 1',
      '2020-01-20-press-release para. 1',
      '2020-01-20-press-release para. 5',
      '2023-01-20-letter annex, para. 7',
      '2024-01-20-statement para. 6',
      '2024-01-20-statement para. 7',
    ]);
    for (const hit of hits) {
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const [s, e] of hit.highlights)
        expect(hit.text.slice(s, e).toLowerCase()).toMatch(/^martyr/);
    }
  });
  it('ranks, requires all terms by default, and accepts any with combine: or', () => {
    const all = searchDocuments('funeral ceremony Baku');
    expect(all.map((h) => h.id).sort()).toEqual(['2020-01-17-letter', '2020-01-20-press-release']);
    expect(all[0]?.score).toBeGreaterThanOrEqual(all[1]?.score ?? 0);
    expect(searchDocuments('funeral Sumgait', { combine: 'or' }).length).toBeGreaterThan(2);
    expect(searchDocuments('funeral Sumgait')).toEqual([]);
  });
  it('throws a typed error for an empty query', () => {
    expect(() => searchDocuments('  ')).toThrow(QueryError);
  });

  const marked = (query: string, options = {}) =>
    searchDocuments(query, { limit: 100, ...options }).map((h) =>
      h.highlights.map(([s, e]) => h.text.slice(s, e)),
    );

  it('matches a "quoted phrase" only where its words stand in order, and highlights it whole', () => {
    const phrase = searchDocuments('"Black January"', { limit: 100 });
    const loose = searchDocuments('Black January', { limit: 100 });
    expect(phrase.length).toBeGreaterThan(0);
    for (const hit of phrase) expect(hit.text).toMatch(/Black\W+January/i);
    expect(
      marked('"Black January"')
        .flat()
        .every((m) => /^Black\W+January$/i.test(m)),
    ).toBe(true);
    // Unquoted, every "January" is a match; quoted, only the phrase is marked.
    expect(marked('Black January').flat()).toContain('January');
    expect(loose.length).toBeGreaterThanOrEqual(phrase.length);
    expect(searchDocuments('"January Black"')).toEqual([]);
    expect(searchDocuments('“Black January”').map((h) => h.pinpoint)).toEqual(
      phrase.slice(0, 20).map((h) => h.pinpoint),
    );
  });

  it('combines phrases with words: all of them by default, any with combine: or', () => {
    const both = searchDocuments('"Black January" Baku', { limit: 100 });
    expect(both.length).toBeGreaterThan(0);
    for (const hit of both) {
      expect(hit.text).toMatch(/Black\W+January/i);
      expect(hit.text).toContain('Baku');
    }
    const any = searchDocuments('"Black January" Sumgait', { combine: 'or', limit: 100 });
    for (const hit of any) expect(hit.text).toMatch(/Black\W+January|Sumgait/i);
    // A phrase whose words are not all in the corpus matches nothing, even with or.
    expect(searchDocuments('"Black Xyzzy"', { combine: 'or' })).toEqual([]);
  });

  it('takes the last bare word as a prefix unless told not to, and never a quoted word', () => {
    expect(searchDocuments('Marty').length).toBeGreaterThan(0);
    expect(searchDocuments('Marty', { prefix: false })).toEqual([]);
    expect(searchDocuments('"Marty"')).toEqual([]);
  });

  it('matches near spellings with fuzzy: OCR errors and variants', () => {
    expect(searchDocuments('Sumqait')).toEqual([]);
    const near = searchDocuments('Sumqait', { fuzzy: true });
    expect(near.length).toBeGreaterThan(0);
    expect(marked('Sumqait', { fuzzy: true }).flat()).toContain('Sumgait');
    expect(searchDocuments('Martirs', { fuzzy: true }).map((h) => h.pinpoint)).toEqual(
      searchDocuments('Martyrs').map((h) => h.pinpoint),
    );
    // A short word is not loosened by `true`; an explicit number of edits is taken as given.
    expect(searchDocuments('Bau', { fuzzy: true, prefix: false })).toEqual([]);
    expect(marked('Bau', { fuzzy: 1, prefix: false }).flat()).toContain('Baku');
  });
});

describe('compareFigures', () => {
  it('keeps every statement of the number killed, and says they disagree', () => {
    const [killed] = compareFigures('killed');
    expect(killed?.statements.map((s) => [s.id, s.value])).toEqual([
      ['2009-01-19-press-release', 134],
      ['2020-01-17-letter', 131],
      ['2020-01-20-press-release', 131],
      ['2023-01-20-letter', 150],
      ['2024-01-20-statement', 147],
    ]);
    expect(killed?.values).toEqual([131, 134, 147, 150]);
    expect(killed?.agree).toBe(false);
    expect(killed?.statements[3]).toMatchObject({
      quote: '150 civilians were killed',
      pinpoint: 'annex, para. 1',
    });
  });
  it('compares all metrics, and throws for an unknown one', () => {
    expect(compareFigures().map((c) => c.metric)).toEqual([
      'killed',
      'wounded',
      'detained',
      'missing',
      'troops',
      'expelled',
      'funeral-attendance',
    ]);
    expect(compareFigures('detained')[0]?.agree).toBe(true);
    expect(() => compareFigures('injured' as 'killed')).toThrow(QueryError);
  });
});

describe('verifyQuote', () => {
  it('finds an exact quotation and its pinpoint', () => {
    const v = verifyQuote('131 civilians were killed, 744 people were wounded');
    expect(v.found).toBe(true);
    expect(v.matches.map((m) => [m.id, m.pinpoint, m.match])).toEqual([
      ['2020-01-17-letter', 'para. 3', 'exact'],
      ['2020-01-20-press-release', 'para. 3', 'exact'],
    ]);
  });
  it('accepts straight quotes, hyphens and extra spaces for curly quotes and dashes', () => {
    const v = verifyQuote('"the capital of Azerbaijan - Baku - to pay tribute"', {
      id: '2020-01-17-letter',
    });
    expect(v.matches).toEqual([
      expect.objectContaining({ match: 'normalised', pinpoint: 'para. 1' }),
    ]);
    const m = v.matches[0];
    const text = getDocument('2020-01-17-letter')?.body.find((b) => b.type === 'paragraph');
    expect(text?.type === 'paragraph' && m && text.text.slice(m.start, m.end)).toBe(
      'the capital of Azerbaijan – Baku – to pay tribute',
    );
  });
  it('never accepts a near match whose numbers differ, but reports it', () => {
    const v = verifyQuote('137 civilians were killed');
    expect(v.found).toBe(false);
    expect(v.nearMisses.map((n) => [n.id, n.actual])).toEqual([
      ['2020-01-17-letter', '131 civilians were killed'],
      ['2020-01-20-press-release', '131 civilians were killed'],
      ['2023-01-20-letter', '150 civilians were killed'],
      ['2024-01-20-statement', '147 civilians were killed'],
    ]);
  });
  it('throws a typed error for an unknown document', () => {
    expect(() => verifyQuote('Baku', { id: 'nope' })).toThrow(QueryError);
  });
});

describe('createCorpus', () => {
  it('binds the same API to any valid records', () => {
    const mine = createCorpus(documents.slice(0, 2));
    expect(mine.documents).toHaveLength(2);
    expect(mine.searchDocuments('Special Issue').length).toBe(0);
    expect(mine.compareFigures('killed')[0]?.values).toEqual([131, 134]);
  });
  it('rejects invalid records with every issue as data', () => {
    const bad = { ...documents[1], organs: [{ organ: 'Security Council', year: 2021 }] };
    try {
      createCorpus([bad, documents[1]]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RecordValidationError);
      const codes = (error as RecordValidationError).issues.map((i) => i.code);
      expect(codes).toContain('organ-year');
      expect(codes).toContain('duplicate-id');
    }
    expect(() => createCorpus([{ id: 'x' }])).toThrow(RecordValidationError);
  });
});

describe('lookupDocument', () => {
  it('finds a record by id, or by a symbol it carries in any spelling', () => {
    expect(lookupDocument('2020-01-17-letter')).toMatchObject({ found: true, by: 'id' });
    // No corpus record prints its own symbol: a copy that does, bound without validation.
    const carried = {
      ...(documents[0] as DocumentRecord),
      id: 'x',
      symbols: ['A/75/356', 'S/2020/947'],
    };
    const { lookupDocument: lookup } = bindCorpus([...documents, carried]);
    expect(lookup('s/2020/947')).toEqual({ found: true, record: carried, by: 'symbol' });
    expect(lookup('A/75/356–S/2020/947')).toEqual({ found: true, record: carried, by: 'symbol' });
  });

  it('names the records citing a symbol it does not carry, and the id most like the key', () => {
    expect(lookupDocument('A/74/649-S/2020/34')).toEqual({
      found: false,
      citedBy: [getDocument('2020-01-17-letter')],
      didYouMean: undefined,
    });
    expect(lookupDocument('2020-01-17-leter')).toMatchObject({
      found: false,
      citedBy: [],
      didYouMean: '2020-01-17-letter',
    });
    expect(() => lookupDocument(3 as unknown as string)).toThrow(QueryError);
  });

  it('works detached from the corpus, as the bundled functions are', () => {
    const { lookupDocument: detached } = createCorpus(documents);
    expect(detached('2024-01-20-statement').found).toBe(true);
  });
});
