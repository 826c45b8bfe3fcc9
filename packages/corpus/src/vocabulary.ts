/**
 * Kinds of documents.  `note-verbale`: a mission's note in the third person ("The Permanent Mission
 * of … presents its compliments to …"). `unknown`: text in which ingest found no document structure.
 */
export const DOCUMENT_KINDS = [
  'letter',
  'note-verbale',
  'press-release',
  'statement',
  'unknown',
] as const;

/** The metrics stated figures are grouped under; documents use their own words (`term`). */
export const FIGURE_METRICS = [
  'killed',
  'wounded',
  'detained',
  'missing',
  'troops',
  'expelled',
  'funeral-attendance',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type FigureMetric = (typeof FIGURE_METRICS)[number];

/** How a citation is written: as a footnote, as a bibliography entry, or in the running text. */
export type CiteMode = 'note' | 'bibliography' | 'in-text';
export const CITE_MODES: readonly CiteMode[] = ['note', 'bibliography', 'in-text'];

/** What citations are written as: plain text, HTML (italics kept) or Markdown. */
export type CiteFormat = 'text' | 'html' | 'markdown';
export const CITE_FORMATS: readonly CiteFormat[] = ['text', 'html', 'markdown'];

/** The names of the seven citation styles written for this package. */
export type BuiltinStyleName =
  | 'un'
  | 'un-bibliography'
  | 'bluebook'
  | 'oscola'
  | 'apa'
  | 'chicago'
  | 'mla';
/** The seven citation styles written for this package, by name. */
export const CITATION_STYLES: readonly BuiltinStyleName[] = [
  'un',
  'un-bibliography',
  'bluebook',
  'oscola',
  'apa',
  'chicago',
  'mla',
];

/** Every format records export to: the records themselves, a table, and bibliographic data. */
export const RECORD_FORMATS = [
  'json',
  'jsonl',
  'csv',
  'bibtex',
  'biblatex',
  'ris',
  'csl-json',
] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** Formats written as binary files rather than text: Parquet (a documents and a paragraphs file). */
export const FILE_FORMATS = ['parquet'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];
