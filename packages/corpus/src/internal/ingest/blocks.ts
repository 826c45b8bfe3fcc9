import { SIGNED } from './block-shapes.js';
import { type Line, noteRemoval, type Removal } from './lines.js';

/** Consecutive non-blank lines: a paragraph, a heading, a masthead group. */
export interface TextBlock {
  lines: Line[];
  /** The lines joined: hyphenated words mended, other line breaks read as spaces. */
  text: string;
}

const ENDS_SENTENCE = /[.!?:;”"')\]]$/;
// A word no heading or paragraph ends on: the text before a page break that ends so goes on.
export const ENDS_MID_PHRASE =
  /(?:^|[\s(])(?:of|the|a|an|and|or|to|in|on|for|by|with|from|at|as|that|which|its|their|our)$/i;
/** A line's end no title, paragraph or signature line ends on: such a word, "addressed", a comma. */
export const ENDS_UNFINISHED = new RegExp(`${ENDS_MID_PHRASE.source}|\\baddressed$|,$`, 'i');

/**
 * A block's lines as one text: line breaks read as spaces, a word hyphenated across a break
 * mended ("in-" / "cluding"), a compound broken at its hyphen kept whole ("Secretary-" /
 * "General"); the lines so joined to the one before are added to `mended`. One pass over
 * pieces: never look back into a growing string (it would flatten).
 */
export function joinLines(lines: readonly Line[], mended: number[]): string {
  const parts: string[] = [];
  for (const line of lines) {
    const last = parts.at(-1);
    if (last !== undefined && /[a-z]-$/.test(last) && /^[a-z]/.test(line.text)) {
      parts[parts.length - 1] = last.slice(0, -1);
      parts.push(line.text);
      mended.push(line.n);
    } else if (last !== undefined && /[A-Za-z]-$/.test(last) && /^[A-Z]/.test(line.text)) {
      parts.push(line.text);
      mended.push(line.n);
    } else {
      if (last !== undefined) parts.push(' ');
      parts.push(line.text);
    }
  }
  return parts.join('');
}

/** Lists lines joined by {@link joinLines} with those listed before. */
export function noteMended(mended: readonly number[], removed: Removal[]): void {
  noteRemoval(removed, 'hyphenation', mended, 'Words hyphenated across a line break re-joined.');
}

/** Group lines into blocks at blank lines, mending words hyphenated across a line break. */
export function toBlocks(lines: readonly Line[], removed: Removal[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const mended: number[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, text: joinLines(current, mended) });
    current = [];
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else current.push(line);
  }
  flush();
  noteMended(mended, removed);
  return blocks;
}

/**
 * Re-join paragraphs that a page break split: the first has no closing punctuation, and the next
 * begins in lower case, or follows page furniture that was removed (`dropped` input lines) after
 * a first part too long for a heading or ending on a word such as "of". A signature ends a page
 * without punctuation and goes on over no furniture: what follows it there is a footnote or an
 * annex.
 */
export function joinPageBreaks(
  blocks: readonly TextBlock[],
  removed: Removal[],
  dropped: ReadonlySet<number> = new Set(),
): TextBlock[] {
  const out: TextBlock[] = [];
  // Each joined paragraph as pieces, its last piece and length kept: the text is built once.
  const pieces: string[][] = [];
  const lengths: number[] = [];
  const joined: number[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    const parts = pieces.at(-1);
    const from = previous?.lines.at(-1)?.n ?? 0;
    const to = block.lines[0]?.n ?? 0;
    let furniture = false;
    for (let n = from + 1; n < to && !furniture && to - from < 64; n++) furniture = dropped.has(n);
    const length = lengths.at(-1) ?? 0;
    if (
      previous &&
      parts &&
      !ENDS_SENTENCE.test((parts.at(-1) as string).slice(-1)) &&
      (/^[a-z]/.test(block.text) ||
        (furniture &&
          (length > 80 || ENDS_MID_PHRASE.test(parts.at(-1) as string)) &&
          !SIGNED.test((previous.lines[0] as Line).text)))
    ) {
      for (const line of block.lines) previous.lines.push(line);
      parts.push(block.text);
      lengths[lengths.length - 1] = length + 1 + block.text.length;
      joined.push(block.lines[0]?.n as number);
    } else {
      out.push({ lines: [...block.lines], text: block.text });
      pieces.push([block.text]);
      lengths.push(block.text.length);
    }
  }
  out.forEach((block, i) => {
    block.text = (pieces[i] as string[]).join(' ');
  });
  if (joined.length)
    removed.push({
      kind: 'page-break-join',
      lines: joined,
      description: 'Paragraphs split by a page break re-joined.',
    });
  return out;
}
