import { bodyPieces } from './flat-body.js';
import { flatMastheadEnd } from './flat-masthead.js';
import {
  GLUED_OPENING,
  GLUED_TITLE,
  mastheadStartIn,
  TITLE_BEFORE_OPENING,
  TITLE_END,
  titleIn,
} from './flat-title.js';
import { inputLineAt, type Line } from './lines.js';
import { GLUED_LABEL, releasePieces } from './release-pieces.js';

const BARCODE_GLUED = /^\*\d{5,}\*(?=\S)/;
const SEQUEL_AHEAD = /^\s*((?:Corrigend|Addend)(?:um|a)\*?)(?=\s)/;
/** Shorter lines are left alone: a flattened copy runs to thousands of characters on one line. */
const FLATTENED_MIN = 400;
/** Whether a text is a whole flattened document: long, with a title after masthead facts. */
export const isFlattenedDocument = (text: string): boolean =>
  text.length > FLATTENED_MIN && (titleIn(text) !== -1 || releasePieces(text) !== null);

/** A flattened letter or note cut at its title, signature, annexes and page furniture. */
function letterPieces(text: string, titleAt: number): string[] {
  const head = text.slice(0, titleAt);
  let rest = text.slice(titleAt);
  // The masthead stays one line: its reader finds the facts wherever they stand on a line; what
  // a web page prints above it (its title, its date) is a line of its own.
  const start = mastheadStartIn(head);
  const pieces =
    head.trim() === '' ? [] : start > 0 ? [head.slice(0, start), head.slice(start)] : [head];
  const title = TITLE_END.exec(rest) ?? TITLE_BEFORE_OPENING.exec(rest);
  if (title) {
    pieces.push(title[1] as string);
    rest = rest.slice(title[0].length);
  }
  // A corrigendum's or addendum's heading under the title is a line of its own.
  const sequel = SEQUEL_AHEAD.exec(rest);
  if (sequel) {
    pieces.push(sequel[1] as string);
    rest = rest.slice(sequel[0].length);
  }
  pieces.push(...bodyPieces(rest));
  return pieces;
}

const LOGO_FIRST = /^\s*(?:United ?Nations|UNITED ?NATIONS)\b/;
/** A title that opens a document's text after its masthead, and is its own: a presidential statement's. */
const OWN_TITLE =
  /^\s*(Statement by the President of the (?:Security Council|General Assembly)|(?:Note|Report) (?:by|of) the Secretary-General)(?= [A-Z0-9])/;

/** A flattened masthead document with no letter title, cut after its masthead's facts and title. */
function otherPieces(line: Line): string[] | null {
  // Asked of every long line with no title: most are paragraphs, which open with no logo.
  if (!LOGO_FIRST.test(line.text)) return null;
  const end = flatMastheadEnd(line);
  if (end === -1) return null;
  const rest = line.text.slice(end);
  const title = OWN_TITLE.exec(rest);
  return title
    ? [line.text.slice(0, end), title[1] as string, ...bodyPieces(rest.slice(title[0].length))]
    : [line.text.slice(0, end), ...bodyPieces(rest)];
}

/**
 * Where `pattern` (literal first, global) first matches run on to a character `before` matches:
 * cheaper than a look-behind, which is tried at every character. -1 where it does not.
 */
function gluedAt(text: string, pattern: RegExp, before: RegExp): number {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    if (m.index > 0 && before.test(text[m.index - 1] as string)) return m.index;
  return -1;
}
type Glue = readonly [RegExp, RegExp];
/** What a copy with lines may run on to a line: a title, a release's label, a letter's text, a sequel's heading. */
/** A corrigendum's or addendum's heading run on to the title above it ("…-GeneralCorrigendum"). */
const GLUED_SEQUEL: Glue = [/(?:Corrigend|Addend)(?:um|a)\*?$/g, /[a-z]/];
const GLUES: readonly Glue[] = [GLUED_TITLE, GLUED_LABEL, GLUED_OPENING, GLUED_SEQUEL];
/** A long line, no flattened document: its text only. */
const GLUES_LONG: readonly Glue[] = [GLUED_OPENING];
const glueAt = (text: string, glues: readonly Glue[]): number => {
  for (const [pattern, before] of glues) {
    const at = gluedAt(text, pattern, before);
    if (at !== -1) return at;
  }
  return -1;
};

/**
 * Text whose line breaks were lost (a whole letter on one line) is cut again where the title, a
 * signature, an annex or page furniture begins (a press release: see {@link releasePieces}); the
 * masthead before the title stays one line, for its reader finds facts wherever they stand. Every piece keeps its source line number and raw
 * text, so evidence still points at the input. Paragraph breaks of the body cannot be recovered.
 */
export function unflatten(lines: Line[]): { lines: Line[]; flattened: boolean } {
  const out: Line[] = [];
  let flattened = false;
  let texts = 0;
  for (const line of lines) if (line.text !== '' && ++texts > 1) break;
  const alone = texts === 1;
  for (const line of lines) {
    const long = line.text.length > FLATTENED_MIN;
    // A text of one line is read as a flattened document however short (a letter cut short),
    // where it has parts to cut.
    const short = !long && alone;
    const titleAt = long || short ? titleIn(line.text) : -1;
    // A copy flattened a page a line: the lines after the title's are pages of its body.
    const found =
      titleAt !== -1
        ? letterPieces(line.text, titleAt)
        : ((long ? (releasePieces(line.text) ?? otherPieces(line)) : null) ??
          (flattened && line.text !== '' ? bodyPieces(line.text) : null));
    const pieces = short && found && found.length < 2 ? null : found;
    // A bar code run on to the line after it ("*2012655*General Assembly") stands alone, as page
    // furniture the noise reader removes.
    const barcode = !pieces && line.text.startsWith('*') ? BARCODE_GLUED.exec(line.text) : null;
    if (barcode) {
      out.push(
        { ...line, text: barcode[0] },
        { ...line, text: line.text.slice(barcode[0].length) },
      );
      continue;
    }
    const glued = pieces ? -1 : glueAt(line.text, long ? GLUES_LONG : GLUES);
    if (glued > 0) {
      // A title, a release's label or a letter's text starts a block of its own; its next lines go
      // on with it.
      const before = line.text.slice(0, glued).trim();
      out.push(
        { ...line, text: before },
        { ...line, text: '' },
        { ...line, text: line.text.slice(glued) },
      );
      continue;
    }
    if (!pieces) {
      out.push(line);
      continue;
    }
    flattened = true;
    // A joined line's pieces start on different input lines: found in order, from where the last ended.
    let cursor = 0;
    for (const piece of pieces) {
      const text = piece.trim();
      const at = line.text.indexOf(text, cursor);
      if (at !== -1) cursor = at + text.length;
      const n = inputLineAt(line, at === -1 ? cursor : at);
      out.push({ ...line, n, text }, { ...line, n, text: '' });
    }
  }
  return { lines: out, flattened };
}
