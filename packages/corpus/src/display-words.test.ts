import { describe, expect, it } from 'vitest';
import { documents } from './bundled.js';
import { organLabel, romanNumeral, shortTitle } from './display-words.js';

describe('shortTitle', () => {
  it("gives a letter's kind and date, and keeps a short title whole", () => {
    expect(documents.map(shortTitle)).toEqual([
      'Special issue on the nineteenth anniversary of 20 January 1990',
      'Letter dated 17 January 2020',
      'Thirtieth anniversary of the "Black January"',
      'Letter dated 20 January 2023',
      '34th anniversary of the “Black January” tragedy',
    ]);
    expect(
      shortTitle({ title: 'Note verbale dated 3 May 2021 from the Permanent Mission of X' }),
    ).toBe('Note verbale dated 3 May 2021');
    expect(shortTitle({ title: 'Identical letters dated 1 March 2022 from …' })).toBe(
      'Identical letters dated 1 March 2022',
    );
  });
  it('cuts a long title at a word, with an ellipsis, within the heading length', () => {
    const long = `Report of the Secretary-General on the situation ${'in the region, '.repeat(8)}`;
    const short = shortTitle({ title: long });
    expect(short.length).toBeLessThanOrEqual(64);
    expect(short).toBe('Report of the Secretary-General on the situation in the…');
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    const unbroken = shortTitle({ title: 'x'.repeat(200) });
    expect(unbroken).toBe(`${'x'.repeat(63)}…`);
  });
});

describe('romanNumeral', () => {
  it('numbers annexes as UN documents do', () => {
    expect([1, 2, 4, 9, 14, 40].map(romanNumeral)).toEqual(['I', 'II', 'IV', 'IX', 'XIV', 'XL']);
  });
});

describe('organLabel', () => {
  it('writes sessions as ordinals of their kind, years as years, and says what is not printed', () => {
    expect(documents.flatMap((d) => d.organs.map(organLabel))).toEqual([
      'General Assembly, 74th session',
      'Security Council, 2020',
      'General Assembly, 77th session',
    ]);
    const ga = (session: number | null, sessionType: 'regular' | 'special' | 'emergency-special') =>
      organLabel({ organ: 'General Assembly', session, sessionType });
    expect([
      ga(72, 'regular'),
      ga(11, 'regular'),
      ga(10, 'emergency-special'),
      ga(2, 'special'),
    ]).toEqual([
      'General Assembly, 72nd session',
      'General Assembly, 11th session',
      'General Assembly, 10th emergency special session',
      'General Assembly, 2nd special session',
    ]);
    expect(ga(null, 'regular')).toBe('General Assembly (session not printed)');
    expect(organLabel({ organ: 'Economic and Social Council', year: 2022 })).toBe(
      'Economic and Social Council, 2022 session',
    );
    expect(organLabel({ organ: 'Economic and Social Council', year: null })).toBe(
      'Economic and Social Council (session not printed)',
    );
    expect(organLabel({ organ: 'Security Council', year: null })).toBe(
      'Security Council (year not printed)',
    );
  });
});
