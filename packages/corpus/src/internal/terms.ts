/** Word tokens of a text with their offsets: letters and digits, apostrophes and hyphens split. */
export function* tokens(text: string): Generator<{ word: string; start: number; end: number }> {
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    yield { word: m[0], start: m.index, end: m.index + m[0].length };
  }
}

/**
 * The search term of a word: case- and accent-folded, then reduced by Harman's "S" stemmer
 * (ies → y, es → e, s → ∅ with its exceptions), so "Martyrs" and "martyr" meet. Single letters
 * left by a split possessive ("Martyr's") are dropped.
 */
export function searchTerm(word: string): string | null {
  const w = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (w.length < 2 && !/\d/.test(w)) return null;
  if (w.length > 3 && w.endsWith('ies') && !/[ae]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('es') && !/[aeo]es$/.test(w)) return w.slice(0, -1);
  if (w.length > 2 && w.endsWith('s') && !/[us]s$/.test(w)) return w.slice(0, -1);
  return w;
}
