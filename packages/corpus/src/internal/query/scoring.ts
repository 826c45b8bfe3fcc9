/** BM25's k1 and b, as textbook BM25 sets them. */
export const K1 = 1.2;
export const B = 0.75;

/**
 * One index term of a query term, as a query scores it: its run in the postings arrays, its
 * weight (idf × (k1 + 1)) and `bound`, the most it adds to any key's score.
 */
export interface Run {
  from: number;
  to: number;
  weight: number;
  bound: number;
}

/** The postings laid end to end, and BM25's length normalisation of each key. */
export interface ScoringView {
  keys: Uint32Array;
  tfs: Uint32Array;
  norms: Float64Array;
}

/**
 * A query's scratch, kept between queries and cleared only where touched, so that a query costs
 * what its postings cost, not the size of the corpus: each touched key's score and the bits of
 * the query terms it has, and the keys touched.
 */
export class Scratch {
  scores = new Float64Array(0);
  hits = new Uint32Array(0);
  touched = new Uint32Array(0);
  count = 0;
  // The keys {@link accumulateOnly} may touch, marked, and listed to clear them.
  private allowed = new Uint8Array(0);
  private allowedKeys = new Uint32Array(0);
  private allowedCount = 0;

  /** Room for `n` keys. */
  grow(n: number): void {
    if (this.scores.length >= n) return;
    const capacity = Math.max(n, this.scores.length * 2);
    this.scores = new Float64Array(capacity);
    this.hits = new Uint32Array(capacity);
    this.touched = new Uint32Array(capacity);
    this.allowed = new Uint8Array(capacity);
    this.allowedKeys = new Uint32Array(capacity);
  }

  /**
   * Lets {@link accumulateOnly} touch only the keys of this run below `below`, from posting `at`;
   * returns the posting it stopped at.
   */
  allowOnly(view: ScoringView, run: Run, at = run.from, below = Number.POSITIVE_INFINITY): number {
    const { keys } = view;
    const { allowed, allowedKeys } = this;
    let count = this.allowedCount;
    let i = at;
    for (; i < run.to; i++) {
      const key = keys[i] as number;
      if (key >= below) break;
      if (allowed[key] === 1) continue;
      allowed[key] = 1;
      allowedKeys[count++] = key;
    }
    this.allowedCount = count;
    return i;
  }

  /**
   * {@link accumulate}, for the keys marked in `only` alone: those {@link allowOnly} allowed, or,
   * given {@link hits}, those already touched.
   */
  accumulateOnly(
    view: ScoringView,
    run: Run,
    bit: number,
    only: Uint8Array | Uint32Array = this.allowed,
    at = run.from,
    below = Number.POSITIVE_INFINITY,
  ): number {
    const { keys, tfs, norms } = view;
    const { scores, hits, touched } = this;
    const { weight } = run;
    let count = this.count;
    let i = at;
    for (; i < run.to; i++) {
      const key = keys[i] as number;
      if (key >= below) break;
      if (only[key] === 0) continue;
      const tf = tfs[i] as number;
      if (hits[key] === 0) touched[count++] = key;
      scores[key] = (scores[key] as number) + (weight * tf) / (tf + (norms[key] as number));
      hits[key] = (hits[key] as number) | bit;
    }
    this.count = count;
    return i;
  }

  /**
   * Adds a run's score to each of its keys below `below`, from posting `at`, and `bit` to their
   * hits (term at a time); returns the posting it stopped at.
   */
  accumulate(
    view: ScoringView,
    run: Run,
    bit: number,
    at = run.from,
    below = Number.POSITIVE_INFINITY,
  ): number {
    const { keys, tfs, norms } = view;
    const { scores, hits, touched } = this;
    const { weight } = run;
    let count = this.count;
    let i = at;
    for (; i < run.to; i++) {
      const key = keys[i] as number;
      if (key >= below) break;
      const tf = tfs[i] as number;
      if (hits[key] === 0) touched[count++] = key;
      scores[key] = (scores[key] as number) + (weight * tf) / (tf + (norms[key] as number));
      hits[key] = (hits[key] as number) | bit;
    }
    this.count = count;
    return i;
  }

  /** Sets a key's whole score and hits, found another way, to be read and cleared as the rest. */
  keep(key: number, score: number, bits: number): void {
    if (this.hits[key] === 0) this.touched[this.count++] = key;
    this.scores[key] = score;
    this.hits[key] = bits;
  }

  /** Zeroes what the last query touched. */
  clear(): void {
    const { scores, hits, touched } = this;
    for (let i = 0; i < this.count; i++) {
      const key = touched[i] as number;
      scores[key] = 0;
      hits[key] = 0;
    }
    this.count = 0;
    for (let i = 0; i < this.allowedCount; i++) this.allowed[this.allowedKeys[i] as number] = 0;
    this.allowedCount = 0;
  }
}
