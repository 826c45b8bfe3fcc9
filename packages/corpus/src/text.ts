import type { DocumentRecord } from './schema.js';
import type { Annex, Block } from './schema-text.js';

/** The text lines of one block, as printed. */
export function blockLines(block: Block): string[] {
  switch (block.type) {
    case 'masthead':
    case 'letterhead':
    case 'signature':
      return [...block.lines];
    default:
      return [block.text];
  }
}

function annexBlocks(annex: Annex): string[][] {
  const head = [[annex.title]];
  if (annex.subtitle) head.push([annex.subtitle]);
  return [...head, ...annex.body.map(blockLines)];
}

function recordBlocks(record: Pick<DocumentRecord, 'body' | 'annexes'>): string[][] {
  return [...record.body.map(blockLines), ...record.annexes.flatMap(annexBlocks)];
}

/**
 * Every text line of a record in reading order: body blocks, then each annex's title, subtitle
 * and body. Joined, they reproduce the source file after its documented normalisations.
 */
export function recordLines(record: Pick<DocumentRecord, 'body' | 'annexes'>): string[] {
  return recordBlocks(record).flat();
}

/** The record's text as plain text: one block per paragraph, blocks separated by a blank line. */
export function toPlainText(record: Pick<DocumentRecord, 'body' | 'annexes'>): string {
  return `${recordBlocks(record)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}
