import { type Line, noteRemoval, type Removal } from './lines.js';

/** How a record lists the paragraph breaks ingest put back. */
export const PARAGRAPH_BREAKS =
  'Paragraph breaks put back where the copy had lost its blank lines (the lines listed begin a paragraph).';
/**
 * Puts a blank line before each line that `breaks` picks, given the lines since the last blank
 * line (the run it would end), and lists those lines as `paragraph-break` normalisations.
 */
export function putBreaks(
  lines: readonly Line[],
  removed: Removal[],
  breaks: (line: Line, run: readonly Line[]) => boolean,
): Line[] {
  const out: Line[] = [];
  const restored: number[] = [];
  let run: Line[] = [];
  for (const line of lines) {
    if (line.text === '') {
      run = [];
      out.push(line);
      continue;
    }
    if (breaks(line, run)) {
      out.push({ n: line.n, raw: '', text: '' });
      restored.push(line.n);
      run = [];
    }
    run.push(line);
    out.push(line);
  }
  noteRemoval(removed, 'paragraph-break', restored, PARAGRAPH_BREAKS);
  return out;
}
