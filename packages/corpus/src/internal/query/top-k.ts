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
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as number;
    if ((scores[key] as number) <= 0 || ((hits[key] as number) & need) !== need) continue;
    const enters = best.length < limit || worse(best[best.length - 1] as number, key);
    if (!enters || (accept && !accept(key, hits[key] as number))) continue;
    if (best.length < limit) best.push(key);
    else best[best.length - 1] = key;
    for (let i = best.length - 1; i > 0 && worse(best[i - 1] as number, best[i] as number); i--) {
      [best[i - 1], best[i]] = [best[i] as number, best[i - 1] as number];
    }
  }
  return best;
}
