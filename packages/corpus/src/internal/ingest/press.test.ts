import { describe, expect, it } from 'vitest';
import { pressRelease20200120 } from '../records/press-release-2020-01-20.js';
import { toBlocks } from './blocks.js';
import { type Removal, toLines } from './lines.js';
import { letterheadLength } from './press.js';

/** A text's blocks, one a paragraph: here, one a line. */
const blocksOf = (...paragraphs: string[]) => {
  const removed: Removal[] = [];
  return toBlocks(toLines(paragraphs.join('\n\n'), removed), removed);
};

describe('letterheadLength', () => {
  it('takes a letterhead set a line a block, the mission’s name over three of them', () => {
    // Seed 002's letterhead, each of its eight lines a block.
    const [letterhead] = pressRelease20200120.body;
    const blocks = blocksOf(
      ...(letterhead?.type === 'letterhead' ? letterhead.lines : []),
      'Press release, 20 January 2020',
      'Thirtieth anniversary of the "Black January"',
    );
    expect(letterheadLength(blocks)).toBe(8);
  });

  it('ends under the name once it is finished: a title is not taken in', () => {
    const blocks = blocksOf(
      'Permanent Mission of the',
      'Republic of Azerbaijan',
      'to the United Nations',
      'Thirtieth anniversary of the "Black January"',
      'On 20 January 2020, Azerbaijan commemorates the thirtieth anniversary.',
    );
    expect(letterheadLength(blocks)).toBe(3);
  });
});
