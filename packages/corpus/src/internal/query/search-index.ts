import type { DocumentRecord } from '../../schema.js';
import type { Locator } from '../../schema-text.js';
import { loadIndex, saveIndex } from './index-snapshot.js';
import { InvertedIndex } from './inverted-index.js';
import { PassageTable } from './passage-table.js';
import { merge, wordsOf } from './passage-words.js';
import { fuzzyEdits, parseQuery, phraseOccurrences } from './search-query.js';

/** A paragraph that matches a search, with the words to highlight. */
export interface SearchHit {
  id: string;
  locator: Locator;
  /** The pinpoint to cite, e.g. "para. 3" or "annex, para. 2". */
  pinpoint: string;
  /** BM25 relevance; higher is better. */
  score: number;
  /** The query terms (after folding and stemming) that this paragraph matched. */
  terms: string[];
  text: string;
  /** Character ranges [start, end) of the matching words in `text`. */
  highlights: Array<[number, number]>;
}

export interface SearchOptions {
  /** Hits to return at most (default 20). */
  limit?: number;
  /** Require every term (`and`, default) or any term (`or`). */
  combine?: 'and' | 'or';
  /** Let the last query word match as a prefix, as you type (default true); not a word in quotes. */
  prefix?: boolean;
  /**
   * Let each query word outside quotes also match words a few edits away: typos, OCR errors and
   * spelling variants ("Khodjaly" finds "Khojaly"). `true` allows 1 edit for words of 4 to 7
   * letters and 2 from 8 letters; a number allows that many for every word. Default false.
   */
  fuzzy?: boolean | number;
}

const MAX_TERMS = 32;

/** A paragraph-level full-text index of a set of records, ranked by BM25. */
export class SearchIndex {
  private readonly index: InvertedIndex;
  private readonly table = new PassageTable();

  /**
   * @param saved what {@link save} returned for these same records: their words are not read
   *   again. Ignored when it was saved from other records or by another version.
   */
  constructor(records: Iterable<Pick<DocumentRecord, 'id' | 'body' | 'annexes'>>, saved?: string) {
    for (const record of records) this.table.add(record);
    const { texts } = this.table;
    const loaded = saved === undefined ? undefined : loadIndex(saved, texts);
    this.index = loaded ?? new InvertedIndex();
    if (!loaded) for (const text of texts) this.index.add(text);
  }

  /** The index as JSON text, for the `saved` parameter of the constructor. */
  save(): string {
    return saveIndex(this.index, this.table.texts);
  }

  /** Add one record's paragraphs to the index. */
  add(record: Pick<DocumentRecord, 'id' | 'body' | 'annexes'>): void {
    const added = this.table.add(record);
    const { texts } = this.table;
    for (let key = texts.length - added; key < texts.length; key++)
      this.index.add(texts[key] as string);
  }

  /**
   * Ranked paragraphs for a query: words (the last as a prefix) and "quoted phrases", which match
   * only where their words stand in that order.
   */
  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { limit = 20, combine = 'and', prefix = true, fuzzy = false } = options;
    const parsed = parseQuery(query);
    const loose = new Set(parsed.terms);
    const terms = [...new Set([...parsed.terms, ...parsed.phrases.flat()])].slice(0, MAX_TERMS);
    const asPrefix = prefix ? parsed.last : null;
    const expanded = terms.map((term) => {
      const own = this.index.expand(term, term === asPrefix);
      const edits = loose.has(term) ? fuzzyEdits(term, fuzzy) : 0;
      const near = edits > 0 ? this.index.expandFuzzy(term, edits) : [];
      return { term, expanded: [...new Set([...own, ...near])] };
    });
    const asked = combine === 'and' ? expanded : expanded.filter((q) => q.expanded.length > 0);
    if (asked.length === 0 || asked.some((q) => q.expanded.length === 0)) return [];
    const bit = (term: string) => (1 << asked.findIndex((q) => q.term === term)) >>> 0;
    const looseBits = asked.reduce((b, q) => (loose.has(q.term) ? b | bit(q.term) : b), 0);
    // A phrase can occur only where all its words are; then the paragraph's words are checked.
    const phrases = parsed.phrases
      .slice(0, MAX_TERMS)
      .filter((p) => p.every((t) => asked.some((q) => q.term === t)))
      .map((p) => ({ terms: p, bits: p.reduce((b, t) => b | bit(t), 0) }));
    if (
      combine === 'and' &&
      parsed.phrases.some((p) => p.some((t) => !asked.some((q) => q.term === t)))
    )
      return [];
    // Per paragraph, each phrase's occurrences as character ranges: found once, kept for highlights.
    const found = new Map<number, Array<Array<[number, number]>>>();
    const occurrences = (key: number, bits: number) => {
      let at = found.get(key);
      if (!at) {
        const { terms: sequence, starts, ends } = wordsOf(this.table.texts[key] as string);
        at = phrases.map((p) =>
          (bits & p.bits) === p.bits
            ? phraseOccurrences(sequence, p.terms).map(([first, last]): [number, number] => [
                starts[first] as number,
                ends[last] as number,
              ])
            : [],
        );
        found.set(key, at);
      }
      return at;
    };
    const accept =
      parsed.phrases.length === 0
        ? undefined
        : (key: number, bits: number) => {
            const at = occurrences(key, bits);
            return combine === 'or'
              ? (bits & looseBits) !== 0 || at.some((o) => o.length > 0)
              : at.every((o) => o.length > 0);
          };
    return this.index.search(asked, combine === 'and', limit, accept).map((hit) => {
      const passage = this.table.passage(hit.key);
      const matched = asked
        .filter((q) => loose.has(q.term) && hit.terms.includes(q.term))
        .flatMap((q) => q.expanded);
      const ranges = this.index.rangesOf(passage.text, matched);
      for (const occurrence of (found.get(hit.key) ?? []).flat()) ranges.push(occurrence);
      return {
        id: passage.id,
        locator: passage.locator,
        pinpoint: this.table.pinpoint(passage),
        score: hit.score,
        terms: hit.terms,
        text: passage.text,
        highlights: merge(ranges),
      };
    });
  }
}
