import type { Party } from '../../schema-metadata.js';
import { ocrFold } from '../text/gazetteer.js';
import { DATE_PATTERN } from './dates.js';

/**
 * Whom a title line addresses, as its last words: the Secretary-General, a President ("of the
 * Security Council"), a Committee's Chair ("of the Third Committee"). A flattened copy runs the
 * letter's first words on: "…of the Security Council Dear Mr. …" names no "Council Dear".
 */
export const RECIPIENT = `(?:Secretary(?:[- ]| - )Genera[l1]|President of the [A-Z][a-z]+(?: ?${/(?!(?:Dear|On|In|At|As|It|Today|Excellency|Mr|Madam|With|Further|Following|Upon|Once)\b)/.source}[A-Z][a-z]+)*(?:(?<=Counci)1)?|Chair(?:man|person)? of the (?:[A-Z][a-z]+ )+Committee)`;
/**
 * A title's or an annex heading's addressees: "the Secretary-General, the President of … and the
 * President of …"; a PDF copy may run the article on ("theSecretary-General").
 */
export const RECIPIENT_LIST = `the ?${RECIPIENT}(?:, the ?${RECIPIENT})*(?:,? and (?:to )?the ?${RECIPIENT})?`;

/**
 * Where an addressee ends: the subject, the symbol a web page appends in parentheses (also when
 * a cut copy ends inside it), or the date a mission's site appends ("…, 13 September 2022").
 */
const ADDRESSEE_END = new RegExp(
  `${/\s+(?:regarding|concerning|transmitting|on the (?:subject|question)|with reference)\b.*$|\s*\((?:[A-Z]+\/[^)]*\)?|[A-Z]*)\s*$|[.;,]+$/.source}|,\\s*(?:${DATE_PATTERN.source})\\s*$`,
  'i',
);
/**
 * A footnote mark on the title's last word: "Secretary-General*", "Secretary-General1" or " 1";
 * not an OCR copy's 1 for the l that ends "Genera1", "Counci1".
 */
const FOOTNOTE_MARK = /\s*[*†‡]+$|(?<=[a-z]{3})(?<!Genera|Counci)\s?\d{1,2}$/;

const PRESIDENTS =
  /\bPresidents of the ((?:[A-Z][a-z]+ )*[A-Z][a-z]+),? and (?:of )?the ((?:[A-Z][a-z]+ )*[A-Z][a-z]+)$/;

/** What is left of an addressee a copy dropped: nothing, or the article before it. */
const DROPPED = /^(?:the)?$/i;

/** The usual addressees, by the names titles print for them. */
const RECIPIENTS: Record<string, string> = {
  'secretary-general': 'Secretary-General of the United Nations',
  'secretary general': 'Secretary-General of the United Nations',
  'secretary-general of the united nations': 'Secretary-General of the United Nations',
  'president of the security council': 'President of the Security Council',
  'president of the general assembly': 'President of the General Assembly',
  'president of the economic and social council': 'President of the Economic and Social Council',
  'president of the human rights council': 'President of the Human Rights Council',
};

/** The usual addressees' names, in their usual form. */
export const RECIPIENT_NAMES = [...new Set(Object.values(RECIPIENTS))];

const FOLDED_RECIPIENTS = new Map(Object.entries(RECIPIENTS).map(([k, v]) => [ocrFold(k), v]));

/** An addressee's name in its usual form ("Secretary-General" is "… of the United Nations"). */
export function recipientName(printed: string): string {
  const key = printed
    .replace(/^(?:UN|United Nations) (?=Secretary)|(?<=^President of the )UN /, '')
    .toLowerCase()
    .replace(/\s+-\s+/g, '-');
  return RECIPIENTS[key] ?? FOLDED_RECIPIENTS.get(ocrFold(key)) ?? printed;
}

/** The addressees a title names after "addressed to", each in its usual form. */
export function readAddressees(to: string): Party[] {
  const trimmed = to
    .replace(FOOTNOTE_MARK, '')
    .replace(ADDRESSEE_END, '')
    .trim()
    // "the Presidents of the General Assembly and the Security Council": a President of each.
    .replace(PRESIDENTS, 'President of the $1 and the President of the $2');
  return trimmed
    .split(
      /(?:,|,? and) (?:to )?(?:the )?(?=(?:Secretary|President|Chair|(?:United Nations )?High Commissioner)\b)/i,
    )
    .map((name) => name.trim())
    .filter((name) => !DROPPED.test(name))
    .map((name) => ({
      name: recipientName(name),
      kind: 'office' as const,
      country: null,
    }));
}
