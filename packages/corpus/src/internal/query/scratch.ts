import type { Run, ScoringView } from './scoring.js';

/**
 * A query's scratch, kept between queries and cleared only where touched, so that a query costs
 * what its postings cost, not the size of the corpus: each touched key's score and the bits of
 * the query terms it has, and the keys touched. Its methods are the term-at-a-time pass's inner
 * loops, each a run's postings read from one point to a key.
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

  /** {@link accumulate}, for the keys {@link allowOnly} allowed alone. */
  accumulateOnly(
    view: ScoringView,
    run: Run,
    bit: number,
    at = run.from,
    below = Number.POSITIVE_INFINITY,
  ): number {
    const { keys, tfs, norms } = view;
    const { scores, hits, touched, allowed: only } = this;
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
   * {@link accumulate}, for the keys already touched alone: those of the query term that leads.
   * Where they are `dense` (a quarter of the keys or more), with no branch on whether a key was
   * touched, which would be mispredicted for many keys; else only those keys' scores are read.
   */
  accumulateTouched(
    view: ScoringView,
    run: Run,
    bit: number,
    dense: boolean,
    at = run.from,
    below = Number.POSITIVE_INFINITY,
  ): number {
    const { keys, tfs, norms } = view;
    const { scores, hits } = this;
    const { weight } = run;
    let i = at;
    for (; i < run.to; i++) {
      const key = keys[i] as number;
      if (key >= below) break;
      const h = hits[key] as number;
      if (!dense && h === 0) continue;
      // 1 for a key touched, else 0.
      const touched = (h | -h) >>> 31;
      const tf = tfs[i] as number;
      scores[key] =
        (scores[key] as number) + (touched * weight * tf) / (tf + (norms[key] as number));
      hits[key] = h | (bit & -touched);
    }
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

  /**
   * Zeroes what the last query touched: when the keys touched are `from` and above, below `to`,
   * and many of them, by zeroing that range whole.
   */
  clear(from = 0, to = Number.POSITIVE_INFINITY): void {
    const { scores, hits, touched } = this;
    if (this.count * 4 >= to - from) {
      scores.fill(0, from, to);
      hits.fill(0, from, to);
    } else
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
