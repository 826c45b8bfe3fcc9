import { formatLocator, type Passage, passages } from '../passages.js';
import type { DocumentRecord } from '../schema.js';
import type { Locator } from '../schema-text.js';
import { InvertedIndex } from './inverted-index.js';
import { searchTerm, searchTerms, tokens } from './terms.js';

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
  /** Let the last query word match as a prefix, as you type (default true). */
  prefix?: boolean;
}

const MAX_TERMS = 32;

/** A paragraph-level full-text index of a set of records, ranked by BM25. */
export class SearchIndex {
  private readonly index = new InvertedIndex();
  private readonly byKey: Passage[] = [];
  private readonly annexCount = new Map<string, number>();

  constructor(records: Iterable<Pick<DocumentRecord, 'id' | 'body' | 'annexes'>>) {
    for (const record of records) this.add(record);
  }

  /** Add one record's paragraphs to the index. */
  add(record: Pick<DocumentRecord, 'id' | 'body' | 'annexes'>): void {
    this.annexCount.set(record.id, record.annexes.length);
    for (const passage of passages(record)) {
      this.index.add(passage.text);
      this.byKey.push(passage);
    }
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { limit = 20, combine = 'and', prefix = true } = options;
    const terms = [...new Set(searchTerms(query))].slice(0, MAX_TERMS);
    const expanded = terms.map((term, i) => ({
      term,
      expanded: this.index.expand(term, prefix && i === terms.length - 1),
    }));
    const asked = combine === 'and' ? expanded : expanded.filter((q) => q.expanded.length > 0);
    if (asked.some((q) => q.expanded.length === 0)) return [];
    return this.index.search(asked, combine === 'and', limit).map((hit) => {
      const passage = this.byKey[hit.key] as Passage;
      const matched = new Set(
        asked.filter((q) => hit.terms.includes(q.term)).flatMap((q) => q.expanded),
      );
      return {
        id: passage.id,
        locator: passage.locator,
        pinpoint: formatLocator(passage.locator, this.annexCount.get(passage.id)),
        score: hit.score,
        terms: hit.terms,
        text: passage.text,
        highlights: [...tokens(passage.text)]
          .filter((t) => matched.has(searchTerm(t.word) ?? ''))
          .map((t): [number, number] => [t.start, t.end]),
      };
    });
  }
}
