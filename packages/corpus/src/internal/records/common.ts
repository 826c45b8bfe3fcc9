import type { Relation } from '../../schema-facts.js';
import type { Party, Signatory } from '../../schema-metadata.js';
import type { Locator } from '../../schema-text.js';

/** The Mission that issues the press releases. */
export const MISSION: Party = {
  name: 'Permanent Mission of the Republic of Azerbaijan to the United Nations',
  kind: 'organization',
  country: 'Azerbaijan',
};

export const PERMANENT_REPRESENTATIVE: Party = {
  name: 'Permanent Representative of Azerbaijan to the United Nations',
  kind: 'office',
  country: 'Azerbaijan',
};

export const SECRETARY_GENERAL: Party = {
  name: 'Secretary-General of the United Nations',
  kind: 'office',
  country: null,
};

export const UNITED_NATIONS: Party = {
  name: 'United Nations',
  kind: 'organization',
  country: null,
};

export const YASHAR_ALIYEV: Signatory = {
  name: 'Yashar Aliyev',
  title: 'Ambassador',
  role: 'Permanent Representative',
};

/** Ids of the five corpus records, so that relations between them are checked by the compiler. */
export type CorpusId =
  | '2009-01-19-press-release'
  | '2020-01-17-letter'
  | '2020-01-20-press-release'
  | '2023-01-20-letter'
  | '2024-01-20-statement';

const ALL_IDS: CorpusId[] = [
  '2009-01-19-press-release',
  '2020-01-17-letter',
  '2020-01-20-press-release',
  '2023-01-20-letter',
  '2024-01-20-statement',
];

/**
 * `sameEventAs` relations from one record to every other: all five documents are about the events
 * of 19–20 January 1990 in Baku. The evidence is this document's own words naming the event.
 */
export function sameEventAsOthers(
  self: CorpusId,
  evidence: string,
  paragraph: Locator,
): Relation[] {
  return ALL_IDS.filter((id) => id !== self).map((target) => ({
    type: 'sameEventAs',
    target,
    targetKind: 'record',
    evidence,
    paragraph,
  }));
}

export const ISSUER_OF_LETTERS_REASON =
  'A letter circulated as a document of United Nations organs is issued by the United Nations under ' +
  'the organs its masthead names; the Permanent Representative is its author, not its issuer.';

export const DIGITISED_LETTER =
  'Text of the UN masthead document as extracted to Markdown from the PDF: masthead, headings and ' +
  'emphasis carry Markdown marks, page footers and running headers were dropped by the extraction, ' +
  'and a page break survives as blank lines inside a paragraph.';
