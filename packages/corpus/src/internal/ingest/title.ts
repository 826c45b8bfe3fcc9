import type { Party } from '../../schema-metadata.js';
import { stateName } from '../gazetteer.js';
import { findDate } from './dates.js';

/** The opening words of a letter's or note's title line. */
export const LETTER_TITLE = /^(?:Identical letters|Letter|Note verbale) dated\b/i;

/** What a letter's title line says: its date, who wrote it, to whom. */
export interface TitleReading {
  date: { iso: string; printed: string } | null;
  author: Party | null;
  authorPhrase: string | null;
  addressees: Party[];
  addresseePhrase: string | null;
}

const OFFICE =
  /from the ((?:Permanent Representative|Deputy Permanent Representative|Chargé d['’]affaires a\.i\.|Permanent Observer|Acting Permanent Representative)(?: of the Permanent (?:Observer )?Mission)? of (?:the )?(.+?) to the United Nations(?: (?:at|in) [A-Z][a-z]+)?)(?= addressed|$)|from the (Permanent (?:Observer )?Mission of (?:the )?(.+?) to the United Nations)(?= addressed|$)/;
const TO = / addressed to the (.+)$/;

const RECIPIENTS: Record<string, string> = {
  'Secretary-General': 'Secretary-General of the United Nations',
  'President of the Security Council': 'President of the Security Council',
  'President of the General Assembly': 'President of the General Assembly',
  'President of the Economic and Social Council': 'President of the Economic and Social Council',
  'President of the Human Rights Council': 'President of the Human Rights Council',
};

/** Read a title line such as "Letter dated 17 January 2020 from the Permanent Representative of
 * Azerbaijan to the United Nations addressed to the Secretary-General". */
export function readTitle(title: string): TitleReading {
  const office = OFFICE.exec(title);
  const phrase = office ? ((office[1] ?? office[3]) as string) : null;
  const country = office
    ? stateName(
        ((office[2] ?? office[4]) as string).replace(
          /^Permanent (?:Observer )?Mission of (?:the )?/,
          '',
        ),
      )
    : null;
  const to = TO.exec(title)?.[1] ?? null;
  const addressees = to
    ? to.split(/ and the /).map((name) => ({
        name: RECIPIENTS[name.trim()] ?? name.trim(),
        kind: 'office' as const,
        country: null,
      }))
    : [];
  return {
    date: findDate(title),
    author: phrase
      ? {
          name: phrase,
          kind: phrase.startsWith('Permanent Mission') ? 'organization' : 'office',
          country,
        }
      : null,
    authorPhrase: phrase ? `from the ${phrase}` : null,
    addressees,
    addresseePhrase: to ? `addressed to the ${to}` : null,
  };
}
