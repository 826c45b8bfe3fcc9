import { Prober } from './prober.js';
import type { Run, ScoringView } from './scoring.js';
import { Best } from './top-k.js';

const size = (runs: Run[]) => runs.reduce((sum, r) => sum + r.to - r.from, 0);

/** The query term with the fewest postings: only its keys can have every term. */
export function leadOf(query: Run[][]): number {
  let lead = 0;
  for (let q = 1; q < query.length; q++)
    if (size(query[q] as Run[]) < size(query[lead] as Run[])) lead = q;
  return lead;
}

/**
 * The best `limit` keys that have every query term, document at a time: the lead's keys in
 * ascending order, each skipped when its partial score plus `rest`, the most the other terms add,
 * cannot pass the bar (MaxScore), else scored whole ({@link Prober}, whose cursors only move
 * forward). Every array is read in key order, where term at a time adds to scores all over the
 * corpus.
 *
 * Returns `undefined` when a query term stands for several index terms (a prefix as typed, a
 * fuzzy word): each key would be sought in every one of their runs, and on the search bench
 * reading the runs whole cost less in every such query measured (up to 30 times less for a
 * two-letter prefix), while with one run a term this way cost a third of that or less.
 */
export function leapfrog(
  view: ScoringView,
  query: Run[][],
  limit: number,
  accept?: (key: number, bits: number) => boolean,
): Best | undefined {
  if (query.some((runs) => runs.length !== 1)) return undefined;
  const { keys, tfs, norms } = view;
  const lead = leadOf(query);
  const run = (query[lead] as Run[])[0] as Run;
  const rest = query.reduce((sum, runs, q) => (q === lead ? sum : sum + (runs[0] as Run).bound), 0);
  const best = new Best(limit, (2 ** query.length - 1) >>> 0, accept);
  const prober = new Prober(view, query);
  // A key whose lead's part is below `cut` cannot reach the bar. The margin covers the rounding
  // of sums taken in another order; it only scores more keys.
  let cut = Number.NEGATIVE_INFINITY;
  for (let i = run.from; i < run.to; i++) {
    const key = keys[i] as number;
    const tf = tfs[i] as number;
    if ((run.weight * tf) / (tf + (norms[key] as number)) < cut) continue;
    prober.probe(key);
    if (best.offer(key, prober.score, prober.bits) && best.keys.length === limit)
      cut = best.bar - 1e-9 * (1 + best.bar) - rest;
  }
  return best;
}
