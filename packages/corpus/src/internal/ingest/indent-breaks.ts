import type { Line, Removal } from './lines.js';
import { ENDS_SENTENCE } from './lost-breaks.js';
import { putBreaks } from './put-breaks.js';

/** A first line indented at least this much deeper than the next opens a paragraph. */
const STEP = 2;
const TAB = 8;
/** A paragraph's first line in a hard-wrapped copy is long; a signature's first line is not. */
const FIRST_LINE_MIN = 40;

/** Columns of leading white space, a tab to the next multiple of eight. */
function indent(raw: string): number {
  let column = 0;
  for (const c of raw) {
    if (c === ' ' || c === '\u00a0') column++;
    else if (c === '\t') column = (Math.floor(column / TAB) + 1) * TAB;
    else break;
  }
  return column;
}

/**
 * A PDF's layout copy sets paragraphs apart by their first line's indent, often with no blank
 * line between them: "      I have the honour …" / "and II)." / "      I would be grateful …".
 * Once a paragraph shows that indent (a long first line deeper than its second), a line indented
 * as that first line, after a line that ends a sentence and either sits less deep or is a
 * paragraph of its own, begins a paragraph: a blank line is put before it, and listed as a
 * `paragraph-break`.
 */
export function indentBreaks(lines: readonly Line[], removed: Removal[]): readonly Line[] {
  let opening = -1;
  return putBreaks(lines, removed, (line, run) => {
    const depth = indent(line.raw);
    // One indent a copy: learnt from its first paragraph of two lines or more.
    const first = run[0];
    if (run.length === 1 && opening === -1 && first && first.text.length >= FIRST_LINE_MIN)
      if (indent(first.raw) >= depth + STEP) opening = indent(first.raw);
    const previous = run.at(-1);
    return (
      previous !== undefined &&
      opening !== -1 &&
      depth === opening &&
      // after a wrapped line, or after a paragraph of one line
      (indent(previous.raw) + STEP <= depth || run.length === 1) &&
      ENDS_SENTENCE.test(previous.text)
    );
  });
}
