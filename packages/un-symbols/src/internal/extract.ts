import { cached, parseMember, reparses, splits } from './members.js';
import { cleanSymbolText, splitDouble } from './parse.js';
import { span } from './span.js';
import { isLetter, isSpace, rootBefore } from './start.js';
import { ROOTS } from './vocabulary.js';

/** A symbol found in free text. */
export interface ExtractedSymbol {
  /** The text as printed, from `start` to `end` (UTF-16 offsets; `end` exclusive). */
  text: string;
  start: number;
  end: number;
  /**
   * Standard spelling; the members of a double symbol joined by a hyphen. `parseSymbol` reads it
   * back to itself (with `{ unknownRoots: true }` when `confidence` is `probable`).
   */
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
/** The dashes that join a double symbol: hyphens (a PDF's non-breaking one, a minus sign too) and dashes. */
const DASHES = '\\u2010-\\u2015\\u2212-';
const DOUBLE = new RegExp(
  `(?:[ \\u00a0]?(-{2,3}|[${DASHES}])[ \\u00a0]?|([ \\u00a0\\n])|)(?=(?:${ROOT_ALT})[ \\u00a0]?/)`,
  'y',
);
const DASH = new RegExp(`[${DASHES}]`);
const ADDENDA_RANGE = /(?<=\/(?:Add|Rev|Corr|Amend)\.\d{1,3})-\d{1,3}$/i;
const GAP = new RegExp(`[\\s${DASHES}]`);
const SEPARATORS: Record<string, ExtractedSymbol['separator']> = {
  '\u2012': 'en-dash',
  '\u2013': 'en-dash',
  '\u2014': 'em-dash',
  '\u2015': 'em-dash',
  // A plain-text copy's en and em dashes.
  '--': 'en-dash',
  '---': 'em-dash',
};
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
  let end = span(text, rootEnd);
  // A range of addenda ("A/74/649/Add.1-3") cites the first and those after it: the first is read.
  end -= ADDENDA_RANGE.exec(text.slice(start, end))?.[0].length ?? 0;
  if (end === rootEnd || text[end] === '/') return null;
  if (text[end] === '.' && /^\.[a-z]{2,4}\b/.test(text.slice(end, end + 6))) return null;
  const raw = text.slice(start, end);
  // Split as parseSymbol splits, so that `normalized` reads back to itself.
  const pieces = cached(splits, raw, () => splitDouble(cleanSymbolText(raw)));
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
      while (gapStart > cursor && GAP.test(text[gapStart - 1] as string)) gapStart--;
      const gap = text.slice(gapStart, at);
      const dash = /-{2,3}/.exec(gap)?.[0] ?? DASH.exec(gap)?.[0];
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
    const first = members[0]?.normalized;
    if (
      second?.alone &&
      text[secondEnd] !== '/' &&
      reparses(`${first}-${second.normalized}`, known)
    ) {
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
  const normalized = members.map((m) => m.normalized).join('-');
  if (!reparses(normalized, known)) return null;
  return {
    text: text.slice(start, last),
    start,
    end: last,
    normalized,
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
