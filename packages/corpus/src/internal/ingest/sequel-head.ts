import { joinLines, noteMended, type TextBlock } from './blocks.js';
import type { Removal } from './lines.js';

/**
 * The word a corrigendum or an addendum prints under the title of the document it corrects or
 * adds to ("Letter dated … addressed to the Secretary-General" / "Corrigendum"), with a footnote
 * mark where the sequel is reissued.
 */
export const SEQUEL_HEAD =
  /^(?:Corrigend(?:um|a)|Addend(?:um|a)|CORRIGEND(?:UM|A)|ADDEND(?:UM|A))\*?$/;

/**
 * Take a sequel's heading off the first block of its body: a copy without blank lines runs the
 * corrections on to it ("Corrigendum" / "1. Annex, paragraph 3"), and it is no paragraph.
 */
export function takeSequelHead(
  blocks: readonly TextBlock[],
  removed: Removal[],
): { head: string | null; body: TextBlock[] } {
  const first = blocks[0];
  const line = first?.lines[0];
  if (!first || !line || !SEQUEL_HEAD.test(line.text)) return { head: null, body: [...blocks] };
  const rest = first.lines.slice(1);
  const mended: number[] = [];
  const body = rest.length
    ? [{ lines: rest, text: joinLines(rest, mended) }, ...blocks.slice(1)]
    : blocks.slice(1);
  noteMended(mended, removed);
  return { head: line.text, body };
}
