import { ENDS_UNFINISHED } from './blocks.js';
import type { Line, Removal } from './lines.js';
import { STARTS_LOWER, WRAPPED_SHARE } from './wrap-measure.js';

/** A double-spaced copy has at most this share of even runs of blank lines (none, or two). */
const EVEN_SHARE = 1 / 15;
/** Fewer lines of text than this cannot tell a double-spaced copy from short paragraphs. */
const MIN_LINES = 5;

/** A blank line of the copy; not a rule (`---`) or other markup alone on its line, which is a line. */
const isBlank = (line: Line) => line.text === '' && line.raw.trim() === '';
const DESCRIPTION =
  'A double-spaced copy made single again: it had put a blank line after every line (a file with CR CR LF line ends, some viewers’ copy), which set each wrapped line apart as a paragraph; the blank lines listed, the first of each run, were removed.';

/**
 * A copy that put a blank line after every line (a file saved with CR CR LF line ends, read as
 * two breaks each; some viewers' copy) sets each line of a wrapped title, a signature or a
 * paragraph apart: the title is cut at its first line and every line becomes a paragraph. In such
 * a copy every run of blank lines between two lines of text is odd (one for a line break, three
 * for a blank line), and either a blank line of the original shows as three, or a wrap shows as a
 * line that goes on in lower case or after a word no line ends on ("… Representative of"). The
 * first blank line of each run is removed, as `whitespace`, which gives the copy's lines back. Returns the lines unchanged for any other copy, among them a
 * copy of a line a paragraph with one blank line between paragraphs.
 */
export function singleSpace(lines: Line[], removed: Removal[]): Line[] {
  // Counted first, without keeping anything: most copies are not double-spaced.
  let gaps = 0;
  let even = 0;
  let single = 0;
  let goesOn = 0;
  let long = false;
  let blanks = -1;
  let last = '';
  for (const line of lines) {
    if (isBlank(line)) {
      if (blanks >= 0) blanks++;
      continue;
    }
    if (blanks >= 0) {
      gaps++;
      if (blanks % 2 === 0) even++;
      if (blanks === 1) {
        single++;
        if (STARTS_LOWER.test(line.text) || ENDS_UNFINISHED.test(last)) goesOn++;
      }
      if (blanks >= 3) long = true;
    }
    blanks = 0;
    last = line.text;
  }
  const wrapped = goesOn > 0 && goesOn >= single * WRAPPED_SHARE;
  if (gaps + 1 < MIN_LINES || even > gaps * EVEN_SHARE || !(wrapped || long)) return lines;
  // The first blank line of each run between two lines of text.
  const drop = new Set<Line>();
  let first: Line | undefined;
  let seenText = false;
  for (const line of lines) {
    if (isBlank(line)) {
      if (seenText && !first) first = line;
      continue;
    }
    if (first) drop.add(first);
    first = undefined;
    seenText = true;
  }
  const numbers = [...drop].map((l) => l.n);
  const known = removed.find((r) => r.kind === 'whitespace');
  if (known) {
    known.lines = [...new Set([...known.lines, ...numbers])].sort((a, b) => a - b);
    known.description = `${known.description} ${DESCRIPTION}`;
  } else removed.push({ kind: 'whitespace', lines: numbers, description: DESCRIPTION });
  return lines.filter((l) => !drop.has(l));
}
