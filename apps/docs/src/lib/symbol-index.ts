import { type DocumentRecord, documents, passages } from '@black-january/corpus/records';
import { extractSymbols, symbolUrl } from '@black-january/corpus/symbols';
import { anchorOf, pinpointOf } from './site';

/** Where a symbol occurs: a document that carries it, or a paragraph that cites or names it. */
export interface SymbolOccurrence {
  id: string;
  title: string;
  role: 'carries' | 'cites';
  anchor: string;
  pinpoint: string;
}

/**
 * Exact symbol lookup, built from the package's symbol module: each normalised symbol (and each
 * member of a double symbol) to where it occurs. Pagefind's word search cannot do this: it
 * tokenises `A/RES/70/1` loosely and ranks `A/RES/70/11` with it.
 */
export function buildSymbolIndex(records: readonly DocumentRecord[] = documents) {
  const index: Record<string, { symbol: string; link: string; occurrences: SymbolOccurrence[] }> =
    {};
  const add = (key: string, symbol: string, o: SymbolOccurrence) => {
    index[key] ??= { symbol, link: symbolUrl(symbol), occurrences: [] };
    const entry = index[key];
    if (!entry.occurrences.some((x) => x.id === o.id && x.anchor === o.anchor && x.role === o.role))
      entry.occurrences.push(o);
  };
  for (const r of records) {
    for (const s of r.symbols)
      for (const found of extractSymbols(s))
        for (const key of [found.normalized, ...found.members.map((m) => m.normalized)])
          add(key, found.normalized, {
            id: r.id,
            title: r.title,
            role: 'carries',
            anchor: '',
            pinpoint: '',
          });
    for (const p of passages(r))
      for (const found of extractSymbols(p.text))
        for (const key of new Set([found.normalized, ...found.members.map((m) => m.normalized)]))
          add(key, found.normalized, {
            id: r.id,
            title: r.title,
            role: 'cites',
            anchor: anchorOf(p.locator),
            pinpoint: pinpointOf(r, p.locator),
          });
  }
  return index;
}
export type SymbolIndex = ReturnType<typeof buildSymbolIndex>;
