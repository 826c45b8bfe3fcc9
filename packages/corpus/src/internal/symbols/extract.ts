import {
  cleanSymbolText,
  formatSingle,
  parseSingle,
  type SymbolParts,
  splitDouble,
} from './parse.js';
import { span } from './span.js';
import { isLetter, isSpace, rootBefore } from './start.js';
import { ROOTS } from './vocabulary.js';

/** A symbol found in free text. */
export interface ExtractedSymbol {
  /** The text as printed, from `start` to `end` (UTF-16 offsets; `end` exclusive). */
  text: string;
  start: number;
  end: number;
  /** Standard spelling; the members of a double symbol joined by a hyphen. */
  normalized: string;
  /** The single symbols: one, or two for a double symbol, each with its own offsets. */
  members: Array<{ normalized: string; start: number; end: number }>;
  /** How a double symbol's members were joined in the text. */
  separator: 'hyphen' | 'en-dash' | 'em-dash' | 'space' | 'none' | null;
  /** A reissue mark `*` follows the symbol (it is not part of `normalized`). */
  reissued: boolean;
  /**
   * `certain`; `probable` for a well-formed symbol under a series root this library does not
   * know (see `notes`); `guessed` when characters were repaired (OCR damage such as O for 0).
   */
  confidence: 'certain' | 'probable' | 'guessed';
  /** The repairs a guessed symbol needed ("letter O read as zero"). */
  repairs: string[];
  /** Why a symbol is less than certain, in words. */
  notes: string[];
}

export interface ExtractOptions {
  /** Also return symbols that needed an OCR repair (flagged `guessed`); default true. */
  guesses?: boolean;
  /** Also return well-formed symbols under unknown series roots (flagged `probable`); default true. */
  unknownRoots?: boolean;
}

const ROOT_ALT = Object.keys(ROOTS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DOUBLE = new RegExp(
  `(?:[ \\u00a0]?([-\\u2013\\u2014])[ \\u00a0]?|([ \\u00a0\\n])|)(?=(?:${ROOT_ALT})/)`,
  'y',
);
const SEPARATORS: Record<string, ExtractedSymbol['separator']> = {
  '-': 'hyphen',
  '\u2013': 'en-dash',
  '\u2014': 'em-dash',
};
/** Year-like numbers: "S/2020" alone is a year, not the 2020th document. */
const YEAR_LIKE = /^(?:19[4-9][0-9]|20[0-9]{2})$/;
/** Digits a number of a numbered series needs to be read from text (`S/1100`, `A/9601`). */
const SERIES_MIN_DIGITS = 3;

const OCR: Array<[RegExp, string, string]> = [
  [/(?<=[0-9])[Oo]|[Oo](?=[0-9])/g, '0', 'letter O read as zero'],
  [/(?<=[0-9])[lI]|[lI](?=[0-9])/g, '1', 'letter l or I read as one'],
];

/**
 * Whether a parsed symbol is specific enough to be taken from running text: two components after
 * the root, or one that is a numbered record (`S/PV.8699`) or a number under a series root
 * (`CD/1299`, and `S/1100` or `A/9601` of the numbered series before sessions and years); "S/2020"
 * alone is a year, not a document. Under an unknown root, only the full shape of a symbol counts:
 * a named component and a last number that is not a year (`TPNW/MSP/2022/INF/1`).
 */
function standsAlone(parts: SymbolParts, known: boolean): boolean {
  const core = parts.components.filter((c) => c.kind !== 'modifier');
  if (!known) {
    const last = core.at(-1);
    const numbered =
      (last?.kind === 'number' && !YEAR_LIKE.test(String(last.value))) ||
      (last?.kind === 'type' && last.number !== null);
    return (
      numbered &&
      core.length >= 2 &&
      core.some((c) => c.kind === 'type' || c.kind === 'code' || c.kind === 'body')
    );
  }
  if (parts.components.length >= 2) return true;
  const [only] = parts.components;
  if (only?.kind === 'type') return only.number !== null;
  if (only?.kind !== 'number') return false;
  if (!['A', 'S', 'E', 'T'].includes(parts.root ?? '')) return true;
  const digits = String(only.value);
  return only.through === null && digits.length >= SERIES_MIN_DIGITS && !YEAR_LIKE.test(digits);
}

type Parsed = { parts: SymbolParts; repairs: string[] } | null;
/** A member read from text: its parts, its spelling, and whether it may be taken alone. */
type Member = { parts: SymbolParts; repairs: string[]; normalized: string; alone: boolean } | null;
/** Members and splits by their raw text: real text cites the same symbols again and again. */
const memo = new Map<string, Member>();
const splits = new Map<string, string[]>();
const MEMO_LIMIT = 4096;

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

function parseMember(raw: string, known: boolean): Member {
  return cached(memo, `${known ? 'k' : 'u'}${raw}`, () => {
    const parsed = parseMemberUncached(raw, known);
    return parsed
      ? {
          ...parsed,
          normalized: formatSingle(parsed.parts),
          alone: standsAlone(parsed.parts, known),
        }
      : null;
  });
}

function parseMemberUncached(raw: string, known: boolean): Parsed {
  const clean = cleanSymbolText(raw);
  try {
    return { parts: parseSingle(raw, clean, !known), repairs: [] };
  } catch {
    if (!known) return null;
    let repaired = clean;
    const repairs: string[] = [];
    for (const [pattern, replacement, note] of OCR) {
      const next = repaired.replace(pattern, replacement);
      if (next !== repaired) repairs.push(note);
      repaired = next;
    }
    if (repairs.length === 0) return null;
    try {
      return { parts: parseSingle(raw, repaired), repairs };
    } catch {
      return null;
    }
  }
}

/**
 * Every UN document symbol in a text, with offsets, standard spelling and, for a double symbol,
 * both the pair and its members. Symbols are read as printed: in any case, broken across lines,
 * in brackets with a pinpoint, inside undocs.org and un.org links. Dates, file paths, other URLs,
 * fractions, `and/or`, job numbers and press codes (`GA/12345`) are not symbols. Runs in time
 * linear in the length of the text.
 */
export function extractSymbols(text: string, options: ExtractOptions = {}): ExtractedSymbol[] {
  if (typeof text !== 'string') throw new TypeError('extractSymbols expects a string');
  const out: ExtractedSymbol[] = [];
  let resumeAt = 0;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    const root = rootBefore(text, slash);
    if (!root || root.start < resumeAt) continue;
    if (!root.known && options.unknownRoots === false) continue;
    const found = readAt(text, root.start, root.known, options.guesses ?? true);
    if (!found) continue;
    out.push(found);
    // A link names one document, however often its query repeats the symbol.
    resumeAt = root.inLink ? endOfWord(text, found.end) : found.end;
    slash = Math.max(slash, found.end - 1);
  }
  return out;
}

