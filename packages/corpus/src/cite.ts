import { inBibliographyOrder } from './citations.js';
import { CiteError, type Issue } from './errors.js';
import { formatRecords } from './export.js';
import { toCSL } from './internal/cite/csl.js';
import { fromShipped } from './internal/cite/from-shipped.js';
import { planCitation } from './internal/cite/prepare.js';
import {
  type CiteFormat,
  resolveMode,
  resolveStyle,
  styleNames,
} from './internal/cite/registry.js';
import { renderEntriesLive, renderLive } from './internal/cite/render.js';
import {
  type Citation,
  type CiteOptions,
  citationOf,
  recordById,
  resolveFormat,
  resolveRequest,
} from './internal/cite/request.js';
import { localeAvailable } from './internal/cite/user-styles.js';
import { BUNDLED_CORPUS } from './internal/records/citable.js';
import type { DocumentRecord } from './schema.js';

export * from './citations.js';
export { CiteError } from './errors.js';
export { type CslItem, toCSL } from './internal/cite/csl.js';
export { registerLocale, registerStyle } from './internal/cite/user-styles.js';

/** A style's name, title and the modes it has. */
export interface StyleInfo {
  name: string;
  title: string;
  builtin: boolean;
  modes: Array<'note' | 'bibliography' | 'in-text'>;
}

/** Every style `cite` accepts: the built-ins, then those registered. */
export function citationStyles(): StyleInfo[] {
  return styleNames().map((name) => {
    const s = resolveStyle(name);
    return {
      name,
      title: s.title,
      builtin: Boolean(s.builtin),
      modes: Object.keys(s.modes) as StyleInfo['modes'],
    };
  });
}

function localeWarning(locale: string, style: string): Issue[] {
  return localeAvailable(locale)
    ? []
    : [
        {
          code: 'locale-fallback',
          message: `style '${style}' asks for locale ${locale}, which is not registered: en-US terms are used (registerLocale adds it)`,
          path: ['style'],
        },
      ];
}

/**
 * Cites a record (or a corpus record by id) in a style: `{ text, warnings }`. Corpus records in
 * built-in styles come from the citations shipped with the package; anything else is rendered by
 * citeproc through citation-js, with one engine per style, built on first use and reused.
 * @throws CiteError for an unknown document, style, mode or format, or a pinpoint the record does not have.
 */
export function cite(recordOrId: DocumentRecord | string, options: CiteOptions): Citation {
  const req = resolveRequest(recordOrId, options, BUNDLED_CORPUS);
  const shipped = fromShipped(req);
  if (shipped) return shipped;
  const text = renderLive(req.plan, req.style, req.layout, req.format);
  return req.style.builtin
    ? citationOf(req, text)
    : citationOf(req, text, [
        ...req.plan.warnings,
        ...localeWarning(req.style.locale, req.style.name),
      ]);
}

/** A bibliography: entries in the style's order, the whole as one text, and every entry's warnings. */
export interface Bibliography {
  style: string;
  format: CiteFormat;
  entries: Array<{ id: string; text: string }>;
  text: string;
  warnings: Issue[];
}

const join = (entries: Array<{ text: string }>, format: CiteFormat) =>
  format === 'html'
    ? `<div class="csl-bib-body">\n${entries.map((e) => `  <div class="csl-entry">${e.text}</div>`).join('\n')}\n</div>`
    : entries.map((e) => e.text).join(format === 'markdown' ? '\n\n' : '\n');

/**
 * The bibliography of several records, sorted as the style sorts it.
 * @throws CiteError for a style without a bibliography form, an unknown format or document.
 */
export function bibliography(
  records: ReadonlyArray<DocumentRecord | string>,
  options: Pick<CiteOptions, 'style' | 'format'>,
): Bibliography {
  const style = resolveStyle(options.style);
  const [, layout] = resolveMode(style, 'bibliography');
  const format = resolveFormat(options.format);
  const resolved = records.map((r) => (typeof r === 'string' ? recordById(r, BUNDLED_CORPUS) : r));
  const plans = resolved.map((r) => planCitation(r, style, layout, undefined));
  const warnings = plans.flatMap((p) => p.warnings);
  const shipped = resolved.map((r) =>
    fromShipped(
      resolveRequest(r, { style: style.name, mode: 'bibliography', format }, BUNDLED_CORPUS),
    ),
  );
  const sorted = shipped.every((c) => c !== undefined)
    ? inBibliographyOrder(shipped, style.name)
    : undefined;
  const entries = sorted
    ? sorted.map((c) => ({ id: c.id, text: c.text }))
    : renderEntriesLive(
        plans.map((p) => p.item),
        style,
        format,
      );
  return { style: style.name, format, entries, text: join(entries, format), warnings };
}

/** The bibliographic formats records export to. */
export const EXPORT_FORMATS = ['csl-json', 'bibtex', 'biblatex', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Export records to a bibliographic format: `csl-json` (the {@link toCSL} mapping), `bibtex`,
 * `biblatex` (UN documents as `@misc` with `entrysubtype = {undoc}`, as biblatex-oscola reads them)
 * or `ris`. Keys and RIS `AN`s are the record ids, so exports of the corpus are stable. The same
 * as `formatRecords` of `@black-january/corpus/export`, which also writes JSON, JSONL and CSV.
 * @throws CiteError `unknown-format` for an unknown format, as `cite` does.
 */
export function exportRecords(records: readonly DocumentRecord[], format: ExportFormat): string {
  if (!(EXPORT_FORMATS as readonly string[]).includes(format))
    throw new CiteError(
      `unknown export format "${String(format)}"; choose one of ${EXPORT_FORMATS.join(', ')}`,
      'unknown-format',
    );
  return formatRecords(records, format);
}
