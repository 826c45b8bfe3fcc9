import type { Tfs } from './postings.js';

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
  tfs: Tfs;
  norms: Float64Array;
}
