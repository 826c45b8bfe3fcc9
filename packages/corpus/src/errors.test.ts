// One error family: everything the package throws on purpose is a CorpusError, the symbol
// package's SymbolParseError included, and a class is known by its name and its code.

import { SymbolParseError as FromUnSymbols } from '@black-january/un-symbols';
import { describe, expect, it } from 'vitest';
import { searchDocuments } from './bundled.js';
import { cite } from './cite.js';
import { createCorpus } from './corpus.js';
import * as errors from './errors.js';
import { CorpusError, SymbolParseError } from './errors.js';
import { ingestText } from './ingest.js';
import { parseSymbol } from './symbols.js';

const thrown = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
};

describe('errors', () => {
  it('lists the error classes: every one is a CorpusError', () => {
    const classes = Object.entries(errors).filter(
      ([, v]) => typeof v === 'function' && v.prototype instanceof Error,
    );
    expect(classes.map(([name]) => name).sort()).toEqual([
      'CiteError',
      'CorpusError',
      'IngestInputError',
      'QueryError',
      'RecordValidationError',
      'SymbolParseError',
    ]);
    for (const [name, Class] of classes)
      expect(Object.create((Class as { prototype: object }).prototype), name).toBeInstanceOf(
        CorpusError,
      );
  });

  it('a SymbolParseError from un-symbols is a CorpusError, and only that class is let in', () => {
    expect(SymbolParseError).toBe(FromUnSymbols);
    const error = thrown(() => parseSymbol('not a symbol'));
    expect(error).toBeInstanceOf(SymbolParseError);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).not.toBeInstanceOf(errors.QueryError);
    expect(new Error('x')).not.toBeInstanceOf(CorpusError);
    expect(new errors.QueryError('x')).not.toBeInstanceOf(SymbolParseError);
  });

  it('public functions throw their own classes', () => {
    expect(thrown(() => searchDocuments(''))).toBeInstanceOf(errors.QueryError);
    expect(thrown(() => createCorpus([{}]))).toBeInstanceOf(errors.RecordValidationError);
    expect(thrown(() => ingestText(new Uint8Array([0, 1, 2, 0])))).toBeInstanceOf(
      errors.IngestInputError,
    );
    expect(thrown(() => cite('no-such-document', { style: 'apa' }))).toBeInstanceOf(
      errors.CiteError,
    );
  });
});
