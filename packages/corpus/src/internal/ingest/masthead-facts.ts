import { DATE_PATTERN } from './dates.js';
import type { MastheadToken } from './masthead-fact-at.js';

/**
 * The facts a masthead prints, as patterns: organs (also as an OCR copy misreads them), the logo,
 * sessions and years, agenda heads, `Distr.`, `Original:`, and the bodies whose agenda is not the
 * Assembly's. The tokenizer (masthead-tokens.ts) reads them wherever they stand on a line.
 */

export type MastheadOrgan = 'General Assembly' | 'Security Council' | 'Economic and Social Council';

// The organs a masthead names, each also as older mastheads print it, in capitals.
const ORGANS: readonly MastheadOrgan[] = [
  'General Assembly',
  'Security Council',
  'Economic and Social Council',
];
// An OCR copy confuses l, I and 1, and O and 0: "Security Counci1", "GENERAL ASSEMBLY".
const OCR_LOOSE: Record<string, string> = {
  l: '[l1iI|]',
  i: '[i1l|]',
  I: '[I1l|]',
  L: '[L1I|]',
  o: '[o0]',
  O: '[O0]',
};
const loose = (name: string) =>
  name
    .replace(/[liILoO]/g, (c) => OCR_LOOSE[c] as string)
    .replace(/m/g, '(?:m|rn)')
    .replace(/ /g, ' ?');
const ORGAN_PATTERNS = ORGANS.map(
  (o) => [o, new RegExp(`^(?:${loose(o)}|${loose(o.toUpperCase())})$`)] as const,
);
export const organNamed = (text: string) => ORGAN_PATTERNS.find(([, p]) => p.test(text))?.[0];

/** The United Nations logo line's words, or a web copy's "U.N. Document" header. */
export const LOGO_WORDS = /^(?:United ?Nations|UNITED ?NATIONS|U\.\s?N\.\s+Doc(?:ument|\.)?)/;
/** "Seventy-fourth", and as copies print it: "Seventy - fourth", "Seventy fourth". */
const ORDINAL =
  '[A-Z][a-z]+(?: ?- ?[A-Za-z][a-z]+| (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))?(?: hundred(?: and [a-z]+(?:-[a-z]+)?)?)?';
/** An item and its sub-items: "34", "69 (b)", "68 (b) and (c)". */
const ITEM = '\\d{1,3}(?: ?\\([a-z]\\)(?:(?:,|,? and) ?\\([a-z]\\))*)?';
const NUMBERS = `${ITEM}(?:(?:,| and|,? and) ${ITEM})*`;
/** "item", and as an OCR copy may print it, rn for m ("itern"). */
const ITEM_WORD = 'ite(?:m|rn)';
const AGENDA_HEAD = `(?:(Provisional )?Agenda ${ITEM_WORD}s? (${NUMBERS})|${ITEM_WORD.replace('i', 'I')}s? (${NUMBERS}) of the (provisional|pre[l1]iminary) (?:agenda|[l1]ist))\\*?`;
/**
 * Words only a masthead prints, wherever they stand on a line: a flattened copy's masthead is known
 * by them (source of a global pattern, for counting).
 */
export const MASTHEAD_MARKS = String.raw`Distr\.|Original:|ORIGINAL:|\b(?:session|year)\b|Agenda items?\b`;
/**
 * An agenda head ending a text (a line, or a flattened masthead), also run on to a word ("…special
 * sessionAgenda item 5"): its item's title comes next.
 */
export const ENDS_WITH_AGENDA_HEAD = new RegExp(`(?:^|\\s|(?<=[a-z]))${AGENDA_HEAD}\\s*$`, 'i');
/** An agenda head opening a text: its item's title may follow on the same line. */
export const STARTS_WITH_AGENDA_HEAD = new RegExp(`^${AGENDA_HEAD}`, 'i');
/** A distribution as its first letter names it, an OCR copy's "1imited" too. */
export const distributionNamed = (printed: string) =>
  /^g/i.test(printed) ? 'General' : /^r/i.test(printed) ? 'Restricted' : 'Limited';
const LANGUAGE_NAMES = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish']
  .flatMap((l) => [l, l.toUpperCase()])
  .join('|');
/**
 * Each fact at the start of the remaining text; tried in order, the first that matches wins. The
 * logo's words stand alone or before a symbol (a PDF copy may run it on: "United NationsA/75/356"),
 * a sigil or an organ: "United Nations Relief and Works Agency…" opening a line is an agenda title's.
 */
