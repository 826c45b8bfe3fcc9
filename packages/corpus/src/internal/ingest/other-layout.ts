import { extractSymbols } from '@black-january/un-symbols';
import { DATE_ONLY, symbolsOnly } from './block-shapes.js';
import { mastheadFact } from './layout.js';
import type { Line } from './lines.js';
import {
  ENDS_WITH_AGENDA_HEAD,
  LOGO,
  MASTHEAD_MARKS,
  STARTS_WITH_AGENDA_HEAD,
} from './masthead-facts.js';

/** The lines of a masthead document with no letter title: masthead, then title, then body. */
export interface OtherLayout {
  mastheadStart: number;
  titleStart: number;
  /** Equal to `titleStart` where the block after the masthead is text, not a title. */
  titleEnd: number;
}

const TITLE_MAX = 400;
/** Masthead facts as a flattened masthead line runs them together: its marks and its organs. */
const LINE_FACTS = new RegExp(`${MASTHEAD_MARKS}|General Assembly|Security Council`, 'g');
/** How far down a copy the logo may stand (a site's header above it). */
const LOGO_WITHIN = 8;
/** A letter's opening words, which a copy that lost its title still prints. */
export const LETTER_OPENING = /\bI have the honour\b/;

/**
 * A line no agenda title goes on to: a blank, an organ or its session alone, an opening, a draft's
 * sponsors ("…: draft resolution") or its preamble's first words ("The General Assembly,").
 */
const AGENDA_TITLE_ENDS =
  /^$|^(?:General Assembly|Security Council|Economic and Social Council)$|^[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)$|^(?:(?:I|We) have the honou?r|The (?:Permanent|Observer) (?:Mission|Delegation)\b|The [A-Z][\w-]*(?: [A-Z][\w-]*)* has the honou?r)|: (?:revised )?draft (?:resolution|decision)$|^The (?:General Assembly|Security Council|Human Rights Council|Economic and Social Council),$/;

const nonBlank = (lines: readonly Line[], from: number) => {
  let i = from;
  while (i < lines.length && (lines[i] as Line).text === '') i++;
  return i;
};

/**
 * The layout of a masthead document: the logo near the top, then lines of masthead facts (an
 * agenda head's title lines with it) including a symbol; the title is the first block after them.
 */
export function findOtherLayout(lines: readonly Line[]): OtherLayout | null {
  let start = -1;
  for (let i = 0, seen = 0; i < lines.length && seen < LOGO_WITHIN && start === -1; i++) {
    if ((lines[i] as Line).text === '') continue;
    seen++;
    if (LOGO.test((lines[i] as Line).text)) start = i;
  }
  if (start === -1) return null;
  let i = nonBlank(lines, start);
  let facts = 0;
  for (; i < lines.length; i = nonBlank(lines, i)) {
    const text = (lines[i] as Line).text;
    if (!mastheadFact(lines[i] as Line) && !DATE_ONLY.test(text) && !symbolsOnly(text)) break;
    facts++;
    i++;
    // An agenda head's title runs on its lines up to the blank line, or in a copy that lost its
    // blank lines, up to the next organ or its session, or the text's opening.
    if (STARTS_WITH_AGENDA_HEAD.test(text) || ENDS_WITH_AGENDA_HEAD.test(text))
      while (i < lines.length && !AGENDA_TITLE_ENDS.test((lines[i] as Line).text)) i++;
  }
  const masthead = lines.slice(start, i);
  // A flattened copy's masthead is one line that holds the facts.
  const dense = facts === 1 && ((masthead[0] as Line).text.match(LINE_FACTS)?.length ?? 0) >= 3;
  if (
    (facts < 3 && !dense) ||
    i >= lines.length ||
    !masthead.some((l) => extractSymbols(l.text).length)
  )
    return null;
  let end = i;
  let block = '';
  while (end < lines.length && (lines[end] as Line).text !== '')
    block += ` ${(lines[end++] as Line).text}`;
  // A block longer than any title, or of sentences, is text run on from the masthead (a copy
  // that lost its breaks): there is no title to read.
  const text =
    block.length > TITLE_MAX || /[.;](?: [A-Z]|$)/.test(block) || LETTER_OPENING.test(block);
  return { mastheadStart: start, titleStart: i, titleEnd: text ? i : end };
}
