import { forEachWord, searchTerm } from '../text/terms.js';

/** A search query read: its words outside quotes (each once), its quoted phrases (as term
 * sequences, each once), and the last word if the query ends on it bare (a prefix as you type). */
export interface ParsedQuery {
  terms: string[];
  phrases: string[][];
  last: string | null;
}

// Straight and typographic double quotes open and close a phrase; a quote left open runs to the end.
const QUOTES = /["“”„«»]/;

/** Read `Baku "Black January" martyr` as the term baku, the phrase black january, and martyr. */
export function parseQuery(query: string): ParsedQuery {
  const terms = new Set<string>();
  const phrases = new Map<string, string[]>();
  const parts = query.split(QUOTES);
  let last: string | null = null;
  for (const [i, text] of parts.entries()) {
    const quoted = i % 2 === 1;
    const words: string[] = [];
    last = null;
    forEachWord(text, (start, end) => {
      const term = searchTerm(text.slice(start, end));
      if (term === null) return;
      if (quoted) words.push(term);
      else terms.add(term);
      last = term;
    });
    if (words.length > 1) phrases.set(words.join(' '), words);
    else if (words.length === 1) terms.add(words[0] as string);
  }
  // Only a bare word the query ends on is still being typed.
  const tail = parts.at(-1) ?? '';
  if (parts.length % 2 === 0 || /\s$/.test(tail) || tail.trim() === '') last = null;
  return { terms: [...terms], phrases: [...phrases.values()], last };
}

/**
 * Where a phrase occurs in a sequence of terms (null for words the index drops): the positions
 * of the first and last word of every occurrence. Dropped words do not break a phrase
 * ("Martyr's Lane"). Knuth–Morris–Pratt, so linear in both lengths, whatever the text.
 */
export function phraseOccurrences(
  sequence: ReadonlyArray<string | null>,
  phrase: readonly string[],
): Array<[number, number]> {
  if (phrase.length === 0) return [];
  const fail = [0];
  for (let i = 1, k = 0; i < phrase.length; i++) {
    while (k > 0 && phrase[i] !== phrase[k]) k = fail[k - 1] as number;
    if (phrase[i] === phrase[k]) k++;
    fail.push(k);
  }
  const positions: number[] = [];
  const out: Array<[number, number]> = [];
  let k = 0;
  for (const [i, term] of sequence.entries()) {
    if (term === null) continue;
    positions.push(i);
    while (k > 0 && term !== phrase[k]) k = fail[k - 1] as number;
    if (term === phrase[k]) k++;
    if (k === phrase.length) {
      out.push([positions[positions.length - phrase.length] as number, i]);
      k = fail[k - 1] as number;
    }
  }
  return out;
}

/** Levenshtein distance of two terms if at most `max`, else max + 1 (stops once a row passes max). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return Math.min(previous[b.length] as number, max + 1);
}

/** The edits `fuzzy: true` allows a term: none below 4 letters, 1 below 8, else 2. */
export const fuzzyEdits = (term: string, fuzzy: boolean | number): number =>
  typeof fuzzy === 'number'
    ? Math.max(0, Math.floor(fuzzy))
    : !fuzzy || term.length < 4
      ? 0
      : term.length < 8
        ? 1
        : 2;
