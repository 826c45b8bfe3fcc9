import { ordinal, toRoman } from '@black-january/un-symbols';
import type { DocumentRecord } from './schema.js';
import type { Organ } from './schema-metadata.js';

export { toRoman as romanNumeral };

// A letter or note is known by its kind and date: "Letter dated 17 January 2020".
const DATED =
  /^((?:Identical )?(?:[Ll]etters?|[Nn]ote verbale|[Nn]otes verbales) dated \d{1,2} \p{Lu}\p{Ll}+ \d{4})\b/u;
// Past this a heading takes more than three lines of a page's H1 (a phone holds some 24 a line).
const HEADING_LENGTH = 64;

/**
 * A title short enough for a heading or a list, for display only (the record's `title` is what
 * the source prints): a letter's kind and date ("Letter dated 17 January 2020"), a short title
 * as it is, and a long one cut at a word with "…". Show the full title beside it.
 */
export function shortTitle(record: Pick<DocumentRecord, 'title'>): string {
  const dated = DATED.exec(record.title);
  if (dated) return dated[1] as string;
  if (record.title.length <= HEADING_LENGTH) return record.title;
  const cut = record.title.slice(0, HEADING_LENGTH - 1);
  // At the last space in the second half, or mid-word when a word runs through it.
  const space = cut.lastIndexOf(' ');
  const kept = space >= HEADING_LENGTH / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:–—-]+$/, '')}…`;
}

const SESSION_KINDS = {
  regular: '',
  special: 'special ',
  'emergency-special': 'emergency special ',
};

/**
 * An organ with its session or year, in words: "General Assembly, 72nd session", "General
 * Assembly, 10th emergency special session", "Security Council, 2020"; "(session not printed)"
 * or "(year not printed)" when the document does not print it.
 */
export function organLabel(organ: Organ): string {
  if (organ.organ === 'General Assembly')
    return organ.session === null
      ? 'General Assembly (session not printed)'
      : `General Assembly, ${ordinal(organ.session)} ${SESSION_KINDS[organ.sessionType]}session`;
  if (organ.organ === 'Economic and Social Council')
    return organ.year === null
      ? 'Economic and Social Council (session not printed)'
      : `Economic and Social Council, ${organ.year} session`;
  return organ.year === null
    ? 'Security Council (year not printed)'
    : `Security Council, ${organ.year}`;
}
