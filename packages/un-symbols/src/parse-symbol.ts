import { SymbolParseError } from './errors.js';
import type { SymbolComponent } from './internal/components.js';
import { describeParts } from './internal/describe.js';
import {
  cleanSymbolText,
  formatSingle,
  parseSingle,
  type SymbolParts,
  splitDouble,
} from './internal/parse.js';
import { ROOTS } from './internal/vocabulary.js';

export type { SymbolComponent } from './internal/components.js';
export type { SymbolParts } from './internal/parse.js';

/** One symbol's parts with the facts read from them. */
export interface SymbolInfo extends SymbolParts {
  /** This symbol in standard spelling. */
  normalized: string;
  /**
   * The principal organ or body the root names (General Assembly for a bare old resolution);
   * null for a root this library does not know, read only with `{ unknownRoots: true }`.
   */
  organ: string | null;
  bodies: Array<Extract<SymbolComponent, { kind: 'body' }>>;
  session: Extract<SymbolComponent, { kind: 'session' }> | null;
  /** The year component, or the year of an old Security Council resolution "(1994)". */
  year: number | null;
  documentType: Extract<SymbolComponent, { kind: 'type' }> | null;
  /**
   * The document's number: the last number component (649 in "A/74/649"; 5 in the range "5-6"),
   * else the number of the document type (18 in "A/C.3/74/L.18/Rev.1", 8699 in "S/PV.8699").
   */
  number: number | null;
  modifiers: Array<Extract<SymbolComponent, { kind: 'modifier' }>>;
  description: string;
}

/**
 * A parsed symbol. A single symbol's parts are on the object itself and `members` is empty; a
 * double symbol (two organs) has its first member's parts on the object and both in `members`.
 */
export interface ParsedSymbol extends SymbolInfo {
  /** The whole symbol in standard spelling; double symbols joined by a hyphen; no reissue `*`. */
  normalized: string;
  members: SymbolInfo[];
}

/** The single symbols of a parsed symbol: itself, or the two members of a double one. */
export function symbolMembers(parsed: ParsedSymbol): SymbolInfo[] {
  return parsed.members.length > 0 ? parsed.members : [parsed];
}

function info(parts: SymbolParts): SymbolInfo {
  const of = <K extends SymbolComponent['kind']>(kind: K) =>
    parts.components.filter((c): c is Extract<SymbolComponent, { kind: K }> => c.kind === kind);
  const yearComponent = of('year')[0];
  const parenYear =
    parts.parenthetical && /^[0-9]{4}$/.test(parts.parenthetical)
      ? Number(parts.parenthetical)
      : null;
  // Each property named, not `...parts`: properties added after a spread took V8's slow path,
  // most of a parse's time (12 µs a symbol, 3 µs without).
  return {
    root: parts.root,
    components: parts.components,
    parenthetical: parts.parenthetical,
    reissued: parts.reissued,
    part: parts.part,
    resumption: parts.resumption,
    normalized: formatSingle(parts),
    organ: parts.root === null ? 'General Assembly' : (ROOTS[parts.root] ?? null),
    bodies: of('body'),
    session: of('session')[0] ?? null,
    year: yearComponent?.value ?? parenYear,
    documentType: of('type').at(-1) ?? null,
    number: of('number').at(-1)?.value ?? of('type').at(-1)?.number ?? null,
    modifiers: of('modifier'),
    description: describeParts(parts),
  };
}

/** How strictly to read a symbol. */
export interface ParseOptions {
  /**
   * Also read a well-formed symbol under a 2–8 letter series root this library does not know
   * (`FOO/MSP/2023/WP.3`), as `extractSymbols` flags `probable`; its `organ` is null. Default false.
   */
  unknownRoots?: boolean;
}

/**
 * Parse a UN document symbol in any printed form: spaces or line breaks around `/`, no-break
 * spaces, any dash, any case; a double symbol joined by a dash, a space or nothing.
 * @throws SymbolParseError naming the component that is wrong.
 */
export function parseSymbol(text: string, options: ParseOptions = {}): ParsedSymbol {
  if (typeof text !== 'string')
    throw new SymbolParseError('a symbol must be a string', String(text), -1);
  const unknownRoots = options?.unknownRoots === true;
  const members = splitDouble(cleanSymbolText(text)).map((m) =>
    info(parseSingle(text, m, unknownRoots)),
  );
  if (members.length === 0) throw new SymbolParseError('empty symbol', text, -1);
  if (members.length > 2)
    throw new SymbolParseError('more than two symbols run together', text, -1);
  const [first] = members as [SymbolInfo];
  if (members.length === 1) return Object.assign(first, { members: [] });
  return { ...first, normalized: members.map((m) => m.normalized).join('-'), members };
}

/** Like {@link parseSymbol}, but returns `{ ok: false, error }` instead of throwing. */
export function safeParseSymbol(
  text: string,
  options: ParseOptions = {},
): { ok: true; symbol: ParsedSymbol } | { ok: false; error: SymbolParseError } {
  try {
    return { ok: true, symbol: parseSymbol(text, options) };
  } catch (error) {
    if (error instanceof SymbolParseError) return { ok: false, error };
    throw error;
  }
}

/**
 * One canonical spelling: no spaces inside the symbol (one before an old resolution's
 * parenthesis), roots and document types in capitals, bodies and modifiers in the UN's case
 * (`Sub.2`, `Add.1`, `Rev.1`), and the members of a double symbol joined by a hyphen, as the UN
 * Editorial Manual cites them (`A/74/649-S/2020/34`). A reissue `*` is not part of the symbol:
 * `S/2019/765*` normalises to `S/2019/765` (`parseSymbol` says `reissued: true`).
 * @throws SymbolParseError for text that is not a symbol.
 */
export function normalizeSymbol(text: string, options: ParseOptions = {}): string {
  return parseSymbol(text, options).normalized;
}

/** The symbol of parts (one symbol, or the members of a double one); round-trips with parse, less the reissue mark. */
export function formatSymbol(parts: SymbolParts | { members: readonly SymbolParts[] }): string {
  return 'members' in parts && parts.members.length > 0
    ? parts.members.map(formatSingle).join('-')
    : formatSingle(parts as SymbolParts);
}
