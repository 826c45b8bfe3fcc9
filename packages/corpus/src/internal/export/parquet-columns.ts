import { passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import type { Column } from './parquet-schema.js';

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
