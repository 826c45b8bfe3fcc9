import { Bm25Weights } from './bm25-weights.js';
import { Postings } from './postings.js';
import { rank } from './rank.js';
import { K1, type Run, type ScoringView } from './scoring.js';
import { Scratch } from './scratch.js';
import { TermCounts } from './term-counts.js';
import { TermDictionary } from './term-dictionary.js';

/** A scored entry of the index: its key (the order it was added in) and the query terms it has. */
export interface Scored {
  key: number;
  score: number;
  terms: string[];
}

/** An index's contents as plain arrays of strings and whole numbers (see `index-snapshot.ts`). */
export interface IndexParts {
  /** Every term, in the order of its number. */
  terms: string[];
  /** The start of each term's run of postings, and the end of the last. */
  starts: ArrayLike<number>;
  keys: ArrayLike<number>;
  tfs: ArrayLike<number>;
  /** Each key's length in indexed words. */
  lengths: ArrayLike<number>;
}

/**
 * An append-only inverted index with BM25 ranking. Terms are numbered as they are first seen, and
 * their postings kept in typed arrays ({@link Postings}), so that 100,000 documents take little
 * memory and a query reads only the postings of its terms.
 */
export class InvertedIndex {
  private readonly postings = new Postings();
  private readonly counts = new TermCounts();
  private readonly terms = new TermDictionary((n) => this.counts.reserve(n));
  private readonly weights = new Bm25Weights();
  private readonly scratch = new Scratch();

  get size(): number {
    return this.weights.size;
  }

  /** The contents, to be loaded again with {@link InvertedIndex.fromParts}. */
  parts(): IndexParts {
    const { starts, keys, tfs } = this.postings.runs();
    return {
      terms: this.terms.terms(),
      starts,
      keys,
      tfs,
      lengths: this.weights.keyLengths,
    };
  }

  /** An index with these contents: as it was when {@link parts} was taken, more texts and all. */
  static fromParts(parts: IndexParts): InvertedIndex {
    const index = new InvertedIndex();
    index.terms.load(parts.terms);
    index.postings.load(Uint32Array.from(parts.starts), Uint32Array.from(parts.keys), parts.tfs);
    index.weights.load(parts.lengths);
    return index;
  }

  /** Index a text; returns its key. */
  add(text: string): number {
    const key = this.weights.size;
    const { counts, terms } = this;
    const n = terms.read(text);
    // Taken after the read, which grows the array for a long text.
    counts.count(terms.readIds, n);
    this.postings.addKey(key, counts.terms, counts.tfs, counts.distinct);
    this.weights.add(counts.length);
    return key;
  }

  /** See {@link TermDictionary.rangesOf}. */
  rangesOf(text: string, terms: Iterable<string>): Array<[number, number]> {
    return this.terms.rangesOf(text, terms);
  }

  /** See {@link TermDictionary.expand}. */
  expand(term: string, prefix: boolean): string[] {
    return this.terms.expand(term, prefix);
  }

  /** See {@link TermDictionary.expandFuzzy}. */
  expandFuzzy(term: string, edits: number): string[] {
    return this.terms.expandFuzzy(term, edits);
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
    const n = this.weights.size;
    if (n === 0 || query.length === 0 || limit < 1) return [];
    const view = this.view();
    const runs = query.map(({ expanded }) => expanded.map((term) => this.runOf(term, n, view)));
    const best = rank(view, runs, n, all, limit, this.scratch, accept);
    // Each key's hit bits already say which query terms it has.
    return best.keys.map((key, i) => ({
      key,
      score: best.scores[i] as number,
      terms: query.filter((_, q) => ((best.bits[i] as number) >>> q) & 1).map((q) => q.term),
    }));
  }

  /** The most an index term adds to any key's score (what the pruning of AND relies on). */
  boundOf(term: string): number {
    const n = this.weights.size;
    if (n === 0 || this.terms.idOf(term) === undefined) return 0;
    return this.runOf(term, n, this.view()).bound;
  }

  /** A term's run, weight and bound in an index of `n` keys, the keys there are now. */
  private runOf(term: string, n: number, view: ScoringView): Run {
    const id = this.terms.idOf(term) as number;
    const [from, to] = this.postings.range(id);
    const df = to - from;
    const weight = Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (K1 + 1);
    const impact = this.weights.impact(id, view, from, to);
    return { from, to, weight, bound: weight * impact };
  }

  /** The postings, and each key's length normalisation for the keys there are now. */
  private view(): ScoringView {
    const { keys, tfs } = this.postings.arrays();
    return { keys, tfs, norms: this.weights.norms() };
  }
}
