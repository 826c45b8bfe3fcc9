import { formatLocator, passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';

/** A Parquet schema element, as far as these files use one. */
export interface SchemaElement {
  name: string;
  type?: string;
  converted_type?: string;
  repetition_type?: string;
  num_children?: number;
}

/** A Parquet column: its name, its schema elements (a list is three), and how a record fills it. */
export interface Column<Row> {
  name: string;
  type: 'STRING' | 'INT32' | 'DATE' | 'LIST<STRING>';
  required: boolean;
  description: string;
  value(row: Row): unknown;
}

const date = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));
const organ = (r: DocumentRecord, name: DocumentRecord['organs'][number]['organ']) =>
  r.organs.find((o) => o.organ === name);

/** One row per document. */
export const DOCUMENT_COLUMNS: ReadonlyArray<Column<DocumentRecord>> = [
  { name: 'id', type: 'STRING', required: true, description: 'record id', value: (r) => r.id },
  {
    name: 'kind',
    type: 'STRING',
    required: true,
    description: 'letter, note-verbale, press-release, statement or unknown',
    value: (r) => r.kind,
  },
  {
    name: 'title',
    type: 'STRING',
    required: true,
    description: 'the title as printed (or the description of an untitled document)',
    value: (r) => r.title,
  },
  {
    name: 'date',
    type: 'DATE',
    required: false,
    description: 'the date the document bears',
    value: (r) => date(r.date),
  },
  {
    name: 'distribution_date',
    type: 'DATE',
    required: false,
    description: 'the masthead’s distribution date',
    value: (r) => date(r.distributionDate),
  },
  {
    name: 'symbols',
    type: 'LIST<STRING>',
    required: true,
    description: 'the document’s own symbols, one member each',
    value: (r) => r.symbols,
  },
  {
    name: 'organs',
    type: 'LIST<STRING>',
    required: true,
    description: 'General Assembly, Security Council, Economic and Social Council',
    value: (r) => r.organs.map((o) => o.organ),
  },
  {
    name: 'ga_session',
    type: 'INT32',
    required: false,
    description: 'General Assembly session, when printed',
    value: (r) => {
      const ga = organ(r, 'General Assembly');
      return ga?.organ === 'General Assembly' ? ga.session : null;
    },
  },
  {
    name: 'sc_year',
    type: 'INT32',
    required: false,
    description: 'Security Council year, when printed',
    value: (r) => {
      const sc = organ(r, 'Security Council');
      return sc?.organ === 'Security Council' ? sc.year : null;
    },
  },
  {
    name: 'ecosoc_year',
    type: 'INT32',
    required: false,
    description: 'the year the Economic and Social Council session is named for, when printed',
    value: (r) => {
      const council = organ(r, 'Economic and Social Council');
      return council?.organ === 'Economic and Social Council' ? council.year : null;
    },
  },
  {
    name: 'agenda_items',
    type: 'LIST<STRING>',
    required: true,
    description:
      'agenda item numbers (the General Assembly’s, the Human Rights Council’s or the Economic and Social Council’s)',
    value: (r) => r.agendaItems.map((a) => a.number),
  },
  {
    name: 'issuer',
    type: 'STRING',
    required: false,
    description: 'who issued it',
    value: (r) => r.issuer?.name ?? null,
  },
  {
    name: 'author',
    type: 'STRING',
    required: false,
    description: 'who wrote it',
    value: (r) => r.author?.name ?? null,
  },
  {
    name: 'addressee',
    type: 'STRING',
    required: false,
    description: 'to whom',
    value: (r) => r.addressee?.name ?? null,
  },
  {
    name: 'signatories',
    type: 'LIST<STRING>',
    required: true,
    description: 'names of the signatories',
    value: (r) => r.signatories.map((s) => s.name),
  },
  {
    name: 'references',
    type: 'LIST<STRING>',
    required: true,
    description: 'UN symbols the document cites',
    value: (r) => r.references.flatMap((x) => (x.type === 'un-document' ? [x.symbol] : [])),
  },
  {
    name: 'mentions',
    type: 'LIST<STRING>',
    required: true,
    description: 'people, places and organisations mentioned (canonical names)',
    value: (r) => r.mentions.map((m) => m.name),
  },
  {
    name: 'paragraphs',
    type: 'INT32',
    required: true,
    description: 'numbered passages, body and annexes',
    value: (r) => [...passages(r)].length,
  },
  {
    name: 'source_file',
    type: 'STRING',
    required: true,
    description: 'source file name',
    value: (r) => r.source.fileName,
  },
  {
    name: 'source_sha256',
    type: 'STRING',
    required: true,
    description: 'SHA-256 of the source file',
    value: (r) => r.source.sha256,
  },
];

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

/** The Parquet schema elements of a set of columns (lists in the standard three-level form). */
export function schemaOf<Row>(columns: ReadonlyArray<Column<Row>>): SchemaElement[] {
  const leaf = (c: Column<Row>): Partial<SchemaElement> =>
    c.type === 'INT32'
      ? { type: 'INT32' }
      : c.type === 'DATE'
        ? { type: 'INT32', converted_type: 'DATE' }
        : { type: 'BYTE_ARRAY', converted_type: 'UTF8' };
  return [
    { name: 'root', num_children: columns.length },
    ...columns.flatMap((c): SchemaElement[] =>
      c.type === 'LIST<STRING>'
        ? [
            { name: c.name, repetition_type: 'REQUIRED', num_children: 1, converted_type: 'LIST' },
            { name: 'list', repetition_type: 'REPEATED', num_children: 1 },
            {
              name: 'element',
              type: 'BYTE_ARRAY',
              converted_type: 'UTF8',
              repetition_type: 'REQUIRED',
            },
          ]
        : [{ name: c.name, repetition_type: c.required ? 'REQUIRED' : 'OPTIONAL', ...leaf(c) }],
    ),
  ];
}
