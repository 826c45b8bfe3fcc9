import { Prober, type Run, type ScoringView, type Scratch } from './scoring.js';
import { topK } from './top-k.js';

const BUCKETS = 64;
// The first sweep scores the best buckets up to this many candidates a result asked for.
const FIRST = 16;
// Scoring a key whole seeks it in every run of the other terms: past this many runs (a short
// prefix as you type, "Soviet tr", stands for hundreds of terms) reading all postings costs less.
const MAX_PROBED_RUNS = 16;
// Pruning pays where the other terms have this many times the lead's postings or more; below,
// reading them costs little more than the lead's own postings, which every way reads.
const SPARSER = 2;
// What seeking a key in a run costs, in postings read in order (measured on the search bench).
const SEEK_COST = 8;

const size = (runs: Run[]) => runs.reduce((sum, r) => sum + r.to - r.from, 0);

/** The query term with the fewest postings: only its keys can have every term. */
export function leadOf(query: Run[][]): number {
  let lead = 0;
  for (let q = 1; q < query.length; q++)
    if (size(query[q] as Run[]) < size(query[lead] as Run[])) lead = q;
  return lead;
}

/**
 * The best `limit` keys that have every query term, as {@link topK} would rank them over every
 * such key (MaxScore pruning of a conjunction):
 *
 * 1. Only the keys of the rarest query term (the lead) can match; the lead's runs give each its
 *    partial score.
 * 2. The other terms add at most `rest`, the sum of their runs' bounds. A key whose partial score
 *    plus `rest` is below the score of the `limit`-th best match found so far cannot enter.
 * 3. The rest are scored whole ({@link Prober}): first the best partial scores (by bucket), so
 *    that the bar rises at once, then the others that can still reach it. On our 100,000-document
 *    bench that is a tenth of the lead's keys or fewer.
 *
 * The keys scored whole keep their whole score and hits in `scratch`; returns the best of them,
 * or `undefined`, with nothing kept in `scratch`, when seeking keys in the other terms' runs would
 * cost more than reading them: too many runs, or too many keys left above the bar.
 */
export function bestWithEveryTerm(
  view: ScoringView,
  query: Run[][],
  scratch: Scratch,
  limit: number,
  accept?: (key: number, bits: number) => boolean,
): number[] | undefined {
  const lead = leadOf(query);
  const probed = query.reduce((n, runs, q) => (q === lead ? n : n + runs.length), 0);
  const others = query.reduce((n, runs, q) => (q === lead ? n : n + size(runs)), 0);
  if (probed > MAX_PROBED_RUNS || others < SPARSER * size(query[lead] as Run[])) return undefined;
  for (const run of query[lead] as Run[]) scratch.accumulate(view, run, 1);
  let rest = 0;
  for (let q = 0; q < query.length; q++)
    if (q !== lead) for (const run of query[q] as Run[]) rest += run.bound;

  const { scores, hits, touched } = scratch;
  const candidates = touched.subarray(0, scratch.count);
  const need = (2 ** query.length - 1) >>> 0;
  // The scores of the best `limit` accepted matches so far, highest first; the bar is the last.
  const best: number[] = [];
  const scored: number[] = [];
  const prober = new Prober(view, query);
  const score = (key: number) => {
    prober.probe(key);
    const { score: whole, bits } = prober;
    scores[key] = whole;
    hits[key] = bits;
    scored.push(key);
    if (bits !== need || whole <= 0) return;
    if (best.length === limit && whole < (best[limit - 1] as number)) return;
    if (accept && !accept(key, bits)) return;
    let i = best.length < limit ? best.push(whole) - 1 : limit - 1;
    for (; i > 0 && (best[i - 1] as number) < whole; i--) best[i] = best[i - 1] as number;
    best[i] = whole;
  };
  // Each candidate's bucket of partial score (0 the highest), and how many fall in each.
  const ceiling = (query[lead] as Run[]).reduce((sum, r) => sum + r.bound, 0);
  const buckets = scratch.buckets;
  const counts = new Uint32Array(BUCKETS);
  for (let i = 0; i < candidates.length; i++) {
    const partial = scores[candidates[i] as number] as number;
    const b = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.floor((partial / ceiling) * BUCKETS));
    buckets[i] = b;
    counts[b] = (counts[b] as number) + 1;
  }
  // First the best buckets, enough for the bar to stand near where it ends; then the others. Both
  // sweeps go in key order, where each run's cursor moves only forward, a few postings a key.
  let first = 0;
  for (let seen = 0; first < BUCKETS && seen < FIRST * limit; first++)
    seen += counts[first] as number;
  for (let i = 0; i < candidates.length; i++)
    if ((buckets[i] as number) < first) score(candidates[i] as number);
  // The margin covers the rounding of sums taken in another order; it only scores more keys.
  const reaches = (key: number) => {
    if (best.length < limit) return true;
    const bar = best[limit - 1] as number;
    return (scores[key] as number) + rest >= bar - 1e-9 * (1 + bar);
  };
  // Where the bar leaves too many keys to seek in the other runs, reading those runs whole costs
  // less: give up, with nothing kept, and let the caller do that.
  let left = 0;
  for (let i = 0; i < candidates.length; i++)
    if ((buckets[i] as number) >= first && reaches(candidates[i] as number)) left++;
  if (left * probed * SEEK_COST > others) {
    scratch.clear();
    return undefined;
  }
  for (let i = 0; i < candidates.length; i++) {
    const key = candidates[i] as number;
    if ((buckets[i] as number) >= first && reaches(key)) score(key);
  }
  return topK(Uint32Array.from(scored), scores, hits, need, limit, accept);
}
