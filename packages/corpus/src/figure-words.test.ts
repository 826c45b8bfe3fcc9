import { describe, expect, it } from 'vitest';
import { figureValue, formatNumber } from './figure-words.js';

describe('figures in words', () => {
  it('qualifies as the document does, never with an internal name', () => {
    expect(figureValue({ qualifier: 'more-than', value: 600 })).toBe('more than 600');
    expect(figureValue({ qualifier: 'at-least', value: 26000 })).toBe('at least 26,000');
    expect(figureValue({ qualifier: 'approximately', value: 200000 })).toBe('about 200,000');
    expect(figureValue({ qualifier: 'exact', value: 147 })).toBe('147');
  });

  it('separates thousands with a comma', () => {
    expect([0, 999, 1000, 26000, 2000000, 1234.5].map(formatNumber)).toEqual([
      '0',
      '999',
      '1,000',
      '26,000',
      '2,000,000',
      '1,234.5',
    ]);
  });
});
