import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTerm, tokens } from '../text/terms.js';
import { WordIds } from './word-ids.js';

const numbering = () => {
  const terms = new Map<string, number>();
  const words = new WordIds((term) => {
    if (!terms.has(term)) terms.set(term, terms.size);
    return terms.get(term) as number;
  });
  const read = (text: string) => {
    const count = words.read(text);
    return [...words.ids.subarray(0, count)];
  };
  const expected = (text: string) =>
    tokens(text).map(({ word }) => {
      const term = searchTerm(word);
      return term === null ? -1 : (terms.get(term) ?? Number.NaN);
    });
  return { read, expected };
};

describe('WordIds', () => {
  it('splits and numbers words as forEachWord and searchTerm do, short or long, ASCII or not', () => {
    const { read, expected } = numbering();
    const text =
      'Baku baku BAKU 20 January 1990 Martyrs’ Alley – Azərbaycan Şəhidlər abcdefgh abcdefghi ' +
      'x 7 S/2020/34 naïve 𝔘𝔑 emoji 😀 tail';
    for (const round of [1, 2]) expect(read(text), `round ${round}`).toEqual(expected(text));
  });

  it('tells apart words that share their first eight or sixteen characters', () => {
    const { read, expected } = numbering();
    const text =
      'abcdefgh abcdefghi abcdefghij abcdefghik Abcdefghij abcdefghijklmnop abcdefghijklmnopq ' +
      'abcdefghijklmnopr internationalisation internationalization representatives representative';
    for (const round of [1, 2]) expect(read(text), `round ${round}`).toEqual(expected(text));
    expect(new Set(read('abcdefghij abcdefghik abcdefghijklmnop abcdefghijklmnopq')).size).toBe(4);
  });

  it('agrees with them on any text, through the table growing and the words it has seen', () => {
    const { read, expected } = numbering();
    // Lone surrogates (word characters, U+FFFD in UTF-8), U+FFFD itself, a no-break space.
    const chars = [...'abcABZ0189 ,.-’éşə😀\n\t\u00a0ß中\ufffd', '\ud800', '\udc00'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 200 }).map((cs) => cs.join('')),
        (text) => {
          const ids = read(text);
          expect(ids).toEqual(expected(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('numbers a text of many words, long and short, as the ids array grows', () => {
    const { read, expected } = numbering();
    // Every third word shares its first eight characters with the others of its kind.
    const words = Array.from({ length: 300_000 }, (_, n) =>
      n % 3 === 2
        ? `abcdefgh${n.toString(36)}`
        : n % 2
          ? `x${((n * 2654435761) >>> 0).toString(36)}yz`
          : `w${n % 997}`,
    );
    const text = words.join(' ');
    expect(read(text)).toEqual(expected(text));
    const again = words.slice().reverse().join(' ');
    expect(read(again)).toEqual(expected(again));
    const short = 'Baku naïve abcdefghijklmnopq';
    expect(read(short)).toEqual(expected(short));
  });
});
