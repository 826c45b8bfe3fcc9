import { symbolMembers as membersOf, safeParseSymbol } from '@black-january/un-symbols';

const loose = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/**
 * A matching key for a UN document symbol: its standard spelling without a reissue mark, so that
 * every spacing, dash and case variant meets; text that is not a symbol keeps a loose form.
 */
export function symbolKey(symbol: string): string {
  const parsed = safeParseSymbol(symbol);
  return parsed.ok ? parsed.symbol.normalized : loose(symbol);
}

/** The keys of the single symbols a (possibly double) symbol is made of. */
export function symbolMembers(symbol: string): string[] {
  const parsed = safeParseSymbol(symbol);
  return parsed.ok ? membersOf(parsed.symbol).map((m) => m.normalized) : [loose(symbol)];
}
