import { extractSymbols } from '@black-january/un-symbols';

/** What a block of text is by its shape alone. */

/**
 * "(Signed)" as English, French and Spanish copies print it (to be matched in any case), abridged
 * as older documents and annexes print it ("(Sgd.)"), and as an OCR copy of a scan misreads it:
 * "(Signcd)", "(Slgned)", "(S1gned)", "(Sigried)".
 */
export const SIGNED_MARK = String.raw`[(\[](?:S[il1]g(?:n|ri)[eco]d|Sgd\.?|Signé|Firmado)[)\]]`;
/** "Signed:" without brackets, as a mission's web page or an e-mail prints the mark. */
const SIGNED_COLON = '(?:Signed|Sgd\\.?|Signé|Firmado):';
/** A signature's first line: "(Signed) Nina Example", "Signed: Nina Example", or the mark alone. */
export const SIGNED = new RegExp(`^(?:${SIGNED_MARK}:?|${SIGNED_COLON})(?:\\s*(.+))?$`, 'i');
/**
 * Regex source for the note of an annexed text's language by its heading: "[Original: Russian]",
 * "[Original: Arabic and French]".
 */
export const ORIGINAL_NOTE = String.raw`\[Original:\s?[A-Z][a-z]+(?:(?:,| and) [A-Z][a-z]+)*\]`;
/** That note as a line of its own. */
export const ORIGINAL_NOTE_LINE = new RegExp(`^${ORIGINAL_NOTE}$`);
/** An annex's number or letter: "II", "2", "B". */
export const ANNEX_NUMBER = '(?:[IVX]+|\\d{1,2}|[A-Z])';
/**
 * An annex heading: "Annex", "Annex II", "Annex 2", "Annex B", "Annexes", "Annex to the letter
 * dated …", "Enclosure".
 */
export const ANNEX = new RegExp(
  `^(?:Annex(?:es)?|Enclosure)(?:\\s+${ANNEX_NUMBER})?(?:\\s+(?:to|of)\\s+the\\s+.+)?\\**(?:\\s*\\[Original:\\s*[^\\]]{1,40}\\])?$`,
  'i',
);
/** Regex source of a letter's complimentary close before its comma: "Yours sincerely", "Sincerely". */
export const CLOSE_WORDS =
  '(?:Yours (?:sincerely|faithfully|truly|respectfully)|(?:Very )?(?:[Ss]incerely|[Rr]espectfully|[Ff]aithfully)(?: yours)?)';
/** A letter's complimentary close on a line of its own: "Yours sincerely,", "Sincerely,". */
export const CLOSING = new RegExp(
  `^(?:${CLOSE_WORDS}|(?:with )?(?:kind(?:est)?|best|warm(?:est)?) regards),?$`,
  'i',
);
/** A letter's salutation on a line of its own: "Excellency,", "Dear Mr. Secretary-General,". */
export const SALUTATION =
  /^(?:(?:Your )?Excellency|Dear [^,]{2,60}|Sir|Madam|M(?:r|adam)\.? (?:Secretary-General|President)),$/;
/** Regex source of the last words of a letter before its signature: "… my highest consideration." */
export const COURTESY = String.raw`\bhighest consideration\.`;
/** A line that ends with the closing courtesy. */
export const CLOSED_LETTER = new RegExp(`${COURTESY}$`);
/** A date alone on its line: "17 January 2020", "January 20, 2024"; a PDF copy may drop its spaces ("17January 2020"). */
export const DATE_ONLY = /^(?:\d{1,2} ?[A-Z][a-z]+ ?\d{4}|[A-Z][a-z]+ ?\d{1,2}, ?\d{4})$/;
// A heading is a line or two; past this it is a paragraph, whatever its punctuation.
const HEADING_MAX = 250;
/** A heading: short, and ending no sentence or clause. */
export const HEADING_LIKE = (t: string) => t.length < HEADING_MAX && !/[.;,]$/.test(t);

/**
 * The symbols of a text that prints UN symbols and nothing else but a page number (a running
 * header, a symbol line above the logo, a web title's parentheses); null for any other text.
 */
export function symbolsOnly(text: string): string[] | null {
  const found = extractSymbols(text);
  if (found.length === 0) return null;
  let at = 0;
  for (const s of found) {
    if (!/^[\s\d/|–-]*$/.test(text.slice(at, s.start))) return null;
    at = s.end;
  }
  return /^[\s\d/|–-]*$/.test(text.slice(at))
    ? found.flatMap((s) => s.members.map((m) => m.normalized))
    : null;
}
