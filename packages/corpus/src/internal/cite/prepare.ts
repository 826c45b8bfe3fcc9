import type { Issue } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import type { BuiltinStyle, Layout } from './builtin.js';
import { toCSL } from './csl.js';
import { checkPinpoint, cslLocator, formatPinpoint, type Pinpoint } from './pinpoint.js';
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

/**
 * The CSL item a built-in style reads: the {@link toCSL} mapping with the author written the way
 * the style names it (one literal), a descriptive title moved to `note` (or dropped) so that the
 * style does not quote or italicise it, and no place for UN masthead documents.
 */
export function styledItem(record: DocumentRecord, style: BuiltinStyle): Record<string, unknown> {
  const { author: _generic, custom: _custom, source: _source, ...item } = toCSL(record);
  const styled: Record<string, unknown> = { ...item };
  const author = style.author(record);
  if (author) styled.author = [{ literal: author }];
  if (record.titleIsDescriptive) {
    delete styled.title;
    if (style.descriptive !== 'omit')
      styled.note = style.descriptive === 'lower-first' ? lowerFirst(record.title) : record.title;
  }
  if (record.organs.length > 0) delete styled['publisher-place'];
  return styled;
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
  const item = (
    style.builtin ? styledItem(record, style.builtin) : toCSL(record)
  ) as CitationPlan['item'];
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
  const text = formatPinpoint(record, pinpoint, style.builtin, warnings);
  return text
    ? { item, locator: { locator: text, label: 'paragraph' }, warnings }
    : { item, warnings };
}
