import {
  cleanSymbolText,
  formatSingle,
  parseSingle,
  type SymbolParts,
  splitDouble,
} from './parse.js';

/** Reading one member of a symbol found in text: parsing, OCR repair, and whether it stands alone. */
/** Year-like numbers: "S/2020" alone is a year, not the 2020th document. */
const YEAR_LIKE = /^(?:19[4-9][0-9]|20[0-9]{2})$/;
/** Digits a number of a numbered series needs to be read from text (`S/1100`, `A/9601`). */
const SERIES_MIN_DIGITS = 3;

const OCR: Array<[RegExp, string, string]> = [
  [/(?<=[0-9])[Oo]|[Oo](?=[0-9])/g, '0', 'letter O read as zero'],
  [/(?<=[0-9])[lI]|[lI](?=[0-9])/g, '1', 'letter l or I read as one'],
  // Only between digits: "S/2S637" is S/25637, but an S or a B next to one digit can be a code's.
  [/(?<=[0-9])S(?=[0-9])/g, '5', 'letter S read as five'],
  [/(?<=[0-9])B(?=[0-9])/g, '8', 'letter B read as eight'],
];

/**
 * Whether a parsed symbol is specific enough to be taken from running text: two components after
 * the root, or one that is a numbered record (`S/PV.8699`) or a number under a series root
 * (`CD/1299`, and `S/1100` or `A/9601` of the numbered series before sessions and years); "S/2020"
 * alone is a year, not a document. Under an unknown root, only the full shape of a symbol counts:
 * a named component and a last number that is not a year (`TPNW/MSP/2022/INF/1`).
 */
export function standsAlone(parts: SymbolParts, known: boolean): boolean {
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
export type Member = {
  parts: SymbolParts;
  repairs: string[];
  normalized: string;
  alone: boolean;
} | null;
/** Members and splits by their raw text: real text cites the same symbols again and again. */
const memo = new Map<string, Member>();
export const splits = new Map<string, string[]>();
const MEMO_LIMIT = 4096;

export function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = make();
  if (map.size >= MEMO_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

const roundTrips = new Map<string, boolean>();

/**
 * Whether a normal form reads back to itself as parseSymbol reads it (with unknown roots when the
 * root is not known): text can put members together in ways the normal form would split apart.
 */
export function reparses(normalized: string, known: boolean): boolean {
  return cached(roundTrips, `${known ? 'k' : 'u'}${normalized}`, () => {
    try {
      const pieces = splitDouble(cleanSymbolText(normalized));
      return (
        pieces.length <= 2 &&
        pieces.map((p) => formatSingle(parseSingle(normalized, p, !known))).join('-') === normalized
      );
    } catch {
      return false;
    }
  });
}

export function parseMember(raw: string, known: boolean): Member {
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

/**
 * A component of digits with an l or I among them ("l23", "20l9"): an OCR copy's one, though it
 * would parse as a code.
 */
const DIGITS_WITH_ONE = /(?:^|\/)(?=[\dlI]*\d)[\dlI]*[lI][\dlI]*(?=\/|$| ?\()/;

function parseMemberUncached(raw: string, known: boolean): Parsed {
  const clean = cleanSymbolText(raw);
  if (!known || !DIGITS_WITH_ONE.test(clean)) {
    try {
      return { parts: parseSingle(raw, clean, !known), repairs: [] };
    } catch {
      if (!known) return null;
    }
  }
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
