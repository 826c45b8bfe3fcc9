import type { Run, ScoringView, Scratch } from './scoring.js';

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
  block = BLOCK,
): void {
  const at = query.map((runs) => runs.map((run) => run.from));
  const marked = lead > 0 ? (query[lead] as Run[]).map((run) => run.from) : [];
  for (let below = block; ; below += block) {
    if (lead > 0)
      (query[lead] as Run[]).forEach((run, r) => {
        marked[r] = scratch.allowOnly(view, run, marked[r], below);
      });
    query.forEach((runs, q) => {
      const bit = (1 << q) >>> 0;
      const from = at[q] as number[];
      runs.forEach((run, r) => {
        const start = from[r] as number;
        if (start === run.to) return;
        from[r] =
          lead < 0 || (lead === 0 && q === 0)
            ? scratch.accumulate(view, run, bit, start, below)
            : scratch.accumulateOnly(
                view,
                run,
                bit,
                lead === 0 ? scratch.hits : undefined,
                start,
                below,
              );
      });
    });
    if (below >= keys) return;
  }
}
