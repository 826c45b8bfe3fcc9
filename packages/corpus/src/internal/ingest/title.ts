import type { Party } from '../../schema-metadata.js';
import { statePrinted } from '../text/gazetteer.js';
import { STATES } from '../text/member-states.js';
import { RECIPIENT_NAMES, readAddressees } from './addressees.js';
import { cutInside } from './cut-short.js';
import { findDate, findGuessedDate } from './dates.js';
import { stateNamedIn } from './speaker.js';

/**
 * The kinds of document a title line opens with, one or several ("Letters dated 6 and 10 March"),
 * as an OCR copy may misread them ("Lettcr", "Note verba1e").
 */
export const TITLE_WORDS =
  '(?:Identical [l1][ec]tt[ec]rs|Identical notes verba[l1]es|L[ec]tt[ec]rs?|Notes? verba[l1]es?)';
/** "dated", and as an OCR copy may misread it, c for e ("datcd"; "Lettcr" in TITLE_WORDS too). */
export const DATED_WORD = 'dat[ec]d';
/**
 * A title line as UN documents print it: "Letter dated …"; a PDF copy may run its words together
 * ("Letterdated 2 March", "Letter dated2 March").
 */
export const DATED_TITLE = new RegExp(`^${TITLE_WORDS} ?${DATED_WORD}(?:\\b|(?=\\d))`, 'i');
/**
 * The opening words of a letter's or note's title line: "Letter dated", and as a mission's site
 * or an older copy may print them, "Letter of 13 September 2022 from the", "Letter from the".
 */
export const LETTER_TITLE = new RegExp(
  `^${TITLE_WORDS} ?(?:${DATED_WORD}(?:\\b|(?=\\d))|(?:of \\d{1,2}(?:st|nd|rd|th)? [a-z]+\\.?,? \\d{4},? )?from the\\b)`,
  'i',
);
/** "Letter of the …": a title where "addressed to" follows, on its line or the next (see layout). */
export const OF_THE_TITLE = new RegExp(`^${TITLE_WORDS} of the(?:\\b|(?=[A-Z]))`, 'i');
/**
 * Where a title names its addressee: "addressed to", or as a site may print it, "to the (UN)
 * Secretary-General" or "to the President of the …" right after the author.
 */
export const ADDRESSED_TO =
  /\baddressed to\b|\bto the (?:UN |United Nations )?(?:Secretary[- ]General\b|President of the [A-Z])/i;
/** Where a title's opening words end: "Letter" of "Letter dated …", "Letter from …". */
export const KIND_WORDS_END = new RegExp(
  `(?: ?${DATED_WORD}(?:\\b|(?=\\d))| (?:of \\d|from the\\b|of the\\b))`,
  'i',
);

/** What a letter's title line says: its date, who wrote it, to whom. */
export interface TitleReading {
  /** `guessed` when OCR damage in the day or year was read through. */
  date: { iso: string; printed: string; guessed?: true } | null;
  author: Party | null;
  authorPhrase: string | null;
  /** The author is the offices of more than one State or body (a joint letter): no one country. */
  joint: boolean;
  addressees: Party[];
  addresseePhrase: string | null;
}

const ROLE =
  "(?:Deputy |Acting |Alternate )?(?:(?:Permanent )?Representative|Permanent Observer|Charg[ée] d['’]affaires(?: a\\.\\s?i\\s?\\.| ad interim)?)";
const MISSION = '(?:Permanent (?:Observer )?Mission|Delegation|Embassy)';
/** "to the United Nations" as a copy cut short ends it: " to", " to the Uni". */
const CUT_SHORT = cutInside(' to the United Nations', 3);
/**
 * `from the <role> [of the <mission>] of <country> to the United Nations [at Geneva]` (or a title's
 * opening "Letter of the <role> …"), up to `addressed`, a comma or "in his capacity as …" (the
 * office, not the capacity, is the author).
 */
const OFFICE = new RegExp(
  `(?<by>from|^${TITLE_WORDS} of) the (?<office>(?:${ROLE}(?: of the ${MISSION})?|${MISSION}) of (?:the )?(?!to the )(?<country>(?:(?! to the ).){1,150}?)(?: to the (?:United Nations|UN)(?: (?:Office )?(?:at|in) [A-Z][a-z]+)?|${CUT_SHORT})?)(?= addressed|,| in (?:his|her|its|their) capacity\\b|$| to the (?:UN |United Nations )?(?:Secretary[- ]General|President of the)\\b)`,
  'i',
);
/**
 * Any other author: `from the Minister for Foreign Affairs of Armenia addressed to …`, and the
 * joint letter's `from the representatives of Georgia, the Republic of Moldova and Ukraine …`, up
 * to `addressed` or the capacity they write in ("in their capacity as Co-Chairs of …").
 */
