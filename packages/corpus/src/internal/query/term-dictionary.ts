import { forEachWord } from '../text/terms.js';
import { termsBeginning, termsNear } from './term-expansion.js';
import { WordIds } from './word-ids.js';

/**
 * An index's terms, numbered as they are first seen, and the reading of a text into term numbers
 * ({@link WordIds}); with the terms a query term stands for (itself, the terms it begins, or
 * those a few edits away) and where a text's words stand for given terms.
 */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  private readonly words = new WordIds((term) => this.ids.get(term) ?? this.number(term));
  // The terms in code-unit order, for prefixes; null once a term is added.
  private sorted: string[] | null = null;

  /** @param reserve told, as each new term is numbered, how many terms there are */
  constructor(private readonly reserve: (terms: number) => void) {}

  get size(): number {
    return this.ids.size;
  }

  /** Every term, in the order of its number. */
  terms(): string[] {
    return [...this.ids.keys()];
  }

  /** Takes these terms, numbered in their order, after any there are. */
  load(terms: readonly string[]): void {
    for (const term of terms) this.number(term);
  }

  /** A term's number, if it is indexed. */
  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Reads a text's words, numbering new terms; returns how many, their numbers in {@link readIds}. */
  read(text: string): number {
    return this.words.read(text);
  }

  /** The term numbers of the text last read, in order; -1 for a word the index drops. */
  get readIds(): Int32Array {
    return this.words.ids;
  }

  /** The terms a query term stands for: itself, or every term it begins (prefix). */
  expand(term: string, prefix: boolean): string[] {
    if (!prefix) return this.ids.has(term) ? [term] : [];
    this.sorted ??= [...this.ids.keys()].sort();
    return termsBeginning(this.sorted, term);
  }

  /** The terms within `edits` edits of a query term (itself first, if indexed). */
  expandFuzzy(term: string, edits: number): string[] {
    return termsNear(this.ids, term, edits);
  }

  /**
   * Where the words of a text stand for one of these terms: [start, end) ranges, in order. Read
   * as the index read the text, by term number, with no word folded again.
   */
  rangesOf(text: string, terms: Iterable<string>): Array<[number, number]> {
    const wanted = new Set<number>();
    for (const term of terms) {
      const id = this.ids.get(term);
      if (id !== undefined) wanted.add(id);
    }
    const out: Array<[number, number]> = [];
    if (wanted.size === 0) return out;
    this.words.read(text);
    const { ids } = this.words;
    // The same cut as read's, word for word: the w-th word's offsets.
    let w = 0;
    forEachWord(text, (start, end) => {
      if (wanted.has(ids[w++] as number)) out.push([start, end]);
    });
    return out;
  }

  private number(term: string): number {
    const id = this.ids.size;
    this.ids.set(term, id);
    this.sorted = null;
    this.reserve(id + 1);
    return id;
  }
}
