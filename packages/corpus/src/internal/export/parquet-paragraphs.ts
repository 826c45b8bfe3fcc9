import { formatLocator, passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { Column } from './parquet-schema.js';

/** A numbered passage with its document's id and annex count, as the paragraph file's row. */
export interface ParagraphRow {
  id: string;
  annex: number | null;
  paragraph: number;
  pinpoint: string;
  text: string;
}

/** One row per numbered passage (paragraph or block quote) of the body or an annex. */
export const PARAGRAPH_COLUMNS: ReadonlyArray<Column<ParagraphRow>> = [
  {
    name: 'id',
    type: 'STRING',
    required: true,
    description: 'the document’s record id',
    value: (p) => p.id,
  },
  {
    name: 'annex',
    type: 'INT32',
    required: false,
    description: 'annex number; null in the body',
    value: (p) => p.annex,
  },
  {
    name: 'paragraph',
    type: 'INT32',
    required: true,
    description: 'paragraph number',
    value: (p) => p.paragraph,
  },
  {
    name: 'pinpoint',
    type: 'STRING',
    required: true,
    description: '"para. 3", "annex, para. 2"',
    value: (p) => p.pinpoint,
  },
  {
    name: 'text',
    type: 'STRING',
    required: true,
    description: 'the passage, verbatim',
    value: (p) => p.text,
  },
];

/** A record's numbered passages as paragraph rows. */
export function paragraphRows(record: DocumentRecord): ParagraphRow[] {
  return [...passages(record)].map((p) => ({
    id: p.id,
    annex: p.locator.annex ?? null,
    paragraph: p.locator.paragraph,
    pinpoint: formatLocator(p.locator, record.annexes.length),
    text: p.text,
  }));
}
