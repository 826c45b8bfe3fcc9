import type { Run, ScoringView } from './scoring.js';

/**
 * Of the keys a query touched, the `limit` with the highest scores whose hit bits include `need`
 * (and score > 0), ties in key order, so the order they were touched in does not matter.
 */
export function topK(
  keys: Uint32Array,
  scores: Float64Array,
  hits: Uint32Array,
  need: number,
  limit: number,
  accept?: (key: number, bits: number) => boolean,
): number[] {
  const best: number[] = [];
  const worse = (a: number, b: number) =>
    (scores[a] as number) < (scores[b] as number) || (scores[a] === scores[b] && a > b);
  // The score of the last of `limit` kept: a lower score cannot enter (most keys, once full).
  let bar = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    const score = scores[key] as number;
    if (score <= 0 || score < bar || ((hits[key] as number) & need) !== need) continue;
    const enters = best.length < limit || worse(best[best.length - 1] as number, key);
    if (!enters || (accept && !accept(key, hits[key] as number))) continue;
    if (best.length < limit) best.push(key);
    else best[best.length - 1] = key;
    for (let i = best.length - 1; i > 0 && worse(best[i - 1] as number, best[i] as number); i--) {
      [best[i - 1], best[i]] = [best[i] as number, best[i - 1] as number];
    }
    if (best.length === limit) bar = scores[best[limit - 1] as number] as number;
  }
  return best;
}

/**
 * {@link topK} for a query of one index term: its run scored as it is read, keys and scores of the
 * best `limit` kept as they come (keys ascend, so a tie keeps the earlier key), with no scratch to
 * fill and clear. The score of each key is the one {@link Scratch.accumulate} would give it.
 */
export function topKOfRun(
  view: ScoringView,
  run: Run,
  limit: number,
  accept?: (key: number, bits: number) => boolean,
): Array<[key: number, score: number]> {
  const { keys, tfs, norms } = view;
  const { weight } = run;
  const best: Array<[number, number]> = [];
  for (let i = run.from; i < run.to; i++) {
    const key = keys[i] as number;
    const tf = tfs[i] as number;
    const score = (weight * tf) / (tf + (norms[key] as number));
    if (score <= 0) continue;
    if (best.length === limit && score <= (best[limit - 1] as [number, number])[1]) continue;
    if (accept && !accept(key, 1)) continue;
    let at = best.length < limit ? best.push([key, score]) - 1 : limit - 1;
    for (; at > 0 && (best[at - 1] as [number, number])[1] < score; at--)
      best[at] = best[at - 1] as [number, number];
    best[at] = [key, score];
  }
  return best;
}
