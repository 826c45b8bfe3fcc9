import type { DocumentFilter, DocumentRecord } from '@black-january/corpus/records';
import { DOCUMENT_KINDS } from '@black-january/corpus/vocabulary';
import type { Options, Values } from '../command.js';
import { InputError, UsageError } from '../errors.js';

/** The filters of `list` and `export`, as options. */
export const FILTER_OPTIONS = {
  kind: {
    type: 'string',
    description: 'document kind',
    choices: [...DOCUMENT_KINDS],
  },
  year: {
    type: 'string',
    description: 'year of the document (undated: of the day it marks)',
    placeholder: 'yyyy',
  },
  from: { type: 'string', description: 'on or after this date', placeholder: 'yyyy-mm-dd' },
  to: { type: 'string', description: 'on or before this date', placeholder: 'yyyy-mm-dd' },
  organ: {
    type: 'string',
    description: 'General Assembly / GA, Security Council / SC',
    placeholder: 'organ',
  },
  'agenda-item': { type: 'string', description: 'agenda item number', placeholder: 'n' },
  signatory: { type: 'string', description: 'part of a signatory name', placeholder: 'name' },
  mentions: {
    type: 'string',
    description: 'a person, place or organisation mentioned',
    placeholder: 'name',
  },
} as const satisfies Options;

/** The names of the filter options. */
export const FILTER_NAMES = Object.keys(FILTER_OPTIONS) as Array<keyof typeof FILTER_OPTIONS>;

/** The filter the options ask for. */
export function filterFrom(
  values: Pick<Values<typeof FILTER_OPTIONS>, keyof typeof FILTER_OPTIONS>,
): DocumentFilter {
  const { year, kind } = values;
  if (year !== undefined && !/^\d{4}$/.test(year))
    throw new UsageError(`--year wants a four-digit year, not '${year}'`);
  const filter: DocumentFilter = {};
  if (kind) filter.kind = kind;
  if (year) filter.year = Number(year);
  for (const [option, key] of [
    ['from', 'from'],
    ['to', 'to'],
    ['organ', 'organ'],
    ['agenda-item', 'agendaItem'],
    ['signatory', 'signatory'],
    ['mentions', 'mentions'],
  ] as const) {
    const v = values[option];
    if (v !== undefined) filter[key] = v;
  }
  return filter;
}

/** A positive integer option (paragraph, annex, limit). */
export function intOption<K extends string>(
  values: { readonly [key in K]: string | undefined },
  name: K,
): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(v))
    throw new UsageError(`--${name} wants a positive whole number, not '${v}'`);
  return Number(v);
}

/** A corpus document by id or by a symbol it carries, or an error naming the id meant. */
export async function findDocument(key: string): Promise<DocumentRecord> {
  const { lookupDocument } = await import('@black-january/corpus/records');
  const found = lookupDocument(key);
  if (found.found) return found.record;
  if (found.citedBy.length > 0)
    throw new InputError(
      `${key} is not in the corpus; it is cited by ${found.citedBy.map((r) => r.id).join(', ')}`,
    );
  throw new InputError(
    `unknown document '${key}'${found.didYouMean ? `: did you mean ${found.didYouMean}?` : ''} (black-january list shows them)`,
  );
}

export const dateOf = (r: DocumentRecord) =>
  r.date ?? (r.occasion ? `(${r.occasion.date})` : 'undated');
