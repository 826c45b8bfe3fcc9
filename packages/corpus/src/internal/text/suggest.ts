function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The candidate a mistyped name most likely meant: one it starts or ends with, or one within a
 * few edits (a third of its length); `undefined` when nothing is close.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle) return undefined;
  const affix = candidates.filter(
    (c) => c.toLowerCase().startsWith(needle) || needle.startsWith(c.toLowerCase()),
  );
  if (affix.length === 1) return affix[0];
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of affix.length > 1 ? affix : candidates) {
    const d = distance(needle, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return affix.length > 1 || bestDistance <= Math.max(2, Math.floor(needle.length / 3))
    ? best
    : undefined;
}
