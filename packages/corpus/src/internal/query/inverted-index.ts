import { forEachWord, searchTerm } from '../text/terms.js';
import { Postings } from './postings.js';
import { editDistance } from './search-query.js';
import { topK } from './top-k.js';

const K1 = 1.2;
const B = 0.75;

/** A scored entry of the index: its key (the order it was added in) and the query terms it has. */
export interface Scored {
  key: number;
  score: number;
  terms: string[];
}

/**
 * An append-only inverted index with BM25 ranking. Terms are numbered as they are first seen, and
 * their postings kept in typed arrays ({@link Postings}), so that 100,000 documents take little
 * memory and a query reads only the postings of its terms.
 */
export class InvertedIndex {
  private readonly postings = new Postings();
  private readonly termIds = new Map<string, number>();
  private readonly byWord = new Map<string, number>();
  private lengths = new Uint32Array(1024);
  private size_ = 0;
  private totalLength = 0;
  private sorted: string[] | null = null;
  // Per text being added: how often each term occurs, and which terms it has.
  private tf = new Uint32Array(1024);
  private readonly present: number[] = [];
  // Scratch of a query, kept between queries and cleared where touched: a query costs what its
  // postings cost, not the size of the corpus.
  private scores = new Float64Array(0);
  private hits = new Uint32Array(0);
  private touched = new Uint32Array(0);
  private allowed = new Uint8Array(0);
  private allowedKeys = new Uint32Array(0);
  // BM25's length normalisation of each key, for the average length it was computed at.
  private norms = new Float64Array(0);
  private normsAt = -1;

  get size(): number {
    return this.size_;
  }

  /** Index a text; returns its key. */
  add(text: string): number {
    const key = this.size_;
    let length = 0;
    forEachWord(text, (start, end) => {
      const term = this.termOfWord(text.slice(start, end));
      if (term < 0) return;
      length++;
      if (this.tf[term] === 0) this.present.push(term);
      this.tf[term] = (this.tf[term] as number) + 1;
    });
    for (const term of this.present) {
      this.postings.add(term, key, this.tf[term] as number);
      this.tf[term] = 0;
    }
    this.present.length = 0;
    if (key === this.lengths.length) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[key] = length;
    this.size_++;
    this.totalLength += length;
    return key;
  }

  /** The number of a word's term (-1 for a word the index drops), through a word cache. */
  private termOfWord(word: string): number {
    let id = this.byWord.get(word);
    if (id !== undefined) return id;
    const term = searchTerm(word);
    id = term === null ? -1 : (this.termIds.get(term) ?? this.newTerm(term));
    this.byWord.set(word, id);
    return id;
  }

  private newTerm(term: string): number {
    const id = this.termIds.size;
    this.termIds.set(term, id);
    this.sorted = null;
    if (id === this.tf.length) {
      const grown = new Uint32Array(this.tf.length * 2);
      grown.set(this.tf);
      this.tf = grown;
    }
    return id;
  }

  /** The index terms a query term stands for: itself, or every term it begins (prefix). */
  expand(term: string, prefix: boolean): string[] {
    if (!prefix) return this.termIds.has(term) ? [term] : [];
    this.sorted ??= [...this.termIds.keys()].sort();
    const out: string[] = [];
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sorted[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && (this.sorted[i] as string).startsWith(term); i++) {
      out.push(this.sorted[i] as string);
    }
    return out;
  }

  /** The index terms within `edits` edits of a query term (itself first, if indexed). */
  expandFuzzy(term: string, edits: number): string[] {
    const out = this.termIds.has(term) ? [term] : [];
    if (edits <= 0) return out;
    for (const candidate of this.termIds.keys())
      if (candidate !== term && editDistance(term, candidate, edits) <= edits) out.push(candidate);
    return out;
  }

