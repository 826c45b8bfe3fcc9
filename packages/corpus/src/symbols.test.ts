// The symbol tools are @black-january/un-symbols, tested there; here, that this entry gives them
// and that they read the corpus's own sources as the records say.

import * as unSymbols from '@black-january/un-symbols';
import { describe, expect, it } from 'vitest';
import { readSource } from '../test/helpers.js';
import { CURATED_RECORDS } from './internal/records/index.js';
import * as symbols from './symbols.js';

describe('@black-january/corpus/symbols', () => {
  it('is @black-january/un-symbols, every export the same value', () => {
    expect(Object.keys(symbols).sort()).toEqual(Object.keys(unSymbols).sort());
    for (const [name, value] of Object.entries(unSymbols))
      expect(symbols[name as keyof typeof symbols], name).toBe(value);
  });

  it('finds exactly the referenced symbols in each seed text', () => {
    for (const record of CURATED_RECORDS) {
      const references = record.references.flatMap((r) =>
        r.type === 'un-document' ? [r.symbol] : [],
      );
      const found = symbols
        .extractSymbols(readSource(record.source.fileName))
        .map((s) => s.normalized);
      expect(found, record.id).toEqual(references);
    }
  });
});
