import { statePrinted } from '../text/gazetteer.js';
import { recipientName } from './addressees.js';
import { partWords, type TitleReading } from './title.js';

/**
 * "The Permanent Mission of X to the United Nations presents its compliments to the Y" and has the
 * honour…, or "… to the Y and, with reference to …".
 */
const COMPLIMENTS =
  /^The (?<office>(?:Permanent (?:Observer )?Mission|Delegation|Embassy) of (?:the )?(?<country>.{1,150}?) to the United Nations(?: (?:Office )?(?:at|in) [A-Z][a-z]+)?) presents its compliments to the (?<to>.+?)(?= and(?:,| (?:has|wishes|would))|,|$)/;

/**
 * Whether a paragraph opens a note verbale: "The Permanent Mission of … presents its compliments
 * …", its words parted where a PDF copy ran them together ("ThePermanent Mission ofGeorgia").
 */
export const opensNote = (text: string): boolean => COMPLIMENTS.test(partWords(text));

/** The author and addressee a note verbale's opening names. */
export function noteReading(first: string | undefined): TitleReading | null {
  const m = first ? COMPLIMENTS.exec(partWords(first)) : null;
  if (!m?.groups) return null;
  const { office, country, to } = m.groups as { office: string; country: string; to: string };
  return {
    date: null,
    author: { name: office, kind: 'organization', country: statePrinted(country) },
    authorPhrase: office,
    joint: false,
    addressees: [
      {
        name: recipientName(to),
        kind: 'office',
        country: null,
      },
    ],
    addresseePhrase: `presents its compliments to the ${to}`,
  };
}
