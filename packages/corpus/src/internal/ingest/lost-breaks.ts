import { RECIPIENT_LIST } from './addressees.js';
import {
  ANNEX,
  CLOSED_LETTER,
  CLOSING,
  DATE_ONLY,
  ORIGINAL_NOTE_LINE,
  SALUTATION,
  SIGNED,
} from './block-shapes.js';
import { ENDS_MID_PHRASE } from './blocks.js';
import type { Line, Removal } from './lines.js';
import { DATELINE } from './press.js';
import { putBreaks } from './put-breaks.js';
import { OPENING_WORDS } from './release-pieces.js';
import { measureWrap } from './wrap-measure.js';

/** An annex heading that names the letter it is annexed to: never a line of a signature. */
const namesItsLetter = (text: string) =>
  /^[A-Z]/.test(text) && ANNEX.test(text) && /\s(?:to|of)\s+the\s/i.test(text);
const ANNEX_ALONE = /^(?:Annex|Enclosure)(?:\s+(?:[IVX]+|\d+))?$/i;
/** The end of a title or an annex heading: what follows is its text. */
const ADDRESSED = new RegExp(`\\baddressed to ${RECIPIENT_LIST}$`);
/** How many lines a heading's addressees may take. */
const ADDRESSED_LINES = 3;
/** A line that ends a sentence or a heading's clause. */
export const ENDS_SENTENCE = /[.!?:;”"’]$/;
const STARTS_BLOCK = /^[\p{Lu}\d“"‘'(«]/u;
/** A line set in capitals, emphasised whole, or a Markdown heading: a heading of its own. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const EMPHASISED = /^\s{0,3}(?:#{1,6}\s|(\*\*|__|\*|_)(?:(?!\1).)+\1\s*$)/;
const ENDS_DATE = /(?:\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4})$/u;
/** How a press release's text opens after its title ("On 29 August 2021, …"). */
const OPENS_RELEASE = new RegExp(`^(?:${OPENING_WORDS})`);
/** With fewer lines, only a signature, an annex and a title are set apart: too few to tell a wrap. */
const MIN_LINES = 3;
/** A copy with more blank lines than this, a line, kept its paragraph breaks. */
const BLANKS_PER_LINE = 1 / 15;
/** A heading is at most this share of the width of a hard-wrapped copy. */
const HEADING_SHARE = 0.7;
/** No copy wraps lines this long: such a line ending a sentence ends its paragraph. */
const LONG = 150;
/** Unwrapped, lines shorter than this and not ending a sentence go together: an address, a name. */
const SHORT = 60;

const firstWord = (text: string) => text.split(' ', 1)[0] ?? '';

/**
 * A copy that lost its blank lines (some PDF-to-text tools, a web page's text) runs every
 * paragraph of the body into one block. When at most one line in fifteen is blank, a blank line is
 * put back before a signature or an annex heading, after a title or annex heading that ends
 * "addressed to the …", and between two lines that a wrap cannot have cut: in a hard-wrapped copy,
 * after a line that ends a sentence or heading where the next line's first word would have fitted;
 * in a copy of a line a paragraph, after every line but the short ones of an address or signature.
 * Returns the lines unchanged when the copy kept its breaks.
 */
export function restoreBreaks(
  lines: readonly Line[],
  removed: Removal[],
  dropped: ReadonlySet<number> = new Set(),
): readonly Line[] {
  const text = lines.filter((l) => l.text !== '');
  if (text.length < 2) return lines;
  // Breaks the copy kept: a run of blank lines between two lines of text, but not one left where
  // page furniture was removed, nor a rule (`---`) or other markup alone on its line.
  let kept = 0;
  let previous: Line | undefined;
  let blank = -1;
  for (const line of lines) {
    if (line.text === '') {
      // A form feed is a page break the copy kept, not a paragraph break.
      if (line.raw.trim() === '' && !line.raw.includes('\f')) blank = line.n;
      continue;
    }
    // A break put back before this line (by its indent) bears the line's number: not the copy's.
    if (previous && blank !== -1 && blank !== line.n) {
      let furniture = false;
      for (let n = previous.n + 1; n < line.n && !furniture; n++) furniture = dropped.has(n);
      if (!furniture) kept++;
    }
    previous = line;
    blank = -1;
  }
  // A copy that kept its breaks may still have lost the one between a signature and the annex
  // heading under it (a web page that parts its paragraphs with a no-break space).
  if (kept > text.length * BLANKS_PER_LINE) {
    if (!text.some((l) => namesItsLetter(l.text))) return lines;
    const parted = putBreaks(
      lines,
      removed,
      (b, block) =>
        block[0] !== undefined &&
        SIGNED.test(block[0].text) &&
        namesItsLetter(b.text) &&
        !ENDS_MID_PHRASE.test((block.at(-1) as Line).text),
    );
    return parted.length === lines.length ? lines : parted;
  }
  const { wrapped, width } = measureWrap(text);
  const lineAbove = new Map(text.slice(1).map((l, i) => [l, text[i] as Line]));
  const unfinishedShort = (l: Line) => l.text.length < SHORT && !ENDS_SENTENCE.test(l.text);
  return putBreaks(lines, removed, (b, block) => {
    const a = block.at(-1);
    return a !== undefined && breaksBefore(a, b, block);
  });

  function breaksBefore(a: Line, b: Line, block: readonly Line[]): boolean {
    if (SIGNED.test(b.text) || CLOSING.test(a.text) || SALUTATION.test(a.text)) return true;
    // The closing courtesy ends the letter's text, however the wrap fell.
    if (CLOSED_LETTER.test(a.text) && STARTS_BLOCK.test(b.text)) return true;
    if (ANNEX.test(b.text) && /^[A-Z]/.test(b.text) && !ENDS_MID_PHRASE.test(a.text)) return true;
    if (block.length === 1 && ANNEX_ALONE.test(a.text)) return true;
    // An annexed text's "[Original: Arabic]" is a line of its own.
    if ([a, b].some((l) => ORIGINAL_NOTE_LINE.test(l.text))) return true;
    // The phrase runs over a few lines ("… addressed to the" / "Secretary-General", or to
    // several: "…, the President of the" / "Security Council").
    const last = block.slice(-ADDRESSED_LINES).map((l) => l.text);
    if (ADDRESSED.test(last.join(' '))) return true;
    if (SIGNED.test((block[0] as Line).text) || !STARTS_BLOCK.test(b.text)) return false;
    // Under the closing courtesy, short lines that end no sentence: a signature, unmarked.
    const above = lineAbove.get(block[0] as Line);
    if (above && CLOSED_LETTER.test(above.text) && [a, b].every(unfinishedShort)) return false;
    if (ENDS_MID_PHRASE.test(a.text) || /[,\-–]$/.test(a.text)) return false;
    if (a.text.length > LONG && ENDS_SENTENCE.test(a.text)) return true;
    if (text.length < MIN_LINES) return false;
    if ([a, b].some((l) => CAPITALS.test(l.text) || EMPHASISED.test(l.raw))) return true;
    // A dateline ("New York, 27 August 2021") or a date alone is a line of its own.
    const dateline = block.length === 1 && ENDS_DATE.test(a.text) && a.text.length < SHORT;
    if (dateline || DATE_ONLY.test(b.text)) return true;
    if (ENDS_SENTENCE.test(a.text) && b.text.length < SHORT && DATELINE.test(b.text)) return true;
    if (!wrapped)
      return ENDS_SENTENCE.test(a.text) || a.text.length >= SHORT || b.text.length >= SHORT;
    const fits = a.text.length + 1 + firstWord(b.text).length <= width;
    if (ENDS_SENTENCE.test(a.text)) return fits;
    const short = a.text.length <= HEADING_SHARE * width;
    // A heading: a short line of its own; or a release's title of a few lines, then its text.
    return short && (block.length === 1 || OPENS_RELEASE.test(b.text));
  }
}
