import { formatLocator, type Passage } from '../../passages.js';
import type { Locator } from '../../schema-text.js';

/** Where a quotation occurs: `exact` character for character, or `normalised` (quotes, dashes, spaces). */
export interface QuoteMatch {
  id: string;
  locator: Locator;
  pinpoint: string;
  match: 'exact' | 'normalised';
  /** Character range [start, end) of the quotation in the paragraph text. */
  start: number;
  end: number;
}

/** A passage that would match if its numbers were different: reported, never accepted. */
export interface QuoteNearMiss {
  id: string;
  locator: Locator;
  pinpoint: string;
  reason: 'numbers-differ';
  /** The words the document actually prints there. */
  actual: string;
}

export interface QuoteVerification {
  found: boolean;
  matches: QuoteMatch[];
  nearMisses: QuoteNearMiss[];
}

const QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const APOSTROPHES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Fold quotes, apostrophes, dashes and runs of white space, keeping a map back to the original. */
export function foldWithMap(text: string): { folded: string; map: number[] } {
  const out: string[] = [];
  const map: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    let ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (code > 32 && code < 128) {
      space = false;
      out.push(ch);
      map.push(i);
      continue;
    }
    if (/\s/.test(ch)) {
      if (space) continue;
      ch = ' ';
      space = true;
    } else {
      space = false;
      ch = ch.replace(QUOTES, '"').replace(APOSTROPHES, "'").replace(DASHES, '-');
    }
    out.push(ch);
    map.push(i);
  }
  map.push(text.length);
  return { folded: out.join(''), map };
}

/** Quotes longer than this are checked exactly and folded, without a near-miss pattern. */
const NEAR_MISS_MAX = 2000;

/**
 * The quotation with each number free: "131 civilians" finds "137 civilians". Each number is
 * matched once, greedily, through a lookahead and a back-reference (an atomic group), so a text of
 * dotted numbers cannot make the pattern backtrack. Null for a quote too long to compile.
 */
function nearMissPattern(query: string): RegExp | null {
  if (query.length > NEAR_MISS_MAX) return null;
  let group = 0;
  const source = query
    .split(/(\d+(?:[,.]\d+)*)/)
    .map((piece, i) => {
      if (i % 2 === 0) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      group++;
      return `(?=(\\d+(?:[,.]\\d+)*))\\${group}`;
    })
    .join('');
  try {
    return new RegExp(source);
  } catch {
    return null;
  }
}

function cleanQuery(text: string): string {
  const t = foldWithMap(text.trim()).folded;
  const wrapped = /^"([^"]*)"$/.exec(t) ?? /^'([^']*)'$/.exec(t);
  return wrapped ? (wrapped[1] as string).trim() : t;
}

/** Find a quotation in passages: exact, or equal after folding; different numbers never match. */
export function verifyIn(
  passages: Iterable<Passage>,
  quote: string,
  annexCount: (id: string) => number,
): QuoteVerification {
  const query = cleanQuery(quote);
  const matches: QuoteMatch[] = [];
  const nearMisses: QuoteNearMiss[] = [];
  if (query.length === 0) return { found: false, matches, nearMisses };
  const loose = nearMissPattern(query);
  for (const p of passages) {
    const pinpoint = formatLocator(p.locator, annexCount(p.id));
    const exact = p.text.indexOf(quote.trim());
    if (exact !== -1) {
      matches.push({
        id: p.id,
        locator: p.locator,
        pinpoint,
        match: 'exact',
        start: exact,
        end: exact + quote.trim().length,
      });
      continue;
    }
    const { folded, map } = foldWithMap(p.text);
    const at = folded.indexOf(query);
    if (at !== -1) {
      matches.push({
        id: p.id,
        locator: p.locator,
        pinpoint,
        match: 'normalised',
        start: map[at] as number,
        end: map[at + query.length] as number,
      });
      continue;
    }
    const near = loose?.exec(folded);
    if (near) {
      const actual = p.text.slice(map[near.index], map[near.index + near[0].length]);
      nearMisses.push({ id: p.id, locator: p.locator, pinpoint, reason: 'numbers-differ', actual });
    }
  }
  return { found: matches.length > 0, matches, nearMisses };
}
