import type { Run, ScoringView } from './scoring.js';

/**
 * The best `limit` keys offered, highest score first, ties in key order, so that the order keys
 * are offered in does not matter: only a key with score > 0 whose hit bits include `need`, and
 * that `accept` (asked last, of a key that would enter: a phrase check) lets in.
 */
export class Best {
  readonly keys: number[] = [];
  readonly scores: number[] = [];
  readonly bits: number[] = [];
  /** The score of the last kept once `limit` are: a lower score cannot enter. */
  bar = 0;

  constructor(
    private readonly limit: number,
    private readonly need: number,
    private readonly accept?: (key: number, bits: number) => boolean,
  ) {}

  /** Offers one key with its score and hits; returns whether it entered. */
  offer(key: number, score: number, has: number): boolean {
    const { keys, scores, bits, limit } = this;
    if (score <= 0 || score < this.bar || (has & this.need) !== this.need) return false;
    const full = keys.length === limit;
    const last = limit - 1;
    if (full && score === scores[last] && key > (keys[last] as number)) return false;
    if (this.accept && !this.accept(key, has)) return false;
    let at = full ? last : keys.push(key) - 1;
    for (; at > 0; at--) {
      const s = scores[at - 1] as number;
      if (s > score || (s === score && (keys[at - 1] as number) < key)) break;
      keys[at] = keys[at - 1] as number;
      scores[at] = s;
      bits[at] = bits[at - 1] as number;
    }
    keys[at] = key;
    scores[at] = score;
    bits[at] = has;
    if (keys.length === limit) this.bar = scores[last] as number;
    return true;
  }

  /** Offers each of `touched`, with its score and hits read from the scratch arrays. */
  offerEach(touched: Uint32Array, count: number, scores: Float64Array, hits: Uint32Array): void {
    for (let i = 0; i < count; i++) {
      const key = touched[i] as number;
      const score = scores[key] as number;
      // Most keys, once full: rejected before anything else is read.
      if (score < this.bar) continue;
      this.offer(key, score, hits[key] as number);
    }
  }
}

/**
 * The best `limit` keys of a query of one index term: its run scored as it is read, keys and
 * scores kept as they come (keys ascend, so a tie keeps the earlier key), with no scratch to
 * fill and clear. The score of each key is the one `Scratch.accumulate` would give it.
 */
export function topKOfRun(
  view: ScoringView,
  run: Run,
  limit: number,
  accept?: (key: number, bits: number) => boolean,
): Best {
  const { keys, tfs, norms } = view;
  const { weight } = run;
  const best = new Best(limit, 1, accept);
  for (let i = run.from; i < run.to; i++) {
    const key = keys[i] as number;
    const tf = tfs[i] as number;
    const score = (weight * tf) / (tf + (norms[key] as number));
    if (score > best.bar) best.offer(key, score, 1);
  }
  return best;
}
