/** Kinds of documents in the corpus. */
export const DOCUMENT_KINDS = ['letter', 'press-release', 'statement'] as const;

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
