import { describe, expect, it, vi } from 'vitest';
import { passages } from '../../passages.js';
import { bindCorpus } from '../../query.js';
import type { DocumentRecord } from '../../schema.js';
import { CURATED_RECORDS } from '../records/index.js';
import { SHIPPED_INDEX } from '../records/shipped-index.generated.js';
import { InvertedIndex } from './inverted-index.js';
import { SearchIndex, type SearchOptions } from './search-index.js';

const { documents } = bindCorpus(CURATED_RECORDS);
const QUERIES: Array<[string, SearchOptions?]> = [
  ['Martyrs'],
  ['Soviet troops'],
  ['Soviet tr'],
  ['"Black January" Baku'],
  ['killed wounded', { combine: 'or' }],
  ['Khodjaly', { fuzzy: true }],
  ['aggression', { prefix: false, limit: 3 }],
  ['nothing-like-this-word'],
];
const results = (index: SearchIndex) => QUERIES.map(([q, o]) => index.search(q, o));
const reading = (saved: string) => JSON.parse(saved) as Record<string, unknown>;

describe('a saved search index', () => {
  const built = new SearchIndex(documents);
  const saved = built.save();

  it('loads to the same hits, scores and highlights as building it', () => {
    expect(results(new SearchIndex(documents, saved))).toEqual(results(built));
    expect(results(built).flat().length).toBeGreaterThan(20);
  });

  it('is read, not built: no passage is indexed again', () => {
    const add = vi.spyOn(InvertedIndex.prototype, 'add');
    try {
      new SearchIndex(documents, saved).search('Martyrs');
      expect(add).not.toHaveBeenCalled();
      new SearchIndex(documents).search('Martyrs');
      expect(add).toHaveBeenCalled();
    } finally {
      add.mockRestore();
    }
  });

  it('loads to the same contents, and saves again to the same text', () => {
    const index = InvertedIndex.fromParts(
      reading(saved) as unknown as Parameters<typeof InvertedIndex.fromParts>[0],
    );
    const again = new InvertedIndex();
    for (const d of documents) for (const p of passages(d)) again.add(p.text);
    expect(new SearchIndex(documents, saved).save()).toBe(saved);
    expect(index.parts().terms).toEqual(again.parts().terms);
  });

  it('takes more records after loading, as if built with all of them', () => {
    const [first, ...rest] = documents as [DocumentRecord, ...DocumentRecord[]];
    const grown = new SearchIndex([first], new SearchIndex([first]).save());
    for (const d of rest) grown.add(d);
    expect(results(grown)).toEqual(results(built));
    expect(grown.save()).toBe(saved);
  });

  it('is built anew, not trusted, when saved from other records, by another format or not at all', () => {
    const fewer = new SearchIndex(documents.slice(1)).save();
    const edited = documents.map((d, i) =>
      i === 0
        ? {
            ...d,
            body: d.body.map((b) =>
              b.type === 'paragraph' ? { ...b, text: `${b.text} Martyrs` } : b,
            ),
          }
        : d,
    );
    const truth = new SearchIndex(edited);
    const stale = [
      fewer,
      saved,
      JSON.stringify({ ...reading(saved), format: 0 }),
      '{"format":1',
      'null',
    ];
    for (const s of stale) expect(results(new SearchIndex(edited, s))).toEqual(results(truth));
    expect(results(truth)).not.toEqual(results(built));
  });

  it('shipped with the bundled corpus equals building it (stale: run the corpus build)', () => {
    expect(SHIPPED_INDEX).toBe(saved);
  });
});
