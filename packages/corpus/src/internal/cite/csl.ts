import { safeParseSymbol, symbolUrl } from '@black-january/un-symbols';
import type { DocumentRecord } from '../../schema.js';

/** A CSL-JSON item (CSL 1.0.2 input data), as far as this package writes one. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report';
  /** The title as printed; absent when the document has none (see `note`). */
  title?: string;
  /** The description of a document that prints no title, its first letter lower case. */
  note?: string;
  genre?: string;
  author?: Array<{ literal: string }>;
  /**
   * The organs as OSCOLA abbreviates them ("UNGA and UNSC"); for other works, the issuer's State,
   * or, when the document does not print its issuer, "[State, issuer]" in square brackets.
   */
  authority?: string;
  /**
   * The organs of a UN document in words, masthead order ("General Assembly and Security
   * Council"); for other works, "[issuer]" in square brackets when the document does not print it.
   */
  division?: string;
  publisher?: string;
  'publisher-place'?: string;
  number?: string;
  issued?: { 'date-parts': [[number, number, number]] };
  language?: string;
  URL?: string;
  source: string;
  custom: Record<string, unknown>;
}

const GENRES: Record<DocumentRecord['kind'], string | undefined> = {
  letter: undefined,
  'note-verbale': undefined,
  'press-release': 'Press release',
  statement: 'Statement',
  unknown: undefined,
};

/**
 * The document's own symbol as the Editorial Manual cites it: double symbols hyphen-joined, and
 * without the `*` that marks a reissue (it is not part of the symbol); and its link.
 */
function symbolOf(record: DocumentRecord): { number: string; URL?: string } | undefined {
  if (record.symbols.length === 0) return undefined;
  const joined = record.symbols.map((s) => s.replace(/\*+$/, '')).join('-');
  const parsed = safeParseSymbol(joined);
  return parsed.ok
    ? { number: parsed.symbol.normalized, URL: symbolUrl(parsed.symbol.normalized) }
    : { number: joined };
}

const OSCOLA_ORGANS: Record<string, string> = {
  'General Assembly': 'UNGA',
  'Security Council': 'UNSC',
  'Economic and Social Council': 'ECOSOC',
  'Human Rights Council': 'UNHRC',
};
const and = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A UN document's organs as every built-in style reads them: authors, OSCOLA's abbreviations, words. */
export function organFields(names: readonly string[]): {
  author: Array<{ literal: string }>;
  authority: string;
  division: string;
} {
  return {
    author: names.map((o) => ({ literal: `United Nations ${o}` })),
    authority: and(names.map((o) => OSCOLA_ORGANS[o] ?? `UN ${o}`)),
    division: and(names),
  };
}

/** The title, or for a document that prints none its description, as a title is written. */
export const titleOf = (item: CslItem): string =>
  item.title ?? (item.note ? item.note.charAt(0).toUpperCase() + item.note.slice(1) : '');

/**
 * The place of issue as printed: a dateline such as "New York, 19 January 2009" (not a label such
 * as "Press release, …"), else the city of a letterhead address ("633 Third Avenue, Suite 3210,
 * New York, NY, 10017").
 */
function placeOf(record: DocumentRecord): string | undefined {
  for (const block of record.body) {
    if (block.type !== 'dateline' || /press|release|statement|issue/i.test(block.text)) continue;
    const place = /^([A-Z][A-Za-z. ]+), (?:\d{1,2} [A-Z]|[A-Z][a-z]+ \d)/.exec(block.text)?.[1];
    if (place) return place;
  }
  for (const block of record.body) {
    if (block.type !== 'letterhead') continue;
    for (const line of block.lines) {
      const city = /(?:^|, )([A-Z][A-Za-z. ]+), [A-Z]{2},? \d{5}\b/.exec(line)?.[1];
      if (city) return city;
    }
  }
  return undefined;
}

/**
 * A record as CSL-JSON: one item that every built-in style reads as it is, in standard CSL 1.0.2
 * variables that citeproc-js, pandoc and Zotero all read. UN masthead documents are `report`s
 * authored by their organs in masthead order ("United Nations General Assembly", "United Nations
 * Security Council"), with the organs also as OSCOLA abbreviates them in `authority` ("UNGA and
 * UNSC") and in words in `division` ("General Assembly and Security Council"), published by the
 * United Nations, with the symbol in `number` and dated by the distribution date (the letter date
 * is in the title and in `custom.letterDate`), and no place. Press releases and statements are
 * `report`s with a `genre`, authored by their issuer, with the issuer's State in `authority` and
 * (an issuer the document does not print is not an author: it is given only in square brackets,
 * in `authority`, `division` and `publisher`)
 * the place of issue. A document that prints no title has no `title`: its description is in
 * `note`. Nothing absent from the record is filled in: no symbol, no `number`; no date, no
 * `issued`. `custom` keeps the kind, organs and sessions, agenda items, the letter date, the
 * occasion, whether the title is descriptive, and the source's SHA-256.
 */
export function toCSL(record: DocumentRecord): CslItem {
  const isMasthead = record.organs.length > 0;
  const names = record.organs.map((o) => o.organ);
  const organs = isMasthead ? organFields(names) : undefined;
  // An issuer the document does not print is supplied data: no author, only square brackets.
  const supplied = !isMasthead && record.issuer && record.provenance.issuer.status !== 'stated';
  const issuer = record.issuer;
  const author = organs?.author ?? (issuer && !supplied ? [{ literal: issuer.name }] : undefined);
  const issued = isMasthead ? (record.distributionDate ?? record.date) : record.date;
  const place = isMasthead ? undefined : placeOf(record);
  const authority =
    organs?.authority ??
    (supplied && issuer
      ? `[${issuer.country ? `${issuer.country}, ` : ''}${issuer.name}]`
      : issuer?.country);
  const division = organs?.division ?? (supplied && issuer ? `[${issuer.name}]` : undefined);
  const genre = GENRES[record.kind];
  const language = record.originalLanguage ?? record.languages[0];
  const publisher = isMasthead
    ? 'United Nations'
    : issuer && (supplied ? `[${issuer.name}]` : issuer.name);
  return {
    id: record.id,
    'citation-key': record.id,
    type: 'report',
    ...(record.titleIsDescriptive ? { note: lowerFirst(record.title) } : { title: record.title }),
    ...(genre ? { genre } : {}),
    ...(author ? { author } : {}),
    ...(authority ? { authority } : {}),
    ...(division ? { division } : {}),
    ...(publisher ? { publisher } : {}),
    ...(place ? { 'publisher-place': place } : {}),
    ...(symbolOf(record) ?? {}),
    ...(issued
      ? { issued: { 'date-parts': [issued.split('-').map(Number) as [number, number, number]] } }
      : {}),
    ...(language ? { language } : {}),
    source: `Black January corpus (${record.source.fileName})`,
    custom: {
      kind: record.kind,
      titleIsDescriptive: record.titleIsDescriptive,
      organs: record.organs,
      agendaItems: record.agendaItems,
      ...(isMasthead && record.date ? { letterDate: record.date } : {}),
      ...(record.occasion ? { occasion: record.occasion.date } : {}),
      sha256: record.source.sha256,
    },
  };
}
