import { describe, expect, it } from 'vitest';
import type { Passage } from '../../passages.js';
import { foldWithMap, verifyIn } from './quote.js';

const passage = (text: string): Passage =>
  ({ id: 'x', locator: { paragraph: 1 }, text }) as unknown as Passage;
const verify = (text: string, quote: string) => verifyIn([passage(text)], quote, () => 0);

describe('verifyQuote on hostile quotations', () => {
  it('a 40,000-character quote and 20,000 numbers give an answer, not a RegExp error', () => {
    expect(verify('some text', 'x'.repeat(40_000)).found).toBe(false);
    expect(verify('some text', '1 '.repeat(20_000)).found).toBe(false);
  });

  it('a paragraph of dotted numbers does not make a numbered quote backtrack', () => {
    const dotted = Array.from({ length: 40 }, (_, i) => i + 1).join('.');
    const start = performance.now();
    const result = verify(`${dotted} `.repeat(50), '1 2 3 4 5 6 7 8 9 10 11 12 zz');
    expect(result.found).toBe(false);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('still reports a near miss whose numbers differ, never as a match', () => {
    const result = verify('reported that 131 civilians were killed', '137 civilians were killed');
    expect(result.found).toBe(false);
    expect(result.nearMisses.map((m) => m.actual)).toEqual(['131 civilians were killed']);
  });

  it('folds in one pass, whatever the length', () => {
    const { folded, map } = foldWithMap('a \u201cb\u201d  c');
    expect(folded).toBe('a "b" c');
    expect(map).toHaveLength(folded.length + 1);
  });
});
