import { extractSymbols } from '@black-january/un-symbols';
import type { Reference } from '../../schema-facts.js';
import type { TextBlock } from './blocks.js';
import type { Line, Removal } from './lines.js';

/** A masthead footnote naming the list an agenda item is on: `* A/78/50.` */
const FOOTNOTE = /^\*{1,3} ?[A-Z]+ ?\/\S+(?:(?:,| and) [A-Z]+ ?\/\S+)*\.?$/;

/**
 * Take the masthead's footnotes out of the body ("Item 68 of the preliminary list*" is answered
 * at the foot of the first page by "* A/78/50."): their lines go back to the masthead.
 */
export function takeFootnotes(
  blocks: readonly TextBlock[],
  removed: Removal[],
): { body: TextBlock[]; footnotes: Line[] } {
  const footnotes = blocks.filter((b) => b.lines.length === 1 && FOOTNOTE.test(b.text));
  if (footnotes.length === 0) return { body: [...blocks], footnotes: [] };
  removed.push({
    kind: 'footnote',
    lines: footnotes.map((b) => (b.lines[0] as Line).n),
    description: 'Masthead footnotes printed at the foot of the first page, moved to the masthead.',
  });
  return {
    body: blocks.filter((b) => !footnotes.includes(b)),
    footnotes: footnotes.map((b) => b.lines[0] as Line),
  };
}

/** The UN documents a masthead footnote cites. */
export function footnoteReferences(footnotes: readonly Line[]): Reference[] {
  return footnotes.flatMap((line) =>
    extractSymbols(line.text).map((s) => ({
      type: 'un-document' as const,
      symbol: s.normalized,
      members: s.members.map((m) => m.normalized),
      asPrinted: s.text,
      description: null,
      footnote: line.text,
    })),
  );
}
