import { leadOf, leapfrog } from './leapfrog.js';
import type { Run, ScoringView } from './scoring.js';
import type { Scratch } from './scratch.js';
import { termAtATime } from './term-at-a-time.js';
import { Best, topKOfRun } from './top-k.js';

/**
 * The best `limit` of `keys` keys for a query, given as each query term's runs: with `all`, of the
 * keys that have every query term. Each query is ranked the cheapest way that gives the same keys
 * and scores: one run as it is read, an AND of single runs document at a time with pruning,
 * anything else term at a time, the only way that needs `scratch` (grown to the keys then).
 */
export function rank(
  view: ScoringView,
  runs: Run[][],
  keys: number,
  all: boolean,
  limit: number,
  scratch: Scratch,
  accept?: (key: number, bits: number) => boolean,
): Best {
  if (all && runs.some((term) => term.length === 0)) return new Best(limit, 0);
  if (runs.length === 1 && runs[0]?.length === 1)
    return topKOfRun(view, runs[0][0] as Run, limit, accept);
  const every = all && runs.length > 1;
  const need = all ? (2 ** runs.length - 1) >>> 0 : 0;
  const best = every ? leapfrog(view, runs, limit, accept) : undefined;
  if (best) return best;
  return byBlocks(
    view,
    runs,
    keys,
    scratch,
    every ? leadOf(runs) : -1,
    new Best(limit, need, accept),
  );
}

// Term at a time, each block's keys ranked and cleared while they are in the cache. With every
// term required, only the keys of the rarest (the lead) can match.
function byBlocks(
  view: ScoringView,
  runs: Run[][],
  keys: number,
  scratch: Scratch,
  lead: number,
  best: Best,
): Best {
  scratch.grow(keys);
  try {
    termAtATime(view, runs, scratch, lead, keys, (from, to) => {
      best.offerEach(scratch.touched, scratch.count, scratch.scores, scratch.hits);
      scratch.clear(from, to);
    });
    return best;
  } finally {
    scratch.clear();
  }
}
