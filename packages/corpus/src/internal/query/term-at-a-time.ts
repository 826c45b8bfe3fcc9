import type { Run, ScoringView } from './scoring.js';
import type { Scratch } from './scratch.js';

/**
 * Keys a block of the term-at-a-time pass covers: what a key's score, hits, norm and mark take
 * (21 bytes) times this stays within a core's cache. Each run of a block's keys is read before
 * the next block, so that a query term standing for several index terms (a prefix as typed)
 * sweeps the scores once, not once for each of its runs: at 500,000 keys the arrays swept are
 * larger than the cache, and every sweep read them from memory again.
 */
const BLOCK = 32_768;

/**
 * Every run's scores summed into `scratch`, term at a time, block by block of keys. With `lead`
 * at 0 or above (every term required), only the keys of that query term are scored: when it is
 * the first, the keys it touched are those; else they are marked before. The sums are taken in
 * the same order for each key as one pass over each run whole would take them (query term by
 * query term, run by run), so each key's score is the same to the last bit.
 */
export function termAtATime(
  view: ScoringView,
  query: Run[][],
  scratch: Scratch,
  lead: number,
  keys: number,
  done?: (from: number, to: number) => void,
  block = BLOCK,
): void {
  const at = query.map((runs) => runs.map((run) => run.from));
  const marked = lead > 0 ? (query[lead] as Run[]).map((run) => run.from) : [];
  for (let below = block; ; below += block) {
    const from = below - block;
    const to = Math.min(below, keys);
    if (lead > 0)
      (query[lead] as Run[]).forEach((run, r) => {
        marked[r] = scratch.allowOnly(view, run, marked[r], below);
      });
    const before = scratch.count;
    let dense = false;
    query.forEach((runs, q) => {
      // With the first term leading, whether its keys are a quarter of the block's or more.
      if (q === 1 && lead === 0) dense = (scratch.count - before) * 4 >= to - from;
      const bit = (1 << q) >>> 0;
      const next = at[q] as number[];
      runs.forEach((run, r) => {
        const start = next[r] as number;
        if (start === run.to) return;
        next[r] =
          lead < 0 || (lead === 0 && q === 0)
            ? scratch.accumulate(view, run, bit, start, below)
            : lead === 0
              ? scratch.accumulateTouched(view, run, bit, dense, start, below)
              : scratch.accumulateOnly(view, run, bit, start, below);
      });
    });
    done?.(from, to);
    if (below >= keys) return;
  }
}
