import type { Party } from '../../schema-metadata.js';
import { stateName } from '../text/gazetteer.js';
import { STATES } from '../text/member-states.js';

/**
 * "Statement by H.E. Ms. Jane Example, Permanent Representative of Azerbaijan to the United Nations,
 * at …"; the speaker ends before the occasion or the date ("…, dated 22 January 1990").
 */
const STATEMENT_BY =
  /^(?:Statement|Remarks|Address|Speech|Intervention)s? (?:by|of|delivered by) (?:the )?(?<who>[\s\S]{3,300}?)(?=,? (?:at|before|during|in|on the occasion of|on) (?:the )?[a-z0-9]|,? (?:dated|of) \d|$)/i;
/** "of [the] <State>" inside the speaker's description; the first Member State named wins. */
const NAME_WORD = "(?:d['’])?\\p{Lu}[\\p{L}\\p{M}\\d'’-]*|of|the|and";
const OF_STATE = new RegExp(
  `\\b(?:of|for) (?:the )?((?:${NAME_WORD})(?: (?:${NAME_WORD}))*)`,
  'gu',
);
const KNOWN = new Set(STATES);

/** The Member State a phrase names after "of", in its UN short name; null if none. */
export function stateNamedIn(phrase: string): string | null {
  for (const m of phrase.matchAll(OF_STATE)) {
    const words = (m[1] as string).split(' ');
    // "Republic of Azerbaijan to the United Nations": try the longest run of words first.
    for (let n = words.length; n > 0; n--) {
      const name = stateName(
        words
          .slice(0, n)
          .join(' ')
          .replace(/ (?:of|the|and)$/, ''),
      );
      if (KNOWN.has(name)) return name;
    }
  }
  return null;
}

/**
 * The speaker a statement's title names ("Statement by the Permanent Representative of
 * Azerbaijan…"): an office, or a person with the office after a comma, and the State it speaks for.
 */
export function readSpeaker(title: string): { party: Party; phrase: string } | null {
  const who = STATEMENT_BY.exec(title)?.groups?.who?.trim();
  if (!who) return null;
  const country = stateNamedIn(who);
  if (
    !country &&
    !/\b(?:Minister|President|Representative|Ambassador|Delegation|Mission|Ministry)\b/i.test(who)
  )
    return null;
  const person = /^(?:H\.\s?E\.\s)?(?:Mr\.|Ms\.|Mrs\.|Dr\.|Ambassador)\s/.test(who);
  return {
    party: {
      name: who.replace(/,$/, ''),
      kind: person
        ? 'person'
        : /\b(?:Ministry|Mission|Delegation|Government)\b/.test(who.split(',')[0] ?? '')
          ? 'organization'
          : 'office',
      country,
    },
    phrase: who,
  };
}
