import { describe, expect, it } from 'vitest';
import { SymbolParseError } from './errors.js';

describe('SymbolParseError', () => {
  it('is one class for instanceof across copies of the package (one is built into the corpus)', async () => {
    const path = './errors.js?second-copy';
    const copy: typeof import('./errors.js') = await import(/* @vite-ignore */ path);
    expect(copy.SymbolParseError).not.toBe(SymbolParseError);
    const ours = new SymbolParseError('bad', 'X/1', 0);
    const theirs = new copy.SymbolParseError('bad', 'X/1', 0);
    expect(theirs).toBeInstanceOf(SymbolParseError);
    expect(ours).toBeInstanceOf(copy.SymbolParseError);
    expect(ours).toBeInstanceOf(Error);
  });

  it('is not claimed by other errors, and subclasses keep their own test', () => {
    class Narrower extends SymbolParseError {}
    expect(new Error('bad')).not.toBeInstanceOf(SymbolParseError);
    expect({ name: 'SymbolParseError' }).not.toBeInstanceOf(SymbolParseError);
    expect(null).not.toBeInstanceOf(SymbolParseError);
    expect(new Narrower('bad', 'X/1', 0)).toBeInstanceOf(SymbolParseError);
    expect(new SymbolParseError('bad', 'X/1', 0)).not.toBeInstanceOf(Narrower);
  });
});
