import {
  cleanSymbolText,
  formatSingle,
  parseSingle,
  type SymbolParts,
  splitDouble,
} from './parse.js';
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
  /** `guessed` when characters were repaired (OCR damage such as O for 0); see `repairs`. */
  confidence: 'certain' | 'guessed';
  repairs: string[];
}

export interface ExtractOptions {
  /** Also return symbols that needed an OCR repair (flagged `guessed`); default true. */
  guesses?: boolean;
}

const ROOT_ALT = Object.keys(ROOTS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ROOT_SET = new Set(Object.keys(ROOTS));
const MAX_ROOT = Math.max(...Object.keys(ROOTS).map((r) => r.length));
const isUpper = (c: number) => c >= 65 && c <= 90;
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
/** What may not stand right before a root: a word, a path, a URL or a number continues there. */
const GLUED = /[\p{L}\p{N}_/.\\:@#-]/u;

/** The start of the root that ends just before the slash at `slash` (spaces allowed), or -1. */
function rootBefore(text: string, slash: number): number {
  let end = slash;
  while (end > 0 && slash - end < 3 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < MAX_ROOT && isUpper(text.charCodeAt(start - 1))) start--;
  if (start === end || !ROOT_SET.has(text.slice(start, end))) return -1;
  if (start > 0 && GLUED.test(text[start - 1] as string)) return -1;
  return start;
}

/** Whether position `i` lies in a URL or a Markdown link target (checked within its word). */
function inLink(text: string, i: number): boolean {
  let from = i;
  while (from > 0 && i - from < 2048 && !isSpace(text.charCodeAt(from - 1))) from--;
  const word = text.slice(from, i);
  return word.includes('://') || word.startsWith('www.') || word.includes('](');
}
const WS = '[ \\t\\u00a0]?(?:\\r?\\n)?[ \\t\\u00a0]?';
/** Up to 12 components of up to 24 characters: bounded, and `/` delimits, so no backtracking blow-up. */
const TAIL = new RegExp(
  `(?:${WS}/${WS}[A-Za-z0-9][A-Za-z0-9.\\-()]{0,24}(?:\\. ?[0-9]{1,3})?){1,12}`,
  'y',
);
const PAREN = /[ \u00a0]?\((?:S-|ES-)?(?:[IVXLC]{1,6}|(?:19|20)[0-9]{2})\)/y;
const DOUBLE = new RegExp(
  `(?:[ \\u00a0]?([-\\u2013\\u2014])[ \\u00a0]?|([ \\u00a0\\n])|)(?=(?:${ROOT_ALT})/)`,
  'y',
);
const SEPARATORS: Record<string, ExtractedSymbol['separator']> = {
  '-': 'hyphen',
  '\u2013': 'en-dash',
  '\u2014': 'em-dash',
};

function span(text: string, from: number): number {
  TAIL.lastIndex = from;
  if (!TAIL.exec(text)) return from;
  let end = TAIL.lastIndex;
  while (end > from && /[.\-(]/.test(text[end - 1] as string)) end--;
  const opened = (text.slice(from, end).match(/\(/g) ?? []).length;
  if (text[end - 1] === ')' && (text.slice(from, end).match(/\)/g) ?? []).length > opened) end--;
  PAREN.lastIndex = end;
  if (PAREN.exec(text)) end = PAREN.lastIndex;
  let stars = 0;
  while (text[end + stars] === '*') stars++;
  // `**` closes Markdown bold; an odd run carries the reissue mark before it.
  return stars % 2 === 1 ? end + 1 : end;
}

const OCR: Array<[RegExp, string, string]> = [
  [/(?<=[0-9])[Oo]|[Oo](?=[0-9])/g, '0', 'letter O read as zero'],
  [/(?<=[0-9])[lI]|[lI](?=[0-9])/g, '1', 'letter l or I read as one'],
];

/**
 * Whether a parsed symbol is specific enough to be taken from running text: two components after
 * the root, or one that is a numbered record (`S/PV.8699`) or a number under a series root
 * (`CD/1299`); "S/2020" alone is a year, not a document.
 */
function standsAlone(parts: SymbolParts): boolean {
  if (parts.components.length >= 2) return true;
  const [only] = parts.components;
  if (only?.kind === 'type') return only.number !== null;
  return only?.kind === 'number' && !['A', 'S', 'E', 'T'].includes(parts.root ?? '');
}

/** Parsed members by their raw text: real text cites the same symbols again and again. */
const memo = new Map<string, { parts: SymbolParts; repairs: string[] } | null>();
const MEMO_LIMIT = 4096;

function parseMember(raw: string): { parts: SymbolParts; repairs: string[] } | null {
  const hit = memo.get(raw);
  if (hit !== undefined) return hit;
  const parsed = parseMemberUncached(raw);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(raw, parsed);
  return parsed;
}

function parseMemberUncached(raw: string): { parts: SymbolParts; repairs: string[] } | null {
  const clean = cleanSymbolText(raw);
  try {
    return { parts: parseSingle(raw, clean), repairs: [] };
  } catch {
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
 * both the pair and its members. Dates, URLs, paths, fractions, `and/or`, job numbers and press
 * codes (`GA/12345`) are not symbols. Runs in time linear in the length of the text.
 */
export function extractSymbols(text: string, options: ExtractOptions = {}): ExtractedSymbol[] {
  if (typeof text !== 'string') throw new TypeError('extractSymbols expects a string');
  const out: ExtractedSymbol[] = [];
  let resumeAt = 0;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    const start = rootBefore(text, slash);
    if (start < resumeAt || inLink(text, start)) continue;
    const found = readAt(text, start, options.guesses ?? true);
    if (!found) continue;
    out.push(found);
    resumeAt = found.end;
    slash = Math.max(slash, found.end - 1);
  }
  return out;
}

function readAt(text: string, start: number, guesses: boolean): ExtractedSymbol | null {
  const rootEnd = start + (/^[A-Z]+/.exec(text.slice(start, start + 6))?.[0].length ?? 0);
  const end = span(text, rootEnd);
  if (end === rootEnd || text[end] === '/' || /^\.[a-z]{2,4}\b/.test(text.slice(end, end + 6)))
    return null;
  const raw = text.slice(start, end);
  const pieces = splitDouble(cleanSymbolText(raw));
  const members: Array<{ normalized: string; start: number; end: number }> = [];
  const repairs: string[] = [];
  let separator: ExtractedSymbol['separator'] = null;
  let cursor = start;
  for (const [i, piece] of pieces.entries()) {
    const parsed = parseMember(piece);
    if (!parsed || !standsAlone(parsed.parts)) return null;
    repairs.push(...parsed.repairs);
    let at = start;
    if (i > 0) {
      at = text.indexOf(piece.slice(0, piece.indexOf('/') + 1), cursor);
      let gapStart = at;
      while (gapStart > cursor && /[\s\-\u2013\u2014]/.test(text[gapStart - 1] as string))
        gapStart--;
      const gap = text.slice(gapStart, at);
      const dash = /[-\u2013\u2014]/.exec(gap)?.[0];
      separator = dash ? (SEPARATORS[dash] ?? 'hyphen') : gap === '' ? 'none' : 'space';
      const previous = members[i - 1];
      if (previous) previous.end = gapStart;
    }
    members.push({ normalized: formatSingle(parsed.parts), start: at, end });
    cursor = at + 1;
  }
  let last = end;
  DOUBLE.lastIndex = end;
  const join = members.length === 1 ? DOUBLE.exec(text) : null;
  if (join) {
    const secondEnd = span(
      text,
      DOUBLE.lastIndex + (/^[A-Z]+/.exec(text.slice(DOUBLE.lastIndex))?.[0].length ?? 0),
    );
    const second = parseMember(text.slice(DOUBLE.lastIndex, secondEnd));
    if (second && standsAlone(second.parts)) {
      members.push({
        normalized: formatSingle(second.parts),
        start: DOUBLE.lastIndex,
        end: secondEnd,
      });
      separator = join[1] ? (SEPARATORS[join[1]] ?? 'hyphen') : join[2] ? 'space' : 'none';
      repairs.push(...second.repairs);
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
    confidence: repairs.length > 0 ? 'guessed' : 'certain',
    repairs,
  };
}