function readAt(
  text: string,
  start: number,
  known: boolean,
  guesses: boolean,
): ExtractedSymbol | null {
  let rootEnd = start;
  while (rootEnd - start < 10 && isLetter(text.charCodeAt(rootEnd))) rootEnd++;
  const end = span(text, rootEnd);
  if (end === rootEnd || text[end] === '/') return null;
  if (text[end] === '.' && /^\.[a-z]{2,4}\b/.test(text.slice(end, end + 6))) return null;
  const raw = text.slice(start, end);
  const pieces = cached(splits, `${known ? 'k' : 'u'}${raw}`, () =>
    known ? splitDouble(cleanSymbolText(raw)) : [cleanSymbolText(raw)],
  );
  const members: ExtractedSymbol['members'] = [];
  const repairs: string[] = [];
  let separator: ExtractedSymbol['separator'] = null;
  let reissued = false;
  let cursor = start;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] as string;
    const parsed = parseMember(piece, known);
    if (!parsed?.alone) return null;
    if (parsed.repairs.length) repairs.push(...parsed.repairs);
    reissued ||= parsed.parts.reissued;
    let at = start;
    if (i > 0) {
      at = indexOfMember(text, piece, cursor);
      let gapStart = at;
      while (gapStart > cursor && /[\s\-\u2013\u2014]/.test(text[gapStart - 1] as string))
        gapStart--;
      const gap = text.slice(gapStart, at);
      const dash = /[-\u2013\u2014]/.exec(gap)?.[0];
      separator = dash ? (SEPARATORS[dash] ?? 'hyphen') : gap === '' ? 'none' : 'space';
      const previous = members[i - 1];
      if (previous) previous.end = gapStart;
    }
    members.push({ normalized: parsed.normalized, start: at, end });
    cursor = at + 1;
  }
  let last = end;
  DOUBLE.lastIndex = end;
  const join = members.length === 1 && known ? DOUBLE.exec(text) : null;
  if (join) {
    const secondEnd = span(
      text,
      DOUBLE.lastIndex + (/^[A-Z]+/.exec(text.slice(DOUBLE.lastIndex))?.[0].length ?? 0),
    );
    const second = parseMember(text.slice(DOUBLE.lastIndex, secondEnd), true);
    if (second?.alone && text[secondEnd] !== '/') {
      members.push({
        normalized: second.normalized,
        start: DOUBLE.lastIndex,
        end: secondEnd,
      });
      separator = join[1] ? (SEPARATORS[join[1]] ?? 'hyphen') : join[2] ? 'space' : 'none';
      repairs.push(...second.repairs);
      reissued ||= second.parts.reissued;
      last = secondEnd;
    }
  }
  if (repairs.length > 0 && !guesses) return null;
  return {
    text: text.slice(start, last),
    start,
    end: last,
    normalized: members.map((m) => m.normalized).join('-'),
    members,
    separator,
    reissued,
    confidence: repairs.length > 0 ? 'guessed' : known ? 'certain' : 'probable',
    repairs,
    notes: known
      ? []
      : [
          `"${text.slice(start, rootEnd).toUpperCase()}" is not a series root this library knows; the shape is that of a UN symbol`,
        ],
  };
}

const memberStarts = new Map<string, RegExp>();

/** Where the second member of a double symbol starts: its root, in any case, spaced from its slash. */
function indexOfMember(text: string, piece: string, from: number): number {
  const root = piece.slice(0, piece.indexOf('/'));
  const at = cached(memberStarts, root, () => new RegExp(`${root}[ \\t\\u00a0\\r\\n]{0,3}/`, 'gi'));
  at.lastIndex = from;
  return at.exec(text)?.index ?? from;
}

function endOfWord(text: string, from: number): number {
  let end = from;
  while (end < text.length && end - from < 2048 && !isSpace(text.charCodeAt(end))) end++;
  return end;
}
