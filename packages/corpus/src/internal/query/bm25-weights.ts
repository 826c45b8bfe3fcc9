import type { Postings } from './postings.js';
import { B, K1, type ScoringView } from './scoring.js';

/**
 * Each of the first `n` keys' BM25 length normalisation, K1 (1 - B + B length / average), into
 * `norms`: what a key's tf is added to in tf / (tf + normalisation).
 */
export function lengthNorms(
  lengths: Uint32Array,
  n: number,
  totalLength: number,
  norms: Float64Array,
): void {
  const average = totalLength / n;
  for (let key = 0; key < n; key++)
    norms[key] = K1 * (1 - B + (B * (lengths[key] as number)) / average);
}

/**
 * Each of the first `terms` terms' largest tf / (tf + normalisation) over its postings, into
 * `impacts`: a pass over every posting, which makes a term's bound exact.
 */
export function largestImpacts(
  postings: Postings,
  terms: number,
  { keys, tfs, norms }: ScoringView,
  impacts: Float64Array,
): void {
  for (let id = 0; id < terms; id++) {
    const [from, to] = postings.range(id);
    let most = 0;
    for (let i = from; i < to; i++) {
      const tf = tfs[i] as number;
      const impact = tf / (tf + (norms[keys[i] as number] as number));
      if (impact > most) most = impact;
    }
    impacts[id] = most;
  }
}
