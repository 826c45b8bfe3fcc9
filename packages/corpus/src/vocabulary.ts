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
