import { CiteError, CorpusError, SymbolParseError } from '@black-january/corpus/errors';
import { describe, expect, it } from 'vitest';
import { describeError, InputError, Interrupted, UsageError } from './errors.js';

describe('describeError', () => {
  const described = (error: unknown) => describeError(error, false, CorpusError);

  it('maps errors to exit codes by class, the symbol package’s error included', () => {
    expect(described(new UsageError('no command'))).toEqual({
      code: 2,
      message: 'error: no command',
    });
    expect(described(new Interrupted('x'))).toEqual({ code: 130, message: 'interrupted' });
    expect(described(new InputError('missing.txt: no such file')).code).toBe(1);
    expect(described(new CiteError('unknown style', 'unknown-style'))).toEqual({
      code: 1,
      message: 'error: unknown style',
    });
    expect(described(new SymbolParseError('empty symbol', '', -1))).toEqual({
      code: 1,
      message: 'error: empty symbol',
    });
  });

  it('calls anything else a bug, with the stack only under --debug', () => {
    const bug = described(new TypeError('x is undefined'));
    expect(bug.code).toBe(1);
    expect(bug.message).toMatch(/^internal error: x is undefined \(run again with --debug/);
    expect(bug.message).not.toContain('\n');
    expect(describeError(new TypeError('y'), true, CorpusError).message).toContain('\n    at ');
    expect(described('a string').message).toMatch(/^internal error: a string/);
  });
});