  /**
   * Rank keys by BM25 for up to 32 query terms, each expanded to index terms; with `all`, a key
   * must have every query term. `accept` is asked, last, of each key that would enter the best
   * `limit`, with the bits of the query terms it has (a phrase check). Returns the best `limit`,
   * highest score first, ties in key order.
   */
  search(
    query: ReadonlyArray<{ term: string; expanded: string[] }>,
    all: boolean,
    limit: number,
    accept?: (key: number, bits: number) => boolean,
  ): Scored[] {
    const n = this.size_;
    if (n === 0 || query.length === 0) return [];
    if (this.scores.length < n) {
      const capacity = Math.max(n, this.scores.length * 2);
      this.scores = new Float64Array(capacity);
      this.hits = new Uint32Array(capacity);
      this.touched = new Uint32Array(capacity);
      this.allowed = new Uint8Array(capacity);
      this.allowedKeys = new Uint32Array(capacity);
    }
    const { scores, hits, touched, allowed, postings } = this;
    const norms = this.normsFor(n);
    const { keys, tfs } = postings.arrays();
    // With every term required, only the keys of the rarest term can match: the other terms add
    // to those alone, so the keys touched (then ranked and cleared) are that few.
    const only = all && query.length > 1;
    const allowedCount = only ? this.allowRarest(query) : 0;
    let count = 0;
    try {
      query.forEach(({ expanded }, q) => {
        const bit = (1 << q) >>> 0;
        for (const term of expanded) {
          const [from, to] = postings.range(this.termIds.get(term) as number);
          const df = to - from;
          const weight = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1);
          for (let i = from; i < to; i++) {
            const key = keys[i] as number;
            if (only && allowed[key] === 0) continue;
            const tf = tfs[i] as number;
            if (hits[key] === 0) touched[count++] = key;
            scores[key] = (scores[key] as number) + (weight * tf) / (tf + (norms[key] as number));
            hits[key] = (hits[key] as number) | bit;
          }
        }
      });
      const need = all ? (2 ** query.length - 1) >>> 0 : 0;
      const best = topK(touched.subarray(0, count), scores, hits, need, limit, accept);
      return best.map((key) => ({
        key,
        score: scores[key] as number,
        terms: query
          .filter(({ expanded }) =>
            expanded.some((t) => postings.has(this.termIds.get(t) as number, key)),
          )
          .map((q) => q.term),
      }));
    } finally {
      for (let i = 0; i < count; i++) {
        const key = touched[i] as number;
        scores[key] = 0;
        hits[key] = 0;
      }
      for (let i = 0; i < allowedCount; i++) allowed[this.allowedKeys[i] as number] = 0;
    }
  }

  /** Marks in `allowed` the keys of the query term with the fewest postings; returns how many. */
  private allowRarest(query: ReadonlyArray<{ expanded: string[] }>): number {
    const ranges = query.map(({ expanded }) =>
      expanded.map((term) => this.postings.range(this.termIds.get(term) as number)),
    );
    const size = (rs: Array<[number, number]>) =>
      rs.reduce((sum, [from, to]) => sum + to - from, 0);
    const { keys } = this.postings.arrays();
    const { allowed, allowedKeys } = this;
    let count = 0;
    for (const [from, to] of ranges.reduce((a, b) => (size(b) < size(a) ? b : a)))
      for (let i = from; i < to; i++) {
        const key = keys[i] as number;
        if (allowed[key] === 1) continue;
        allowed[key] = 1;
        allowedKeys[count++] = key;
      }
    return count;
  }

  /** K1 (1 - B + B length / average) of each key, computed again only when keys were added. */
  private normsFor(n: number): Float64Array {
    if (this.normsAt === n) return this.norms;
    if (this.norms.length < n) this.norms = new Float64Array(this.scores.length);
    const average = this.totalLength / n;
    for (let key = 0; key < n; key++)
      this.norms[key] = K1 * (1 - B + (B * (this.lengths[key] as number)) / average);
    this.normsAt = n;
    return this.norms;
  }
}
