/**
 * The corrigenda, addenda and revisions a text names by their suffix alone after a symbol, as UN
 * documents cite them: "A/74/649 and Corr.1", "A/75/1 and Add.1 and 2", "S/2020/34 and Rev.1".
 */

export interface Sequel {
  symbol: string;
  description: string;
  /** The suffix as printed ("Corr.1"), or the number alone for the next of a list ("2"). */
  asPrinted: string;
}

const AFTER = /^,? and (Corr|Add|Rev)\.(\d{1,3})(?![\d/])((?:(?:,|,? and) \d{1,3}(?![\d/]|\.\d))*)/;
const NAMES: Record<string, string> = {
  Corr: 'Corrigendum',
  Add: 'Addendum',
  Rev: 'Revision',
};

/** The documents named by suffix right after the single symbol `symbol` ending at `end` in `text`. */
export function sequelsAfter(text: string, symbol: string, end: number): Sequel[] {
  const m = AFTER.exec(text.slice(end, end + 80));
  if (!m) return [];
  const kind = m[1] as string;
  const out: Sequel[] = [];
  const numbers = [m[2] as string, ...((m[3] ?? '').match(/\d+/g) ?? [])];
  for (const [i, n] of numbers.entries()) {
    const full = `${symbol}/${kind}.${n}`;
    if (out.some((s) => s.symbol === full)) continue;
    out.push({
      symbol: full,
      description: `${NAMES[kind]} ${n} of ${symbol}, named after it by its suffix`,
      asPrinted: i === 0 ? `${kind}.${n}` : n,
    });
  }
  return out;
}
