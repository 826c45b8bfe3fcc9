import { extractSymbols } from '@black-january/un-symbols';
import type { Reference } from '../../schema-facts.js';
import { joinLines, noteMended, type TextBlock } from './blocks.js';
import type { Line, Removal } from './lines.js';
import { LIST_FOOTNOTE } from './masthead-facts.js';

/** A masthead footnote naming the list an agenda item is on: `* A/78/50.` */
const FOOTNOTE = new RegExp(`^${LIST_FOOTNOTE}$`);

/**
 * Take the masthead's footnotes out of the body ("Item 68 of the preliminary list*" is answered
 * at the foot of the first page by "* A/78/50."): their lines go back to the masthead. A copy
 * that lost its blank lines runs the footnote on to the block before it ("(Signed) …" / "* A/45/50.").
 */
export function takeFootnotes(
  blocks: readonly TextBlock[],
  removed: Removal[],
): { body: TextBlock[]; footnotes: Line[] } {
  const footnotes = blocks.flatMap((b) => b.lines.filter((l) => FOOTNOTE.test(l.text)));
  if (footnotes.length === 0) return { body: [...blocks], footnotes: [] };
  removed.push({
    kind: 'footnote',
    lines: footnotes.map((l) => l.n),
    description: 'Masthead footnotes printed at the foot of the first page, moved to the masthead.',
  });
  const mended: number[] = [];
  const body = blocks.flatMap((b) => {
    const lines = b.lines.filter((l) => !footnotes.includes(l));
    if (lines.length === b.lines.length) return [b];
    return lines.length ? [{ lines, text: joinLines(lines, mended) }] : [];
  });
  noteMended(mended, removed);
  return { body, footnotes };
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
