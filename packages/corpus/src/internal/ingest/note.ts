import { statePrinted } from '../text/gazetteer.js';
import { recipientName } from './addressees.js';
import type { TitleReading } from './title.js';

/**
 * "The Permanent Mission of X to the United Nations presents its compliments to the Y" and has the
 * honour…, or "… to the Y and, with reference to …".
 */
export const COMPLIMENTS =
  /^The (?<office>(?:Permanent (?:Observer )?Mission|Delegation|Embassy) of (?:the )?(?<country>.{1,150}?) to the United Nations(?: (?:Office )?(?:at|in) [A-Z][a-z]+)?) presents its compliments to the (?<to>.+?)(?= and(?:,| (?:has|wishes|would))|,|$)/;

export function noteReading(first: string | undefined): TitleReading | null {
  const m = first ? COMPLIMENTS.exec(first) : null;
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
