import type { Line, Removal } from './lines.js';

/** Consecutive non-blank lines: a paragraph, a heading, a masthead group. */
export interface TextBlock {
  lines: Line[];
  /** The lines joined: hyphenated words mended, other line breaks read as spaces. */
  text: string;
}

const ENDS_SENTENCE = /[.!?:;”"')\]]$/;

function join(lines: readonly Line[], mended: number[]): string {
  let out = '';
  for (const [i, line] of lines.entries()) {
    if (i === 0) out = line.text;
    else if (/[a-z]-$/.test(out.slice(-2)) && /^[a-z]/.test(line.text)) {
      out = out.slice(0, -1) + line.text;
      mended.push(line.n);
    } else out += ` ${line.text}`;
  }
  return out;
}

/** Group lines into blocks at blank lines, mending words hyphenated across a line break. */
export function toBlocks(lines: readonly Line[], removed: Removal[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const mended: number[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length) blocks.push({ lines: current, text: join(current, mended) });
    current = [];
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else current.push(line);
  }
  flush();
  if (mended.length)
    removed.push({
      kind: 'hyphenation',
      lines: mended,
      description: 'Words hyphenated across a line break re-joined.',
    });
  return blocks;
}

/**
 * Re-join paragraphs that a page break split: the first has no closing punctuation, and the next
 * begins in lower case or follows page furniture that was removed (`dropped` input lines).
 */
export function joinPageBreaks(
  blocks: readonly TextBlock[],
  removed: Removal[],
  dropped: ReadonlySet<number> = new Set(),
): TextBlock[] {
  const out: TextBlock[] = [];
  const joined: number[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    const from = previous?.lines.at(-1)?.n ?? 0;
    const to = block.lines[0]?.n ?? 0;
    let furniture = false;
    for (let n = from + 1; n < to && !furniture && to - from < 64; n++) furniture = dropped.has(n);
    if (
      previous &&
      !ENDS_SENTENCE.test(previous.text.slice(-1)) &&
      (/^[a-z]/.test(block.text) || (furniture && previous.text.length > 80))
    ) {
      for (const line of block.lines) previous.lines.push(line);
      previous.text += ` ${block.text}`;
      joined.push(block.lines[0]?.n as number);
    } else out.push({ lines: [...block.lines], text: block.text });
  }
  if (joined.length)
    removed.push({
      kind: 'page-break-join',
      lines: joined,
      description: 'Paragraphs split by a page break re-joined.',
    });
  return out;
}
