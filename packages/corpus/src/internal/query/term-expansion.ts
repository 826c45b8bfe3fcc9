import { editDistance } from './search-query.js';

/** The terms of a sorted list that begin with `prefix`, in order: a binary search, then a run. */
export function termsBeginning(sorted: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as string).startsWith(prefix); i++)
    out.push(sorted[i] as string);
  return out;
}

/** The terms within `edits` edits of `term` (itself first, if it is one of them). */
export function termsNear(
  terms: ReadonlyMap<string, unknown>,
  term: string,
  edits: number,
): string[] {
  const out = terms.has(term) ? [term] : [];
  if (edits <= 0) return out;
  for (const candidate of terms.keys())
    if (candidate !== term && editDistance(term, candidate, edits) <= edits) out.push(candidate);
  return out;
}
