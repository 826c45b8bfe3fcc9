import { QueryError } from './errors.js';
import { toBibTeX } from './internal/cite/bibtex.js';
import { toCSL } from './internal/cite/csl.js';
import { toRIS } from './internal/cite/ris.js';
import type { DocumentRecord } from './schema.js';

export { type CslItem, toCSL } from './internal/cite/csl.js';

/** The bibliographic formats records export to. */
export const EXPORT_FORMATS = ['csl-json', 'bibtex', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * Export records to a bibliographic format: `csl-json` (the {@link toCSL} mapping), `bibtex` or
 * `ris`. Keys and RIS `ID`s are the record ids, so exports of the corpus are stable.
 * @throws QueryError for an unknown format.
 */
export function exportRecords(records: readonly DocumentRecord[], format: ExportFormat): string {
  const items = records.map(toCSL);
  switch (format) {
    case 'csl-json':
      return `${JSON.stringify(items, null, 2)}\n`;
    case 'bibtex':
      return items.map(toBibTeX).join('\n');
    case 'ris':
      return items.map(toRIS).join('\r\n');
    default:
      throw new QueryError(
        `unknown export format "${String(format)}"; choose one of ${EXPORT_FORMATS.join(', ')}`,
      );
  }
}
