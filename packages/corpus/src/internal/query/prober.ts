import type { Run, ScoringView } from './scoring.js';

/**
 * Scores keys whole, one at a time, in the order `Scratch.accumulate` sums them (query term
 * by query term, run by run), so that both give the same number to the last bit. Each run keeps a
 * cursor and gallops forward from it: keys asked in ascending order cost a few steps each, near
 * the last, where a binary search over the run would miss the cache at every step.
 */
export class Prober {
  /** The last key's score and the bits of the query terms it has. */
  score = 0;
  bits = 0;
  private readonly runs: Run[];
  private readonly terms: number[];
  private readonly cursors: number[];

  constructor(
    private readonly view: ScoringView,
    query: Run[][],
  ) {
    this.runs = query.flat();
    this.terms = query.flatMap((runs, q) => runs.map(() => q));
    this.cursors = this.runs.map((r) => r.from);
  }

  /** Scores `key`, into {@link score} and {@link bits}. */
  probe(key: number): void {
    const { keys, tfs, norms } = this.view;
    let score = 0;
    let bits = 0;
    for (let r = 0; r < this.runs.length; r++) {
      const run = this.runs[r] as Run;
      const at = this.seek(r, run, key);
      if (at === run.to || keys[at] !== key) continue;
      const tf = tfs[at] as number;
      score += (run.weight * tf) / (tf + (norms[key] as number));
      bits |= 1 << (this.terms[r] as number);
    }
    this.score = score;
    this.bits = bits >>> 0;
  }

  // The first position in the run at or after the cursor whose key is not below `key`; back to the
  // start of the run when asked for a key below the cursor's.
  private seek(r: number, run: Run, key: number): number {
    const { keys } = this.view;
    let lo = this.cursors[r] as number;
    if (lo > run.from && (keys[lo - 1] as number) >= key) lo = run.from;
    let step = 1;
    let hi = lo;
    while (hi < run.to && (keys[hi] as number) < key) {
      lo = hi + 1;
      hi += step;
      step *= 2;
    }
    if (hi > run.to) hi = run.to;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    this.cursors[r] = lo;
    return lo;
  }
}
