import { forEachWord, searchTerm } from '../text/terms.js';

/**
 * A text's words as search terms (null for words the index drops) with their offsets, in flat
 * arrays; each distinct word is folded once, as a long paragraph repeats its words.
 */
export function wordsOf(text: string): {
  terms: Array<string | null>;
  starts: number[];
  ends: number[];
} {
  const terms: Array<string | null> = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const folded = new Map<string, string | null>();
  forEachWord(text, (start, end) => {
    const word = text.slice(start, end);
    let term = folded.get(word);
    if (term === undefined) {
      term = searchTerm(word);
      folded.set(word, term);
    }
    terms.push(term);
    starts.push(start);
    ends.push(end);
  });
  return { terms, starts, ends };
}

/** Ranges sorted, overlapping ones joined. */
export function merge(ranges: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = out.at(-1);
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}
