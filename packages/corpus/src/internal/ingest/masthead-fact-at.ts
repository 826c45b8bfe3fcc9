import { type ExtractedSymbol, extractSymbols } from '@black-january/un-symbols';
import { findDate, findGuessedDate } from './dates.js';
import type { Line } from './lines.js';
import {
  DATE_AT,
  distributionNamed,
  FACTS,
  IN_TITLE,
  type MastheadOrgan,
  OCR_DATE_START,
  organNamed,
  PERIODS,
  type Period,
} from './masthead-facts.js';

/** One fact a masthead prints, or a run of words that is none (an agenda title, say). */
export type MastheadToken = { line: Line; text: string } & (
  | { kind: 'logo' }
  | { kind: 'symbol'; symbol: ExtractedSymbol }
  | { kind: 'organ'; organ: MastheadOrgan }
  | { kind: 'body' }
  | {
      kind: 'period';
      ordinal: string;
      period: Period;
      owner: Owner;
    }
  | { kind: 'distribution'; value: string }
  | { kind: 'original'; language: string }
  | {
      kind: 'agenda';
      numbers: string;
      list: 'agenda' | 'provisional' | 'preliminary';
      owner: Owner;
    }
  | { kind: 'date'; iso: string; guessed?: true }
  | { kind: 'footnote' }
  | { kind: 'words' }
);

/**
 * Whose session or agenda a fact is: the nearest body named before it, passing over the Security
 * Council (which counts years, not sessions); the Assembly's when none is named.
 */
export type Owner = 'assembly' | 'other';

/** A session or year as a masthead prints it: "Seventy-fifth session", "Fifty-ninth year". */
const PERIOD = String.raw`[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\b`;
const PERIOD_NEXT = new RegExp(`^\\s+${PERIOD}`);
const HEADING_NEXT = new RegExp(`^(?:${PERIOD}|Distr\\.|Original|\\d)`);

/**
 * After a title line ending in "the", an organ's name that opens the next line is still the
 * organ's heading when masthead facts follow it, on its line or the next ("Security Council
 * Fifty-ninth year"); followed by words, or by nothing, it goes on with the title ("Security
 * Council and other matters…", "…of the" / "General Assembly" over the document's title). In a
 * flattened masthead, mid-line, it is the heading when its session or year follows it.
 */
function headingAlone(after: string, atLineStart: boolean, nextLine: string | undefined): boolean {
  // Mid-line, in a flattened masthead, only its session or year right after it tells.
  if (!atLineStart) return PERIOD_NEXT.test(after);
  const next = after.trimStart() || nextLine?.trimStart();
  return next !== undefined && HEADING_NEXT.test(next);
}

function symbolAt(text: string): ExtractedSymbol | null {
  if (!/^[A-Z]+\s?\//.test(text)) return null;
  const [first] = extractSymbols(text.slice(0, 120));
  return first && first.start === 0 ? first : null;
}

/**
 * The fact that opens `rest` (what is left of `line` after `before`), or null. `owner` is whose
 * session or agenda a period or agenda head would be; `nextLine` tells an organ's heading from
 * the same words going on with a title that ends in "the".
 */
export function factAt(
  rest: string,
  before: string,
  line: Line,
  atLineStart: boolean,
  owner: Owner,
  nextLine: string | undefined,
): MastheadToken | null {
  const symbol = symbolAt(rest);
  if (symbol) return { kind: 'symbol', symbol, text: symbol.text, line };
  const date = DATE_AT.exec(rest);
  if (date) {
    const found = findDate(date[0]);
    if (found) return { kind: 'date', iso: found.iso, text: date[0], line };
  }
  // An OCR copy's date with letters for digits ("2l April 1993"), read through and flagged.
  const ocr = OCR_DATE_START.test(rest) ? findGuessedDate(rest.slice(0, 40)) : null;
  if (ocr && rest.startsWith(ocr.printed))
    return { kind: 'date', iso: ocr.iso, guessed: true, text: ocr.printed, line };
  for (const [kind, pattern] of FACTS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const text = m[0];
    if (
      kind === 'organ' &&
      IN_TITLE.test(before) &&
      !headingAlone(rest.slice(text.length), atLineStart, nextLine)
    )
      return null;
    if (kind === 'logo' && (!atLineStart || IN_TITLE.test(before))) continue;
    if (kind === 'logo') return { kind, text, line };
    if (kind === 'organ') return { kind, organ: organNamed(text) as MastheadOrgan, text, line };
    if (kind === 'period')
      return {
        kind,
        ordinal: m[1] as string,
        period: PERIODS[m[2] as string] as Period,
        owner,
        text,
        line,
      };
    if (kind === 'distribution')
      return {
        kind,
        value: distributionNamed(m[1] as string),
        text,
        line,
      };
    if (kind === 'original') return { kind, language: m[1] as string, text, line };
    if (kind === 'agenda') {
      const list = m[4]
        ? (m[4].toLowerCase().replace('1', 'l') as 'provisional' | 'preliminary')
        : m[1]
          ? 'provisional'
          : 'agenda';
      return { kind, numbers: (m[2] ?? m[3]) as string, list, owner, text, line };
    }
  }
  return null;
}

/** Whether a fact other than the logo opens `text`: one a PDF copy may run on to the word before. */
export const factOpens = (text: string) =>
  symbolAt(text) !== null || FACTS.some(([kind, pattern]) => kind !== 'logo' && pattern.test(text));
