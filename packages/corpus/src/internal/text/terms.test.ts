import { describe, expect, it } from 'vitest';
import { isWordChar } from './terms.js';

describe('isWordChar', () => {
  it('agrees with the Unicode classes of letters, digits and marks on every UTF-16 code unit', () => {
    const letterDigitOrMark = /[\p{L}\p{N}\p{M}]/u;
    const wrong: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      // A lone surrogate is half of an astral character, which the word it stands in keeps.
      const expected =
        (code >= 0xd800 && code <= 0xdfff) || letterDigitOrMark.test(String.fromCharCode(code));
      if (isWordChar(code) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});
