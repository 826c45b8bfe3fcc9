import type { Block, BlockQuoteBlock, ParagraphBlock } from '../../schema-text.js';

/**
 * Whether a block is a numbered passage, cited by its paragraph number: a paragraph or a block
 * quote. The one rule `passages()` and the search index's passage table both follow.
 */
export const isPassage = (block: Block): block is ParagraphBlock | BlockQuoteBlock =>
  block.type === 'paragraph' || block.type === 'blockquote';
