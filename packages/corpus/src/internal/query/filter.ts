import { type Issue, QueryError } from '../../errors.js';
import type { DocumentRecord } from '../../schema.js';
import { DOCUMENT_KINDS, type DocumentKind } from '../../vocabulary.js';
import { GAZETTEER } from '../text/gazetteer.js';

/** What `filterDocuments` accepts; every criterion given must hold (AND). */
export interface DocumentFilter {
  kind?: DocumentKind | DocumentKind[];
  /** Year of the document's date (an undated document: of the day it marks). */
  year?: number;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** "General Assembly", "Security Council", or "GA" / "SC". */
  organ?: string;
  /** An agenda item number, e.g. 75 or "3 (b)". */
  agendaItem?: string | number;
  /** Part of a signatory's name, any case. */
  signatory?: string;
  /** A person, place or organisation, by its canonical name or any spelling. */
  mentions?: string;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const CHECKS: Record<keyof DocumentFilter, [(v: unknown) => boolean, string]> = {
  kind: [
    (v) =>
      [v].flat().length > 0 && [v].flat().every((k) => DOCUMENT_KINDS.includes(k as DocumentKind)),
    `one of ${DOCUMENT_KINDS.join(', ')}, or a list of them`,
  ],
  year: [(v) => Number.isInteger(v), 'a whole number'],
  from: [(v) => typeof v === 'string' && ISO_DATE.test(v), 'an ISO date such as 2020-01-20'],
  to: [(v) => typeof v === 'string' && ISO_DATE.test(v), 'an ISO date such as 2020-01-20'],
  organ: [nonEmpty, 'a non-empty string'],
  agendaItem: [(v) => nonEmpty(v) || (Number.isInteger(v) && (v as number) > 0), 'an item number'],
  signatory: [nonEmpty, 'a non-empty string'],
  mentions: [nonEmpty, 'a non-empty string'],
};

/** Check a filter's criteria; throws a {@link QueryError} listing every problem. */
export function checkFilter(filter: unknown): DocumentFilter {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new QueryError('invalid filter: expected an object of criteria');
  }
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(filter)) {
    const check = CHECKS[key as keyof DocumentFilter];
    if (!check)
      issues.push({
        code: 'unknown-criterion',
        message: `unknown criterion "${key}"; use ${Object.keys(CHECKS).join(', ')}`,
        path: [key],
      });
    else if (value !== undefined && !check[0](value))
      issues.push({
        code: 'invalid-criterion',
        message: `${key} must be ${check[1]}`,
        path: [key],
      });
  }
  if (issues.length > 0) throw new QueryError(`invalid filter: ${issues[0]?.message}`, issues);
  return filter as DocumentFilter;
}

const ORGAN_ALIASES: Record<string, string> = { ga: 'general assembly', sc: 'security council' };

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The name asked for, and every name and spelling the gazetteer knows it by. */
function namesFor(name: string): Set<string> {
  const names = new Set([name]);
  for (const entry of GAZETTEER) {
    const all = [entry.name, ...entry.forms].map(fold);
    if (all.includes(name)) for (const n of all) names.add(n);
  }
  return names;
}

/** A predicate for a checked filter; `dateOf` gives the date a document is filed under. */
export function matcher(filter: DocumentFilter, dateOf: (r: DocumentRecord) => string | null) {
  const kinds = filter.kind === undefined ? null : new Set([filter.kind].flat());
  const organ =
    filter.organ === undefined ? null : (ORGAN_ALIASES[fold(filter.organ)] ?? fold(filter.organ));
  const item = filter.agendaItem === undefined ? null : String(filter.agendaItem).trim();
  const signatory = filter.signatory === undefined ? null : fold(filter.signatory);
  const mention = filter.mentions === undefined ? null : namesFor(fold(filter.mentions));
  return (r: DocumentRecord): boolean => {
    const date = dateOf(r);
    if (kinds && !kinds.has(r.kind)) return false;
    if (filter.year !== undefined && date?.slice(0, 4) !== String(filter.year)) return false;
    if (filter.from !== undefined && (!date || date < filter.from)) return false;
    if (filter.to !== undefined && (!date || date > filter.to)) return false;
    if (organ && !r.organs.some((o) => fold(o.organ) === organ)) return false;
    if (item && !r.agendaItems.some((a) => a.number === item)) return false;
    if (signatory && !r.signatories.some((s) => fold(s.name).includes(signatory))) return false;
    if (mention && !r.mentions.some((m) => [m.name, ...m.forms].some((n) => mention.has(fold(n)))))
      return false;
    return true;
  };
}
