import { describe, expect, it } from 'vitest';
import { sequelsAfter } from './sequels.js';

const sequelsNamed = (text: string, symbol: string) =>
  sequelsAfter(text, symbol, text.indexOf(symbol) + symbol.length).map((s) => [
    s.symbol,
    s.asPrinted,
  ]);

describe('sequelsAfter', () => {
  it('the corrigenda, addenda and revisions named by suffix after a symbol, each as printed', () => {
    expect(sequelsNamed('see A/74/649 and Corr.1.', 'A/74/649')).toEqual([
      ['A/74/649/Corr.1', 'Corr.1'],
    ]);
    expect(sequelsNamed('(A/75/1 and Add.1 and 2).', 'A/75/1')).toEqual([
      ['A/75/1/Add.1', 'Add.1'],
      ['A/75/1/Add.2', '2'],
    ]);
    expect(sequelsNamed('A/75/1, and Add.1, 2 and 3 of', 'A/75/1')).toEqual([
      ['A/75/1/Add.1', 'Add.1'],
      ['A/75/1/Add.2', '2'],
      ['A/75/1/Add.3', '3'],
    ]);
    expect(sequelsNamed('S/2020/34/Add.1 and Rev.1', 'S/2020/34/Add.1')).toEqual([
      ['S/2020/34/Add.1/Rev.1', 'Rev.1'],
    ]);
    for (const r of sequelsAfter('(A/75/1 and Add.1 and 2)', 'A/75/1', 7))
      expect('(A/75/1 and Add.1 and 2)').toContain(r.asPrinted);
  });

  it('nothing for a symbol followed by anything else', () => {
    expect(sequelsNamed('A/74/649 and S/2020/34', 'A/74/649')).toEqual([]);
    expect(sequelsNamed('A/74/649 and Corrigendum', 'A/74/649')).toEqual([]);
    expect(sequelsNamed('A/74/649 and Add.1/Rev.2', 'A/74/649')).toEqual([]);
  });
});
