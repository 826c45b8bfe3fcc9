import { readParts, type SymbolPartReading } from './internal/describe.js';
import { type ParseOptions, parseSymbol, symbolMembers } from './parse-symbol.js';

export type { SymbolPartReading } from './internal/describe.js';

/** A sentence a person can read: "General Assembly, 74th session, document 649". */
export function describeSymbol(text: string, options: ParseOptions = {}): string {
  return symbolMembers(parseSymbol(text, options))
    .map((m) => m.description)
    .join('; ');
}

/** One single symbol explained: its normal form, its description, and each part in words. */
export interface SymbolExplanation {
  normalized: string;
  description: string;
  /** Labelled parts in order: `{ label: 'session', value: '74th session' }`, `{ label: 'country', … }`. */
  parts: SymbolPartReading[];
}

/**
 * Each single symbol of a symbol (both members of a double one), explained part by part in
 * words, for a table or a tooltip: series, body, session or year, country, type, number,
 * modifiers. `CRC/C/AZE/CO/5-6` reads as the Committee on the Rights of the Child, Azerbaijan,
 * and concluding observations on reports 5 and 6.
 * @throws SymbolParseError for text that is not a symbol.
 */
export function explainSymbol(text: string, options: ParseOptions = {}): SymbolExplanation[] {
  return symbolMembers(parseSymbol(text, options)).map((m) => ({
    normalized: m.normalized,
    description: m.description,
    parts: readParts(m),
  }));
}
