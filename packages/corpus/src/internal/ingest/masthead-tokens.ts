import { type ExtractedSymbol, extractSymbols } from '@black-january/un-symbols';
import { findDate, findGuessedDate } from './dates.js';
import type { Line } from './lines.js';
import {
  ASSEMBLY_COMMITTEE,
  DATE_AT,
  distributionNamed,
  FACTS,
  IN_TITLE,
  type MastheadOrgan,
  OCR_DATE_START,
  OTHER_BODY,
  OTHER_BODY_WORDS,
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

/**
 * After a title line ending in "the", an organ's name that opens the next line is still the
 * organ's heading when masthead facts follow it, on its line or the next ("Security Council
 * Fifty-ninth year"); followed by words, or by nothing, it goes on with the title ("Security
 * Council and other matters…", "…of the" / "General Assembly" over the document's title).
 */
function headingAlone(after: string, atLineStart: boolean, nextLine: string | undefined): boolean {
  const next = after.trimStart() || nextLine?.trimStart();
  return (
    atLineStart &&
    next !== undefined &&
    /^(?:[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\b|Distr\.|Original|\d)/.test(next)
  );
}

function symbolAt(text: string): ExtractedSymbol | null {
  if (!/^[A-Z]+\s?\//.test(text)) return null;
  const [first] = extractSymbols(text.slice(0, 120));
  return first && first.start === 0 ? first : null;
}

function factAt(
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
const factOpens = (text: string) =>
  symbolAt(text) !== null || FACTS.some(([kind, pattern]) => kind !== 'logo' && pattern.test(text));

const isUpper = (c: number) => c >= 65 && c <= 90;
/** A small letter, a digit or a stop: what a run-on fact's capital may follow. */
const runsOn = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46;

/**
 * Where the word from `at` to `end` ends: before a fact run on to it ("2021Original:",
 * "sessionAgenda item 34"), else at `end`.
 */
function gluedFact(text: string, at: number, end: number): number {
  for (let j = at + 1; j < end; j++)
    if (isUpper(text.charCodeAt(j)) && runsOn(text.charCodeAt(j - 1)))
      if (factOpens(text.slice(j, j + 120))) return j;
  return end;
}

/**
 * Cut masthead lines into facts: logo, symbols, organs, sessions and years, `Distr.`, dates,
 * `Original:`, agenda heads, and the words between them. Two-column and flattened copies put
 * several facts on a line; this reads them wherever they stand. Linear: each step consumes text.
 */
export function tokenizeMasthead(lines: readonly Line[]): MastheadToken[] {
  const out: MastheadToken[] = [];
  let owner: Owner = 'assembly';
  for (const [i, line] of lines.entries()) {
    const text = line.text;
    if (text.startsWith('*')) {
      out.push({ kind: 'footnote', text, line });
      continue;
    }
    // "…and the" over "Council of Europe": a wrapped title's words, no body's heading.
    // An organ an OCR copy misread ("Generai Assembly") is still that organ.
    if (OTHER_BODY.test(text) && !organNamed(text) && !IN_TITLE.test(lines[i - 1]?.text ?? '')) {
      out.push({ kind: 'body', text, line });
      if (!ASSEMBLY_COMMITTEE.test(text)) owner = 'other';
      continue;
    }
    let at = 0;
    let words = '';
    // The last words read, kept apart: slicing the growing run itself would copy it every word.
    let recent = '';
    const flush = () => {
      // Another body's name run on to the fact before it ("Original: EnglishHuman Rights Council").
      if (words.length < 100 && OTHER_BODY_WORDS.test(words.trimEnd())) owner = 'other';
      if (words) out.push({ kind: 'words', text: words.trim(), line });
      words = '';
      recent = '';
    };
    const before = () =>
      (words ? recent : out.at(-1)?.kind === 'words' ? (out.at(-1)?.text ?? '') : '')
        .slice(-12)
        .trimEnd();
    while (at < text.length) {
      if (text[at] === ' ' || text[at] === '|') {
        at++;
        continue;
      }
      // A flattened masthead names another body amid its facts: "… English Human Rights Council
      // Forty-sixth session …".
      if (words && words.length < 100 && OTHER_BODY_WORDS.test(words.trimEnd())) owner = 'other';
      const fact = factAt(
        text.slice(at, at + 400),
        before(),
        line,
        out.at(-1)?.line !== line && !words,
        owner,
        lines[i + 1]?.text,
      );
      if (fact) {
        flush();
        out.push(fact);
        if (fact.kind === 'organ' && fact.organ !== 'Security Council')
          owner = fact.organ === 'General Assembly' ? 'assembly' : 'other';
        at += fact.text.length;
        continue;
      }
      const end = text.indexOf(' ', at);
      const stop = gluedFact(text, at, end === -1 ? text.length : end);
      const word = `${text.slice(at, stop)} `;
      words += word;
      recent = `${recent}${word}`.slice(-12);
      at = stop;
    }
    flush();
  }
  return out;
}
