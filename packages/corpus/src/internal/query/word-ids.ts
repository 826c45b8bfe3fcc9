import { searchTerm } from '../text/terms.js';
import { Utf8Text } from './utf8-text.js';

// ASCII letters and digits as the digits 1 to 62 of a base-63 number: a word of up to eight of
// them is a number below 2^53, and one of up to sixteen two such numbers, found in a table of
// numbers without making a string of it. A byte from 0x80 is part of a character outside ASCII.
const OTHER = 255;
const DIGIT = new Uint8Array(256).map((_, c) =>
  c >= 128
    ? OTHER
    : c >= 97 && c <= 122
      ? c - 60
      : c >= 65 && c <= 90
        ? c - 54
        : c >= 48 && c <= 57
          ? c - 47
          : 0,
);
const SHORT = 8;
const LONG = 16;
const EMPTY = -1;

/** A word's numbers' first slot in a table of `mask + 1` slots: their 32-bit halves mixed. */
const slotOf = (code: number, rest: number, mask: number) =>
  (Math.imul(code >>> 0, 0x9e3779b1) ^
    ((code / 4294967296) | 0) ^
    Math.imul((rest >>> 0) ^ ((rest / 4294967296) | 0), 0x85ebca6b)) &
  mask;

/**
 * The term numbers of a text's words, split as `forEachWord` splits them. Each distinct word is
 * folded and stemmed once; a word of up to sixteen ASCII letters and digits (most words) is looked
 * up by its numbers in an open-addressing table, and longer or non-ASCII words by their string:
 * on the search bench that is 40% faster than slicing every word to look it up in a `Map`.
 */
export class WordIds {
  /** The last text's term numbers, in order; -1 for a word the index drops. */
  ids = new Int32Array(256);
  private readonly byWord = new Map<string, number>();
  private codes = new Float64Array(1 << 12).fill(EMPTY);
  /** The number of a word's ninth to sixteenth characters; 0 for a shorter word. */
  private rests = new Float64Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private used = 0;
  private readonly utf8 = new Utf8Text();

  /** @param termOf the number of a search term, numbering it if new */
  constructor(private readonly termOf: (term: string) => number) {}

  /** Reads a text's words into {@link ids}; returns how many there are. */
  read(text: string): number {
    const { utf8 } = this;
    utf8.load(text);
    const { bytes, length: n } = utf8;
    let count = 0;
    let i = 0;
    let ids = this.ids;
    while (i < n) {
      let digit = DIGIT[bytes[i] as number] as number;
      if (digit === 0) {
        i++;
        continue;
      }
      if (digit === OTHER && !utf8.isWordCharAt(i)) {
        i = utf8.pass(i);
        continue;
      }
      // A loop for each part of the word, so that a byte costs one test of where it is.
      const start = i;
      let code = 0;
      let rest = 0;
      const short = start + SHORT;
      while (digit !== 0 && digit !== OTHER && i < short) {
        code = code * 63 + digit;
        digit = ++i < n ? (DIGIT[bytes[i] as number] as number) : 0;
      }
      const long = start + LONG;
      while (digit !== 0 && digit !== OTHER && i < long) {
        rest = rest * 63 + digit;
        digit = ++i < n ? (DIGIT[bytes[i] as number] as number) : 0;
      }
      // A letter outside ASCII, or a word longer than LONG: looked up by its string.
      if (digit === OTHER && !utf8.isWordCharAt(i)) digit = 0;
      const from = utf8.unit(start);
      if (digit !== 0) {
        code = -1;
        i = utf8.wordEnd(i);
      }
      if (count === ids.length) {
        const grown = new Int32Array(count * 2);
        grown.set(ids);
        this.ids = ids = grown;
      }
      const to = utf8.unit(i);
      ids[count++] =
        code >= 0 ? this.ofCode(code, rest, text, from, to) : this.ofWord(text.slice(from, to));
    }
    utf8.release();
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

  private ofCode(code: number, rest: number, text: string, start: number, end: number): number {
    const mask = this.codes.length - 1;
    let slot = slotOf(code, rest, mask);
    for (;;) {
      const at = this.codes[slot] as number;
      if (at === code && this.rests[slot] === rest) return this.values[slot] as number;
      if (at === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    const id = this.ofWord(text.slice(start, end));
    this.codes[slot] = code;
    this.rests[slot] = rest;
    this.values[slot] = id;
    if (++this.used * 2 > this.codes.length) this.grow();
    return id;
  }

  private grow(): void {
    const { codes, rests, values } = this;
    this.codes = new Float64Array(codes.length * 2).fill(EMPTY);
    this.rests = new Float64Array(codes.length * 2);
    this.values = new Int32Array(codes.length * 2);
    const mask = this.codes.length - 1;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      if (code === EMPTY) continue;
      const rest = rests[i] as number;
      let slot = slotOf(code, rest, mask);
      while (this.codes[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.codes[slot] = code;
      this.rests[slot] = rest;
      this.values[slot] = values[i] as number;
    }
  }
}
