import { describe, expect, it } from 'vitest';
import { memberKeys, symbolKey } from './symbol-key.js';

describe('symbol keys', () => {
  it('meet every spelling of a symbol, and keep a loose form of what is not one', () => {
    expect(symbolKey('a/74/649')).toBe('A/74/649');
    expect(symbolKey('A /74/ 649')).toBe(symbolKey('A/74/649'));
    expect(memberKeys('A/74/649–S/2020/34')).toEqual(['A/74/649', 'S/2020/34']);
    expect(symbolKey('not a symbol')).toBe('NOTASYMBOL');
    expect(memberKeys('not a symbol')).toEqual(['NOTASYMBOL']);
  });

  it('give the same answers once remembered, past the memo limit, and arrays of their own', () => {
    const first = memberKeys('A/74/649-S/2020/34');
    first.push('changed by a caller');
    expect(memberKeys('A/74/649-S/2020/34')).toEqual(['A/74/649', 'S/2020/34']);
    for (let n = 1; n <= 5000; n++) expect(symbolKey(`a/75/${n}`)).toBe(`A/75/${n}`);
    expect(symbolKey('s/2020/34')).toBe('S/2020/34');
    expect(memberKeys('A/74/649-S/2020/34')).toEqual(['A/74/649', 'S/2020/34']);
  });
});
