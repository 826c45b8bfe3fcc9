import type { DocumentRecord } from '../../schema.js';
import { safeParseSymbol, symbolUrl } from '../../symbols.js';

/** A CSL-JSON item (CSL 1.0.2 input data), as far as this package writes one. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report';
  title: string;
  genre?: string;
  author?: Array<{ literal: string }>;
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

/** The place of a dateline such as "New York, 19 January 2009" (not a label such as "Press release, …"). */
function placeOf(record: DocumentRecord): string | undefined {
  for (const block of record.body) {
    if (block.type !== 'dateline' || /press|release|statement|issue/i.test(block.text)) continue;
    const place = /^([A-Z][A-Za-z. ]+), (?:\d{1,2} [A-Z]|[A-Z][a-z]+ \d)/.exec(block.text)?.[1];
    if (place) return place;
  }
  return undefined;
}

/**
 * A record as CSL-JSON. UN masthead documents are `report`s authored by their organs in masthead
 * order ("United Nations General Assembly", "United Nations Security Council"), published by the
 * United Nations, with the symbol in `number` and dated by the distribution date (the letter date
 * is in the title and in `custom.letterDate`). Press releases and statements are `report`s with a
 * `genre`, authored by their issuer. Nothing absent from the record is filled in: no symbol, no
 * `number`; no date, no `issued`. `custom` keeps the kind, organs and sessions, agenda items, the
 * letter date, the occasion, whether the title is descriptive, and the source's SHA-256.
 */
export function toCSL(record: DocumentRecord): CslItem {
  const isMasthead = record.organs.length > 0;
  const author = isMasthead
    ? record.organs.map((o) => ({ literal: `United Nations ${o.organ}` }))
    : record.issuer
      ? [{ literal: record.issuer.name }]
      : undefined;
  const issued = isMasthead ? (record.distributionDate ?? record.date) : record.date;
  const place = placeOf(record);
  const genre = GENRES[record.kind];
  const language = record.originalLanguage ?? record.languages[0];
  const publisher = isMasthead ? 'United Nations' : record.issuer?.name;
  return {
    id: record.id,
    'citation-key': record.id,
    type: 'report',
    title: record.title,
    ...(genre ? { genre } : {}),
    ...(author ? { author } : {}),
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
