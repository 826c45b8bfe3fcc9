import { B, K1, type ScoringView } from './scoring.js';

/**
 * Each key's length in indexed words, and what BM25 makes of the lengths: each key's length
 * normalisation, K1 (1 - B + B length / average), what its tf is added to in tf / (tf +
 * normalisation); and each term's largest impact, the largest such fraction over its postings.
 * Both are for the keys there were when last asked, and an impact is computed when first asked.
 */
export class Bm25Weights {
  private lengths = new Uint32Array(1024);
  private keys = 0;
  private total = 0;
  private normalised = new Float64Array(0);
  // -1: not yet computed for these keys.
  private impacts = new Float64Array(0);
  private at = -1;

  /** How many keys there are. */
  get size(): number {
    return this.keys;
  }

  /** Each key's length. */
  get keyLengths(): Uint32Array {
    return this.lengths.subarray(0, this.keys);
  }

  /** Adds the next key, of `length` words. */
  add(length: number): void {
    if (this.keys === this.lengths.length) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[this.keys++] = length;
    this.total += length;
  }

  /** Takes each key's length, in place of any keys added. */
  load(lengths: ArrayLike<number>): void {
    this.lengths = Uint32Array.from(lengths);
    this.keys = this.lengths.length;
    this.total = 0;
    for (const length of this.lengths) this.total += length;
    this.at = -1;
  }

  /** Each key's length normalisation, for the keys there are now. */
  norms(): Float64Array {
    const n = this.keys;
    if (this.at === n) return this.normalised;
    if (this.normalised.length < n)
      this.normalised = new Float64Array(Math.max(n, this.normalised.length * 2));
    const average = this.total / n;
    for (let key = 0; key < n; key++)
      this.normalised[key] = K1 * (1 - B + (B * (this.lengths[key] as number)) / average);
    this.impacts.fill(-1);
    this.at = n;
    return this.normalised;
  }

  /**
   * A term's largest tf / (tf + normalisation) over its run of postings in `view` (taken with
   * {@link norms} for the keys there are now): with the term's weight, exactly the most it adds
   * to any key's score.
   */
  impact(term: number, view: ScoringView, from: number, to: number): number {
    if (term >= this.impacts.length) {
      const grown = new Float64Array(Math.max(term + 1, this.impacts.length * 2)).fill(-1);
      grown.set(this.impacts);
      this.impacts = grown;
    }
    const known = this.impacts[term] as number;
    if (known >= 0) return known;
    const { keys, tfs, norms } = view;
    let most = 0;
    for (let i = from; i < to; i++) {
      const tf = tfs[i] as number;
      const impact = tf / (tf + (norms[keys[i] as number] as number));
      if (impact > most) most = impact;
    }
    this.impacts[term] = most;
    return most;
  }
}
