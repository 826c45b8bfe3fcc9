import type { Issue } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import type { Layout } from './builtin.js';
import { toCSL } from './csl.js';
import { builtinLocator, checkPinpoint, cslLocator, type Pinpoint } from './pinpoint.js';
import type { StyleEntry } from './registry.js';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What a citation needs and the record does not give, as warnings. Nothing is filled in. */
export function missingFields(record: DocumentRecord): Issue[] {
  const warnings: Issue[] = [];
  const masthead = record.organs.length > 0;
  if (masthead && record.symbols.length === 0)
    warnings.push({
      code: 'missing-symbol',
      message: `${record.id}: the document's own symbol is not printed in the source, so the citation has none`,
      path: ['symbols'],
    });
  if (!(masthead ? (record.distributionDate ?? record.date) : record.date))
    warnings.push({
      code: 'missing-date',
      message: `${record.id}: the document is undated, so the citation has no date`,
      path: [masthead ? 'distributionDate' : 'date'],
    });
  if (!masthead && !record.issuer)
    warnings.push({
      code: 'missing-author',
      message: `${record.id}: no issuer is known, so the citation has no author`,
      path: ['issuer'],
    });
  return warnings;
}

/** The note as running text (UN Editorial Manual text notes): no closing full stop, and a title that opens it in lower case. */
export function runningText(note: string, opensWithTitle: boolean): string {
  const text = note.endsWith('.') ? note.slice(0, -1) : note;
  return opensWithTitle ? lowerFirst(text) : text;
}

/** A citation request checked and turned into what the engine (or the shipped table) needs. */
export interface CitationPlan {
  item: Record<string, unknown> & { id: string };
  locator?: { locator: string; label: string };
  warnings: Issue[];
}

/**
 * Checks the pinpoint against the record and works out the item, the locator and the warnings.
 * @throws CiteError `invalid-pinpoint` for an annex or paragraph the record does not have.
 */
export function planCitation(
  record: DocumentRecord,
  style: StyleEntry,
  layout: Layout,
  pinpoint: Pinpoint | undefined,
): CitationPlan {
  const warnings = missingFields(record);
  if (pinpoint) checkPinpoint(record, pinpoint);
  // Every style reads the exported item as it is: what a style prints is the style's to decide.
  const item = toCSL(record) as unknown as CitationPlan['item'];
  if (layout === 'running-text')
    warnings.push({
      code: 'not-portable',
      message:
        'a UN text note is the footnote made running text (no closing full stop, a title in lower case): CSL cannot say so, so pandoc and Zotero print the footnote form of this style',
      path: ['mode'],
    });
  const hasPin = pinpoint && Object.values(pinpoint).some((v) => v !== undefined);
  if (layout === 'bibliography') {
    if (hasPin)
      warnings.push({
        code: 'pinpoint-ignored',
        message: 'a bibliography entry cites the whole document: the pinpoint is left out',
        path: ['pinpoint'],
      });
    return { item, warnings };
  }
  if (!style.builtin) {
    const locator = cslLocator(pinpoint, warnings);
    return locator ? { item, locator, warnings } : { item, warnings };
  }
  const locator = builtinLocator(record, pinpoint, style.builtin, warnings);
  return locator ? { item, locator, warnings } : { item, warnings };
}
