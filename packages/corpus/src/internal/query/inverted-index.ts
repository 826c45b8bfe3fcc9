import { forEachWord, searchTerm } from '../text/terms.js';
import { editDistance } from './search-query.js';

const K1 = 1.2;
const B = 0.75;

/** A scored entry of the index: its key (the order it was added in) and the query terms it has. */
export interface Scored {
  key: number;
  score: number;
  terms: string[];
}

/**
 * An append-only inverted index with BM25 ranking. Postings are flat arrays of
 * (key, term frequency) pairs in ascending key order, which keeps 100,000 documents in memory
 * cheaply and lets a query test membership by binary search.
 */
export class InvertedIndex {
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private sorted: string[] | null = null;
  private readonly byWord = new Map<string, number[] | null>();
  // Scratch of a query, kept between queries and cleared where touched: a query costs what its
  // postings cost, not the size of the corpus.
  private scores = new Float64Array(0);
  private hits = new Uint32Array(0);
  private touched = new Uint32Array(0);

  get size(): number {
    return this.lengths.length;
  }

  /** Index a text; returns its key. */
  add(text: string): number {
    const key = this.lengths.length;
    let length = 0;
    forEachWord(text, (start, end) => {
      const list = this.postingsOfWord(text.slice(start, end));
      if (list === null) return;
      length++;
      if (list[list.length - 2] === key)
        list[list.length - 1] = (list[list.length - 1] as number) + 1;
      else list.push(key, 1);
    });
    this.lengths.push(length);
    this.totalLength += length;
    this.sorted = null;
    return key;
  }

  /** The postings of a word's term, found through a word cache: one map lookup per token. */
  private postingsOfWord(word: string): number[] | null {
    let list = this.byWord.get(word);
    if (list !== undefined) return list;
    const term = searchTerm(word);
    list = term === null ? null : (this.postings.get(term) ?? []);
    if (term !== null && list !== null && list.length === 0) this.postings.set(term, list);
    this.byWord.set(word, list);
    return list;
  }

  /** The index terms a query term stands for: itself, or every term it begins (prefix). */
  expand(term: string, prefix: boolean): string[] {
    if (!prefix) return this.postings.has(term) ? [term] : [];
    this.sorted ??= [...this.postings.keys()].sort();
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
    const out = this.postings.has(term) ? [term] : [];
    if (edits <= 0) return out;
    for (const candidate of this.postings.keys())
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
    const n = this.lengths.length;
    if (n === 0 || query.length === 0) return [];
    if (this.scores.length < n) {
      const capacity = Math.max(n, this.scores.length * 2);
      this.scores = new Float64Array(capacity);
      this.hits = new Uint32Array(capacity);
      this.touched = new Uint32Array(capacity);
    }
    const { scores, hits, touched } = this;
    let count = 0;
    const average = this.totalLength / n;
    try {
      query.forEach(({ expanded }, q) => {
        const bit = (1 << q) >>> 0;
        for (const term of expanded) {
          const list = this.postings.get(term) as number[];
          const df = list.length / 2;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          for (let i = 0; i < list.length; i += 2) {
            const key = list[i] as number;
            const tf = list[i + 1] as number;
            const norm = K1 * (1 - B + (B * (this.lengths[key] as number)) / average);
            if (hits[key] === 0) touched[count++] = key;
            scores[key] = (scores[key] as number) + (idf * tf * (K1 + 1)) / (tf + norm);
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
          .filter(({ expanded }) => expanded.some((t) => this.has(t, key)))
          .map((q) => q.term),
      }));
    } finally {
      for (let i = 0; i < count; i++) {
        const key = touched[i] as number;
        scores[key] = 0;
        hits[key] = 0;
      }
    }
  }

  private has(term: string, key: number): boolean {
    const list = this.postings.get(term);
    if (!list) return false;
    let lo = 0;
    let hi = list.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const k = list[mid * 2] as number;
      if (k === key) return true;
      if (k < key) lo = mid + 1;
      else hi = mid;
    }
    return false;
  }
}

/**
 * Of the keys a query touched, the `limit` with the highest scores whose hit bits include `need`
 * (and score > 0), ties in key order, so the order they were touched in does not matter.
 */
function topK(
  keys: Uint32Array,
  scores: Float64Array,
  hits: Uint32Array,
  need: number,
  limit: number,
  accept?: (key: number, bits: number) => boolean,
): number[] {
  const best: number[] = [];
  const worse = (a: number, b: number) =>
    (scores[a] as number) < (scores[b] as number) || (scores[a] === scores[b] && a > b);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if ((scores[key] as number) <= 0 || ((hits[key] as number) & need) !== need) continue;
    const enters = best.length < limit || worse(best[best.length - 1] as number, key);
    if (!enters || (accept && !accept(key, hits[key] as number))) continue;
    if (best.length < limit) best.push(key);
    else best[best.length - 1] = key;
    for (let i = best.length - 1; i > 0 && worse(best[i - 1] as number, best[i] as number); i--) {
      [best[i - 1], best[i]] = [best[i] as number, best[i - 1] as number];
    }
  }
  return best;
}
