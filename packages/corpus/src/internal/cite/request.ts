import { CiteError, type Issue } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import { closest } from '../text/suggest.js';
import type { Layout } from './builtin.js';
import { isCorpusRecord } from './corpus-record.js';
import type { Pinpoint } from './pinpoint.js';
import { type CitationPlan, planCitation } from './prepare.js';
import {
  CITE_FORMATS,
  type CiteFormat,
  type CiteMode,
  resolveMode,
  resolveStyle,
  type StyleEntry,
} from './registry.js';
import type { ShippedTable } from './shipped.js';

/** What to cite and how. */
export interface CiteOptions {
  /** A built-in style (`un`, `un-bibliography`, `bluebook`, `oscola`, `apa`, `chicago`, `mla`) or one registered with `registerStyle`. */
  style: string;
  /** `note`, `bibliography` or `in-text`; defaults to the style's first form. */
  mode?: CiteMode;
  /** `text` (default), `html` or `markdown`. */
  format?: CiteFormat;
  /** Annex, section and paragraph to cite; checked against the record. */
  pinpoint?: Pinpoint;
}

/** A rendered citation and what the style needed and did not get. */
export interface Citation {
  id: string;
  style: string;
  mode: CiteMode;
  format: CiteFormat;
  text: string;
  warnings: Issue[];
}

/**
 * The corpus a citation is asked of: its records by id (for ids and "did you mean") and the
 * citations rendered for it ahead of time. The public entries pass the bundled corpus.
 */
export interface CitableCorpus {
  get(id: string): DocumentRecord | undefined;
  ids: readonly string[];
  shipped: ShippedTable;
}

export interface ResolvedRequest {
  corpus: CitableCorpus;
  record: DocumentRecord;
  bundled: boolean;
  style: StyleEntry;
  mode: CiteMode;
  layout: Layout;
  format: CiteFormat;
  plan: CitationPlan;
}

/** The citation a resolved request gives with this text: its warnings are the plan's unless given. */
export function citationOf(
  req: ResolvedRequest,
  text: string,
  warnings: Issue[] = req.plan.warnings,
): Citation {
  return {
    id: req.record.id,
    style: req.style.name,
    mode: req.mode,
    format: req.format,
    text,
    warnings,
  };
}

/** A corpus record by id. @throws CiteError `unknown-document`, suggesting the id meant. */
export function recordById(id: string, corpus: CitableCorpus): DocumentRecord {
  const record = corpus.get(id);
  if (record) return record;
  const near = closest(id, corpus.ids);
  throw new CiteError(
    `unknown document '${id}'${near ? `: did you mean ${near}?` : ''}`,
    'unknown-document',
  );
}

/** The format asked for. @throws CiteError `unknown-format`. */
export function resolveFormat(format: CiteFormat | undefined): CiteFormat {
  const chosen = format ?? 'text';
  if (!CITE_FORMATS.includes(chosen))
    throw new CiteError(
      `unknown format '${String(chosen)}'; choose one of ${CITE_FORMATS.join(', ')}`,
      'unknown-format',
    );
  return chosen;
}

/** Checks a citation request and plans it. @throws CiteError for any input it cannot accept. */
export function resolveRequest(
  recordOrId: DocumentRecord | string,
  options: CiteOptions,
  corpus: CitableCorpus,
): ResolvedRequest {
  if (!options || typeof options.style !== 'string')
    throw new CiteError('a citation needs a style, e.g. { style: "oscola" }', 'unknown-style');
  const record = typeof recordOrId === 'string' ? recordById(recordOrId, corpus) : recordOrId;
  const style = resolveStyle(options.style);
  const [mode, layout] = resolveMode(style, options.mode);
  const format = resolveFormat(options.format);
  const plan = planCitation(record, style, layout, options.pinpoint);
  return {
    corpus,
    record,
    bundled: isCorpusRecord(record, corpus),
    style,
    mode,
    layout,
    format,
    plan,
  };
}
