import type { DocumentRecord, Locator } from '@black-january/corpus/records';
import { findBySymbol, formatLocator, getDocument } from '@black-january/corpus/records';
import { symbolUrl } from '@black-january/corpus/symbols';

/** A site path under the configured base (`DOCS_BASE`), so the build works from any sub-path. */
export const url = (path: string): string =>
  `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;

/** The stable anchor of a numbered paragraph: `p3`, or `annex-1-p3` in an annex. */
export const anchorOf = (locator: Locator): string =>
  `${locator.annex ? `annex-${locator.annex}-` : ''}p${locator.paragraph}`;

export const documentUrl = (id: string, locator?: Locator): string =>
  url(`/documents/${id}/${locator ? `#${anchorOf(locator)}` : ''}`);

/** "para. 3" or "annex II, para. 3", as the citation pinpoints print it. */
export const pinpointOf = (record: DocumentRecord, locator: Locator): string =>
  formatLocator(locator, record.annexes.length);

/** Where a cited UN symbol leads: the document's page when the corpus has it, undocs.org otherwise. */
export function referenceHref(symbol: string): string {
  const inCorpus = findBySymbol(symbol)?.documents[0];
  return inCorpus ? documentUrl(inCorpus.id) : symbolUrl(symbol);
}

export const KIND_LABELS: Record<DocumentRecord['kind'], string> = {
  letter: 'Letter',
  'note-verbale': 'Note verbale',
  'press-release': 'Press release',
  statement: 'Statement',
  unknown: 'Unrecognised text',
};

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** 20 January 2023, as the documents write dates. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "Letter, 20 January 2023": how the site names a corpus document in lists and tables. */
export function documentLabel(id: string): string {
  const d = getDocument(id);
  return d ? `${KIND_LABELS[d.kind]}, ${listedDate(d)}` : id;
}

/** The date a document is listed under, saying when it is the day it marks rather than its own. */
export const listedDate = (r: DocumentRecord): string =>
  r.date
    ? longDate(r.date)
    : r.occasion
      ? `undated (marks ${longDate(r.occasion.date)})`
      : 'undated';
