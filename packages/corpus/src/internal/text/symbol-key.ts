import { symbolMembers as membersOf, safeParseSymbol } from '@black-january/un-symbols';

const loose = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

/**
 * Symbols already keyed, at most this many: a record's symbols are keyed again by each check of
 * it (a tenth of the time of ingest went to parsing the same few symbols), and a corpus repeats
 * them. When full, the memo starts again.
 */
const MEMO_LIMIT = 4096;
const keys = new Map<string, string>();
const members = new Map<string, readonly string[]>();

function remembered<T>(memo: Map<string, T>, symbol: string, make: (symbol: string) => T): T {
  let value = memo.get(symbol);
  if (value === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    value = make(symbol);
    memo.set(symbol, value);
  }
  return value;
}

const keyOf = (symbol: string) => {
  const parsed = safeParseSymbol(symbol);
  return parsed.ok ? parsed.symbol.normalized : loose(symbol);
};

const membersOfSymbol = (symbol: string) => {
  const parsed = safeParseSymbol(symbol);
  return parsed.ok ? membersOf(parsed.symbol).map((m) => m.normalized) : [loose(symbol)];
};

/**
 * A matching key for a UN document symbol: its standard spelling without a reissue mark, so that
 * every spacing, dash and case variant meets; text that is not a symbol keeps a loose form.
 */
export function symbolKey(symbol: string): string {
  return remembered(keys, symbol, keyOf);
}

/** The keys of the single symbols a (possibly double) symbol is made of. */
export function memberKeys(symbol: string): string[] {
  return [...remembered(members, symbol, membersOfSymbol)];
}
