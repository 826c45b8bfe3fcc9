import MiniSearch from 'minisearch';
import { formatLocator, type Passage, passages } from '../passages.js';
import type { DocumentRecord } from '../schema.js';
import type { Locator } from '../schema-text.js';
import { searchTerm, tokens } from './terms.js';

/** A paragraph that matches a search, with the words to highlight. */
export interface SearchHit {
  id: string;
  locator: Locator;
  /** The pinpoint to cite, e.g. "para. 3" or "annex, para. 2". */
  pinpoint: string;
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
  /** Let the last query word match as a prefix (default true). */
  prefix?: boolean;
  /** Allowed edit distance as a fraction of word length, e.g. 0.2 (default 0: exact terms). */
  fuzzy?: number;
}

const tokenize = (text: string) => [...tokens(text)].map((t) => t.word);

/** A paragraph-level full-text index of a set of records (BM25 ranking through MiniSearch). */
export class SearchIndex {
  private readonly mini = new MiniSearch<Passage & { key: number }>({
    idField: 'key',
    fields: ['text'],
    tokenize,
    processTerm: (term) => searchTerm(term),
  });
  private readonly byKey: Passage[] = [];
  private readonly annexCount = new Map<string, number>();

  constructor(records: Iterable<Pick<DocumentRecord, 'id' | 'body' | 'annexes'>>) {
    for (const record of records) this.add(record);
  }

  /** Add one record's paragraphs to the index. */
  add(record: Pick<DocumentRecord, 'id' | 'body' | 'annexes'>): void {
    this.annexCount.set(record.id, record.annexes.length);
    const batch = [];
    for (const passage of passages(record)) {
      batch.push({ ...passage, key: this.byKey.length });
      this.byKey.push(passage);
    }
    this.mini.addAll(batch);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const { limit = 20, combine = 'and', prefix = true, fuzzy = 0 } = options;
    const words = tokenize(query);
    const last = words.at(-1);
    const results = this.mini.search(query, {
      combineWith: combine === 'or' ? 'OR' : 'AND',
      prefix: prefix ? (term) => last !== undefined && searchTerm(last) === term : false,
      fuzzy: fuzzy > 0 ? fuzzy : false,
    });
    return results.slice(0, limit).map((r) => {
      const passage = this.byKey[r.id as number] as Passage;
      const matched = new Set(r.terms);
      return {
        id: passage.id,
        locator: passage.locator,
        pinpoint: formatLocator(passage.locator, this.annexCount.get(passage.id)),
        score: r.score,
        terms: r.queryTerms,
        text: passage.text,
        highlights: [...tokens(passage.text)]
          .filter((t) => matched.has(searchTerm(t.word) ?? ''))
          .map((t): [number, number] => [t.start, t.end]),
      };
    });
  }
}
