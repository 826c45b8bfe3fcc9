import { isWordChar, searchTerm } from '../text/terms.js';

// ASCII letters and digits as the digits 1 to 62 of a base-63 number: a word of up to eight of
// them is a number below 2^53, found in a table of numbers without making a string of it.
const ALNUM = new Uint8Array(128).map((_, c) =>
  c >= 48 && c <= 57 ? c - 47 : c >= 65 && c <= 90 ? c - 54 : c >= 97 && c <= 122 ? c - 60 : 0,
);
const OTHER_LETTER = 255;
const SHORT = 8;
const EMPTY = -1;

/** A word's number's first slot in a table of `mask + 1` slots: its two 32-bit halves mixed. */
const slotOf = (code: number, mask: number) =>
  (Math.imul(code >>> 0, 0x9e3779b1) ^ ((code / 4294967296) | 0)) & mask;

/** The hash of a longer word, text[start, end): 32-bit FNV-1a of its UTF-16 code units. */
export function longWordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * The term numbers of a text's words, split as `forEachWord` splits them. Each distinct word is
 * folded and stemmed once; a word of up to eight ASCII letters and digits (most words) is looked
 * up by its number in an open-addressing table, and a longer or non-ASCII word by a hash of its
 * characters, checked against the word in place. On the search bench that is 40% faster than
 * slicing every word to look it up in a `Map`, and the long words another 5% of the build.
 */
export class WordIds {
  /** The last text's term numbers, in order; -1 for a word the index drops. */
  ids = new Int32Array(256);
  private readonly byWord = new Map<string, number>();
  private codes = new Float64Array(1 << 12).fill(EMPTY);
  private values = new Int32Array(1 << 12);
  private used = 0;
  // Longer words: each slot's hash, word (undefined when free) and number.
  private longHashes = new Int32Array(1 << 10);
  private longWords: Array<string | undefined> = new Array(1 << 10).fill(undefined);
  private longValues = new Int32Array(1 << 10);
  private longUsed = 0;

  /** @param termOf the number of a search term, numbering it if new */
  constructor(private readonly termOf: (term: string) => number) {}

  /** Reads a text's words into {@link ids}; returns how many there are. */
  read(text: string): number {
    const n = text.length;
    let count = 0;
    let start = -1;
    let code = 0;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? text.charCodeAt(i) : 32;
      const digit = c < 128 ? (ALNUM[c] as number) : isWordChar(c) ? OTHER_LETTER : 0;
      if (digit !== 0) {
        if (start < 0) {
          start = i;
          code = 0;
        }
        code = code >= 0 && digit !== OTHER_LETTER && i - start < SHORT ? code * 63 + digit : -1;
        continue;
      }
      if (start < 0) continue;
      if (count === this.ids.length) {
        const grown = new Int32Array(count * 2);
        grown.set(this.ids);
        this.ids = grown;
      }
      this.ids[count++] =
        code >= 0 ? this.ofCode(code, text, start, i) : this.ofLong(text, start, i);
      start = -1;
    }
    return count;
  }

  private ofWord(word: string): number {
    let id = this.byWord.get(word);
    if (id === undefined) {
      const term = searchTerm(word);
      id = term === null ? -1 : this.termOf(term);
      this.byWord.set(word, id);
    }
    return id;
  }

  private ofCode(code: number, text: string, start: number, end: number): number {
    const mask = this.codes.length - 1;
    let slot = slotOf(code, mask);
    for (;;) {
      const at = this.codes[slot] as number;
      if (at === code) return this.values[slot] as number;
      if (at === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    const id = this.ofWord(text.slice(start, end));
    this.codes[slot] = code;
    this.values[slot] = id;
    if (++this.used * 2 > this.codes.length) this.grow();
    return id;
  }

  private ofLong(text: string, start: number, end: number): number {
    const hash = longWordHash(text, start, end);
    const mask = this.longHashes.length - 1;
    let slot = hash & mask;
    for (;;) {
      const word = this.longWords[slot];
      if (word === undefined) break;
      if (
        this.longHashes[slot] === hash &&
        word.length === end - start &&
        text.startsWith(word, start)
      )
        return this.longValues[slot] as number;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const id = this.ofWord(word);
    this.longHashes[slot] = hash;
    this.longWords[slot] = word;
    this.longValues[slot] = id;
    if (++this.longUsed * 2 > this.longHashes.length) this.growLong();
    return id;
  }

  private growLong(): void {
    const { longHashes: hashes, longWords: words, longValues: values } = this;
    const size = hashes.length * 2;
    this.longHashes = new Int32Array(size);
    this.longWords = new Array(size).fill(undefined);
    this.longValues = new Int32Array(size);
    const mask = size - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (words[i] === undefined) continue;
      let slot = (hashes[i] as number) & mask;
      while (this.longWords[slot] !== undefined) slot = (slot + 1) & mask;
      this.longHashes[slot] = hashes[i] as number;
      this.longWords[slot] = words[i];
      this.longValues[slot] = values[i] as number;
    }
  }

  private grow(): void {
    const { codes, values } = this;
    this.codes = new Float64Array(codes.length * 2).fill(EMPTY);
    this.values = new Int32Array(codes.length * 2);
    const mask = this.codes.length - 1;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      if (code === EMPTY) continue;
      let slot = slotOf(code, mask);
      while (this.codes[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.codes[slot] = code;
      this.values[slot] = values[i] as number;
    }
  }
}