const OTHER_AUTHOR =
  / (?<by>from) the (?<office>(?:[A-Z]|representatives\b)[\s\S]{2,200}?)(?= addressed\b| in (?:his|her|its|their) capacity\b)/;
/**
 * An author of more than one party: an office in the plural ("the Permanent Representatives of
 * Georgia, … and Ukraine"), or offices joined by "and". "Trinidad and Tobago" is one State.
 */
const JOINT = new RegExp(
  `\\b(?:Representatives|Observers|Charg[ée]s d['’]affaires|Missions|Delegations|Ministers|Heads)\\b|\\band (?:of )?the (?:${ROLE}|${MISSION}|Minister|Head)\\b|\\bto the United Nations,? and\\b`,
  'i',
);
const TO =
  / (?:addressed to (?:the )?|to the (?=(?:UN |United Nations )?(?:Secretary[- ]General|President of the [A-Z])))(?<to>.+)$/i;
/** Names a copy cut short cannot have left half-printed: the States, the usual addressees. */
const WHOLE_NAMES = new Set([...STATES, ...RECIPIENT_NAMES]);

/** Title case for a title printed in capitals, so the same readers work on it (same length). */
function unshout(title: string): string {
  if (/[a-z]/.test(title.replace(/\b(?:dated|from|to|the|of|and|addressed)\b/g, ''))) return title;
  return title
    .toLowerCase()
    .replace(/(^|[\s(-])([a-zé])/g, (_, sep: string, c: string) => `${sep}${c.toUpperCase()}`)
    .replace(/\b(Of|The|And|To|From|Dated|Addressed|At|In|For|On)\b/g, (w) => w.toLowerCase())
    .replace(/^(\w)/, (c) => c.toUpperCase());
}

/**
 * Words a PDF copy ran together where a line or a text box ended, parted for reading: "fromthe",
 * "addressedto", "ofArmenia", "theUnited Nations", "27September2020", "1994FROM".
 */
export const partWords = (text: string): string =>
  text
    .replace(/\b(from|to|of|addressed)(the|to)\b/gi, '$1 $2')
    .replace(/([a-z])(?=[A-Z]|\d{4}\b)|(\d)(?=[A-Z][a-z])|(\d{4})(?=[A-Z]{2})/g, '$1$2$3 ');

/**
 * Read a title line such as "Letter dated 17 January 2020 from the Permanent Representative of
 * Azerbaijan to the United Nations addressed to the Secretary-General". `cutShort`: the copy ends
 * in the title, so a last name read (the addressee's, or the State's where none follows) is kept
 * only when whole.
 */
export function readTitle(printed: string, cutShort = false): TitleReading {
  // A title's own words a PDF copy ran together ("Letterdated", "dated2 March"), then any others.
  const opened = printed
    .replace(/\s+/g, ' ')
    .replace(new RegExp(`^(${TITLE_WORDS})(?=${DATED_WORD})`, 'i'), '$1 ')
    .replace(new RegExp(`^(${TITLE_WORDS} ${DATED_WORD})(?=\\d)`, 'i'), '$1 ');
  const flat = partWords(opened);
  const title = unshout(flat);
  const office = OFFICE.exec(title) ?? OTHER_AUTHOR.exec(title);
  const officeText = office?.groups?.office ?? null;
  const phrase =
    office && officeText
      ? flat.substr(title.indexOf(officeText, office.index), officeText.length)
      : null;
  const joint = officeText !== null && JOINT.test(officeText);
  const country = joint
    ? null
    : office?.groups?.country !== undefined
      ? statePrinted(
          office.groups.country.replace(/^(?:Permanent (?:Observer )?Mission of (?:the )?)/i, ''),
        )
      : officeText
        ? stateNamedIn(officeText)
        : null;
  const to = TO.exec(title);
  // A copy that ends in its title may have cut its last name short: "of Armen", "to the Secr".
  const whole = (name: string | null) => !cutShort || (name !== null && WHOLE_NAMES.has(name));
  return {
    date: findDate(title) ?? findGuessedDate(title),
    author: phrase
      ? {
          name: phrase,
          kind: /^(?:Permanent (?:Observer )?Mission|Delegation|Embassy)/i.test(phrase)
            ? 'organization'
            : 'office',
          country: to || whole(country) ? country : null,
        }
      : null,
    authorPhrase: phrase
      ? `${office?.groups?.by?.endsWith('of') ? 'of' : 'from'} the ${phrase}`
      : null,
    joint,
    addressees: to?.groups?.to ? readAddressees(to.groups.to).filter((a) => whole(a.name)) : [],
    addresseePhrase: to ? flat.slice(to.index + 1) : null,
  };
}