export const FACTS: Array<[MastheadToken['kind'], RegExp]> = [
  [
    'logo',
    new RegExp(
      `${LOGO_WORDS.source}(?=\\s*$|\\s*[A-Z]+\\s?\\/|\\s*(?:[ASE](?:\\s|$)|General Assembly|Security Council|Economic and Social Council|GENERAL ASSEMBLY|SECURITY COUNCIL|Distr\\.))`,
    ),
  ],
  [
    'organ',
    new RegExp(
      `^(?:${[...ORGANS, ...ORGANS.map((o) => o.toUpperCase())].map(loose).join('|')})(?:\\b|(?=[A-Z0-9]))`,
    ),
  ],
  [
    'period',
    new RegExp(
      `^(${ORDINAL}) (emergency special session|special session|session|year)(?:\\b|(?=[A-Z]))`,
    ),
  ],
  // A PDF copy may run the next fact on: "Security CouncilSeventy-sixth year", "General3 March 2021",
  // "GENERALA/48/123".
  // An OCR copy's l/1/i ("Generai", "Distr,:") read through; the value is named in full below.
  [
    'distribution',
    new RegExp(
      `^Distr[.,]?\\s*:?\\s*(${loose('General')}|${loose('Limited')}|${loose('Restricted')})(?:\\b|(?=\\d|[A-Z]{1,2}\\/))`,
      'i',
    ),
  ],
  // "Original: English", and a text drafted in several: "English and French", "English/French";
  // case-sensitive, so that a word a PDF copy runs on is not the language's ("EnglishGeneral",
  // "RUSSIANGENERAL ASSEMBLY").
  [
    'original',
    new RegExp(
      `^(?:[O0](?:${loose('riginal')}|${loose('RIGINAL')})|original)\\s*:\\s*((?:[A-Z][a-z1|]+|(?:${LANGUAGE_NAMES})(?=[A-Z])|[A-Z][A-Zl1|]{3,})(?:(?: ?[,/] ?|,? (?:and|AND) )(?:${LANGUAGE_NAMES})\\b)*)`,
    ),
  ],
  ['agenda', STARTS_WITH_AGENDA_HEAD],
];
export type Period = 'year' | 'regular' | 'special' | 'emergency-special';
export const PERIODS: Record<string, Period> = {
  year: 'year',
  session: 'regular',
  'special session': 'special',
  'emergency special session': 'emergency-special',
};
export const OCR_DATE_START = /^[\dlIOo]{1,2} [A-Z]/;
export const DATE_AT = new RegExp(`^(?:${DATE_PATTERN.source})`, DATE_PATTERN.flags);
/**
 * A line that names a body other than the General Assembly and the Security Council (the Human
 * Rights Council, a commission, a committee, a conference): its sessions and agenda are its own.
 * The word alone is none: it ends a title wrapped over two lines ("…of the General" / "Assembly").
 */
export const OTHER_BODY =
  /^(?!.*(?:General ?Assembly|Security ?Council|Economic ?and ?Social ?Council))(?![A-Z][a-z]+$)(?:[A-Z][a-z]+ ?){0,5}(?:Council|Commission|Committee|Conference|Board|Assembly|Forum)(?: (?:of|on|for|against|to) (?:the )?[A-Z][A-Za-z,' -]{2,120})?$/;
/**
 * The same body as the whole run of words between two facts of a flattened masthead, after the
 * version's language ("English only Human Rights Council").
 */
export const OTHER_BODY_WORDS =
  /^(?:[A-Z][a-z]+(?: and [A-Z][a-z]+)? only )?(?!(?:Security|Trusteeship|Economic and Social) ?Council$)(?:[A-Z][a-z]+ ?){1,5}(?:Council|Commission|Conference|Board|Forum)$/;
/**
 * A Main Committee of the General Assembly (or its General Committee): the agenda items under it
 * are the Assembly's, allocated to the Committee ("Third Committee / Agenda item 74 (b)").
 */
export const ASSEMBLY_COMMITTEE = /^(?:First|Second|Third|Fourth|Fifth|Sixth|General) ?Committee$/;
/** Words that, just before an organ's name, make it part of a title ("Report of the Security Council"). */
export const IN_TITLE = /\b(?:the|of|and|on|to|for|by|with)$/i;
/**
 * The United Nations logo line (older documents print the organ's sigil beside it: "UNITED NATIONS
 * S"), or a web copy's "U.N. Document" header: the masthead starts here.
 */
export const LOGO = new RegExp(`${LOGO_WORDS.source}(?:\\s*[A-Z]+\\s?\\/|\\s+[ASE]$|$)`);

/** Regex source of a masthead footnote naming the list an agenda item is on: "* A/78/50.". */
export const LIST_FOOTNOTE = String.raw`\*{1,3} ?[A-Z]+ ?\/\S+(?:(?:,| and) [A-Z]+ ?\/\S+)*\.?`;
/**
 * A masthead footnote a flattened copy ran on to the line's other facts: a reissue's note ("*
 * Reissued for technical reasons on 5 November 2021.") or the list an agenda item is on.
 */
export const FOOTNOTE_AT = new RegExp(
  String.raw`^(?:\*{1,3} ?Reissued for technical reasons(?: on \d{1,2} [A-Z][a-z]+ \d{4})? ?\.?|${LIST_FOOTNOTE}(?=\s|$))`,
);
