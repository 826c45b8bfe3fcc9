import { describe, expect, it } from 'vitest';
import { editDistance, fuzzyEdits, parseQuery, phraseOccurrences } from './search-query.js';

describe('parseQuery', () => {
  it('reads words, quoted phrases in any double quotes, and whether the last word is bare', () => {
    expect(parseQuery('Baku "Black January" martyrs')).toEqual({
      terms: ['baku', 'martyr'],
      phrases: [['black', 'january']],
      last: 'martyr',
    });
    expect(parseQuery('“Black January”')).toMatchObject({
      phrases: [['black', 'january']],
      last: null,
    });
    expect(parseQuery('Baku ')).toMatchObject({ terms: ['baku'], last: null });
    expect(parseQuery('Baku "ab cd" baku Baku')).toEqual({
      terms: ['baku'],
      phrases: [['ab', 'cd']],
      last: 'baku',
    });
    expect(parseQuery('"ab cd" "ab cd"').phrases).toEqual([['ab', 'cd']]);
  });
  it('runs an unclosed quote to the end, and reads a one-word phrase as an exact word', () => {
    expect(parseQuery('Baku "Black January')).toEqual({
      terms: ['baku'],
      phrases: [['black', 'january']],
      last: null,
    });
    expect(parseQuery('"Baku"')).toEqual({ terms: ['baku'], phrases: [], last: null });
    expect(parseQuery('""')).toEqual({ terms: [], phrases: [], last: null });
    expect(parseQuery('"ab cd" "ab cd"').phrases).toEqual([['ab', 'cd']]);
  });
});

describe('phraseOccurrences', () => {
  it('finds each occurrence, in order only, across words the index drops', () => {
    const seq = ['the', 'black', 'january', null, 'black', 'january', 'black'];
    expect(phraseOccurrences(seq, ['black', 'january'])).toEqual([
      [1, 2],
      [4, 5],
    ]);
    expect(phraseOccurrences(seq, ['january', 'black'])).toEqual([
      [2, 4],
      [5, 6],
    ]);
    // Overlapping occurrences of a repetitive phrase are each found.
    expect(phraseOccurrences(['a', 'a', 'a', 'a'], ['a', 'a'])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(phraseOccurrences(['a', 'b', 'a', 'b', 'a', 'c'], ['a', 'b', 'a', 'c'])).toEqual([
      [2, 5],
    ]);
    expect(phraseOccurrences(['martyr', null, 'lane'], ['martyr', 'lane'])).toEqual([[0, 2]]);
    expect(phraseOccurrences([], ['a', 'b'])).toEqual([]);
  });
});

describe('editDistance', () => {
  it('is Levenshtein distance up to the bound, and bound + 1 past it', () => {
    expect(editDistance('sumgait', 'sumgait', 1)).toBe(0);
    expect(editDistance('sumqait', 'sumgait', 1)).toBe(1);
    expect(editDistance('sumgait', 'sumgayit', 1)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('', 'ab', 2)).toBe(2);
  });
  it('allows what fuzzy asks', () => {
    expect([
      fuzzyEdits('bak', true),
      fuzzyEdits('baku', true),
      fuzzyEdits('martyrdom', true),
    ]).toEqual([0, 1, 2]);
    expect([fuzzyEdits('bak', 1), fuzzyEdits('baku', false), fuzzyEdits('baku', 2.7)]).toEqual([
      1, 0, 2,
    ]);
  });
});
