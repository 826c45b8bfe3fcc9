import { DATE_ONLY, symbolsOnly } from './block-shapes.js';
import type { Line } from './lines.js';
import { ENDS_WITH_AGENDA_HEAD, IN_TITLE, LOGO_WORDS } from './masthead-facts.js';
import { tokenizeMasthead } from './masthead-tokens.js';
import { DATELINE } from './press.js';
import { SEQUEL_HEAD } from './sequel-head.js';
import {
  ADDRESSED_TO,
  DATED_TITLE,
  DATED_WORD,
  LETTER_TITLE,
  OF_THE_TITLE,
  TITLE_WORDS,
} from './title.js';

/** Lines a wrapped title "Letter of the …" may take to reach "addressed to". */
const ADDRESSED_WITHIN = 3;
const DATED_START = new RegExp(`^${DATED_WORD}\\b`, 'i');
/** A title cut after its first word by a damaged copy: "Letter" / "dated" on lines of their own. */
const TITLE_WORD = new RegExp(`^${TITLE_WORDS}$`, 'i');
/**
 * The United Nations logo line (older documents print the organ's sigil beside it: "UNITED NATIONS
 * S"), or a web copy's "U.N. Document" header: the masthead starts here.
 */
export const LOGO = new RegExp(`${LOGO_WORDS.source}(?:\\s*[A-Z]+\\s?\\/|\\s+[ASE]$|$)`);
/**
 * Lines only a masthead prints: a title line above one is a web page's copy of the title. Older
 * documents print the logo's words on two lines, `Distr.` over `GENERAL`, and `ORIGINAL:`; a copy
 * with no logo still prints an organ's session or year, or an agenda head, at a line's start.
 */
const MASTHEAD_LINE = new RegExp(
  `${LOGO.source}|^(?:UNITED|NATIONS(?:\\s+[ASE])?)$|\\bDistr\\.\\s*:?\\s*(?:(?:General|Limited|Restricted|GENERAL|LIMITED|RESTRICTED)\\b|$)|^(?:Original|ORIGINAL)\\s*:|^(?:General Assembly|Security Council) [A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\\b|^(?:Provisional )?Agenda items? \\d`,
);
/** Lines that open a body, so a title cannot go on over them. */
const BODY_OPENER =
  /^(?:I|We|Upon|On behalf|Further|Following|With reference|In (?:my|our|reference|connection)|Pursuant|At the request|Excellency|Mr\.|Madam|Sir|Dear|It is|Please|Allow|The Permanent Mission)\b/;
/**
 * An addressee cut after its first word ("addressed to the Special" / "Rapporteur on …"; only the
 * Secretary-General and the Secretariat are addressed in one word), or inside a body's name ("the
 * Chair of the Security" / "Council Committee established pursuant to …").
 */
const UNFINISHED_ADDRESSEE =
  /\baddressed to (?:the )?(?:(?!Secretary[- ]General$|Secretariat$)[A-Z][\w-]*|.*(?<![\w-])(?:Security|General|Economic|Human|United|High|Special|Executive|International))$/;
/** Words that go on with a body's name and never open a letter ("Committee established …"). */
const NAME_GOES_ON =
  /^(?:Committee|Council|Assembly|Commission(?:er)?|Rapporteur|Nations|Rights|Envoy|Coordinator)\b/;
/** A web page's title ends with the document's symbol in brackets: "… Secretary-General (A/75/718)". */
const PAGE_TITLE_END = /\([A-Z]+\/[^()]*\)$/;
/**
 * A title in a site's title case ("Letter Dated 10 May 2021 From The Permanent …"), as a document
 * site names its page: never the document's own when a later line is a title.
 */
const PAGE_TITLE_CASE = /^(?:Identical Letters|Letter|Note Verbale) Dated \S+ \S+ \S+ From\b/;
/** Longest title line worth reading: longer runs are body text glued to a broken title. */
const TITLE_MAX = 600;

/** Where the parts of a masthead document stand among the lines. */
export interface Layout {
  /** First masthead line (the logo, or the first line with a masthead fact); lines before are chrome. */
  mastheadStart: number;
  /** The title's first line, or -1 when there is none. */
  titleStart: number;
  /** One past the title's last line. */
  titleEnd: number;
}

const isTitleAt = (lines: readonly Line[], i: number) => {
  const t = (lines[i] as Line).text;
  if (LETTER_TITLE.test(t)) return true;
  // "Letter of the …" is a title only where it is addressed, though a wrap put that on a later line.
  if (OF_THE_TITLE.test(t))
    return ADDRESSED_TO.test(
      lines
        .slice(i, i + ADDRESSED_WITHIN)
        .map((l) => l.text)
        .join(' '),
    );
  if (!TITLE_WORD.test(t)) return false;
  let next = i + 1;
  while (next < lines.length && (lines[next] as Line).text === '') next++;
  return next < lines.length && DATED_START.test((lines[next] as Line).text);
};

/**
 * Whether a line prints a masthead fact (organ, period, `Distr.`, `Original:`, symbol, agenda).
 * The logo's words count only on a line that prints no prose, and a body's name of one word
 * ("Council") not at all: a page title wrapped above the masthead ("… to the" / "United Nations
 * addressed to the President of the Security" / "Council") prints them too.
 */
export function mastheadFact(line: Line): boolean {
  if (LOGO.test(line.text)) return true;
  const tokens = tokenizeMasthead([{ ...line, text: line.text.slice(0, 160) }]);
  const prose = tokens.some((t) => t.kind === 'words' && /[a-z]{2}/.test(t.text));
  return tokens.some(
    (t) =>
      t.kind !== 'words' &&
      t.kind !== 'date' &&
      t.kind !== 'footnote' &&
      !(t.kind === 'logo' && prose) &&
      !(t.kind === 'body' && !t.text.includes(' ')),
  );
}

/** The first non-blank line from `i` on (`step` 1) or back (`step` -1); -1 when there is none. */
const nonBlank = (lines: readonly Line[], i: number, step: 1 | -1) => {
  while (i >= 0 && i < lines.length && (lines[i] as Line).text === '') i += step;
  return i >= 0 && i < lines.length ? i : -1;
};

/** The logo's second line as older documents print it, maybe with the organ's sigil: "NATIONS  S". */
const SPLIT_LOGO_END = /^NATIONS(?:\s+[ASE])?$/;
/** Whether line `i` is "NATIONS" under "UNITED": the logo's words as older documents print them. */
const splitLogoAt = (lines: readonly Line[], i: number) => {
  const above = nonBlank(lines, i - 1, -1);
  return (
    SPLIT_LOGO_END.test((lines[i] as Line).text) && above !== -1 && lines[above]?.text === 'UNITED'
  );
};

/**
 * Whether line `i` is the logo's: "United Nations" right under a line ending "of the" is a wrapped
 * title's ("Improving the financial situation of the" / "United Nations").
 */
const logoAt = (lines: readonly Line[], i: number) =>
  LOGO.test((lines[i] as Line).text) && !(i > 0 && IN_TITLE.test((lines[i - 1] as Line).text));

/**
 * Whether the title line at `at` is an agenda item's title: it stands under an agenda head, and
 * the title line `next` follows right after it.
 */
const agendaItemTitle = (lines: readonly Line[], at: number, next: number) => {
  const above = nonBlank(lines, at - 1, -1);
  return (
    above !== -1 &&
    ENDS_WITH_AGENDA_HEAD.test((lines[above] as Line).text) &&
    nonBlank(lines, titleEnd(lines, at), 1) === next
  );
};

/** How a title line opens: a later title line that opens alike makes it a page's copy. */
const openingOf = (lines: readonly Line[], i: number) =>
  (lines[i] as Line).text.slice(0, 60).toLowerCase();

/**
 * The title line. A web page repeats the title above the document (often with its symbol in
 * parentheses): a title line followed by masthead lines before the next title line is that copy,
 * not the document's own, and so is one without "dated" before one with it. An agenda item can be
 * named for a letter (the General Assembly's eleventh emergency special session: "Letter dated
 * 28 February 2014 from … (S/2014/136)"): a title line under an agenda head, with another title
 * line after it, is that item's title. A title line that a later one repeats is a page's copy,
 * whatever stands between.
 */
function findTitle(lines: readonly Line[]): number {
  const candidates: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isTitleAt(lines, i)) candidates.push(i);
  const lastWithOpening = new Map(candidates.map((at) => [openingOf(lines, at), at]));
  const lastDated = candidates.findLast((at) => DATED_TITLE.test((lines[at] as Line).text)) ?? -1;
  for (const [k, at] of candidates.entries()) {
    const next = candidates[k + 1];
    if (next === undefined) return at;
    if (
      agendaItemTitle(lines, at, next) ||
      PAGE_TITLE_CASE.test((lines[at] as Line).text) ||
      // A title without "dated" (a site's page title, "Letter from the …") before one with it.
      (lastDated > at && !DATED_TITLE.test((lines[at] as Line).text)) ||
      (lastWithOpening.get(openingOf(lines, at)) ?? at) > at
    )
      continue;
    let chrome = false;
    for (let i = at + 1; i < next && !chrome; i++)
      chrome = MASTHEAD_LINE.test((lines[i] as Line).text);
    if (!chrome) return at;
  }
  return -1;
}

/** Title lines go on until a blank line, a body opener, or a complete title followed by a long line. */
function titleEnd(lines: readonly Line[], start: number): number {
  let end = start + 1;
  let text = (lines[start] as Line).text;
  while (end < lines.length) {
    const next = (lines[end] as Line).text;
    if (
      next === '' ||
      BODY_OPENER.test(next) ||
      SEQUEL_HEAD.test(next) ||
      text.length + next.length > TITLE_MAX
    )
      break;
    const open = !ADDRESSED_TO.test(text) || /(?:\b(?:the|of|and|to)|[,-])$/i.test(text);
    const goesOn =
      /^[a-z(]/.test(next) || UNFINISHED_ADDRESSEE.test(text) || NAME_GOES_ON.test(next);
    if (!open && !goesOn && next.length > 40) break;
    // A web page's title above the masthead it repeats, or above the page's own lines, when a copy
    // lost the blank line between; the page ends its title with the symbol in brackets.
    if (!open && (MASTHEAD_LINE.test(next) || symbolsOnly(next) || PAGE_TITLE_END.test(text)))
      break;
    // The letter's date on a line of its own under a title that prints none.
    if (!open && (DATE_ONLY.test(next) || DATELINE.test(next))) break;
    text += ` ${next}`;
    end++;
  }
  return end;
}

/**
 * Find the title and the masthead of a letter or note. The masthead starts at the last logo line
 * before the title, else at the first line that prints a masthead fact; what comes before it (a
 * site's header, a page title, "Total Page:16") is page chrome.
 */
export function findLayout(lines: readonly Line[]): Layout {
  const titleStart = findTitle(lines);
  if (titleStart === -1) return { mastheadStart: 0, titleStart: -1, titleEnd: -1 };
  let mastheadStart = -1;
  for (let i = titleStart - 1; i >= 0 && mastheadStart === -1; i--)
    if (logoAt(lines, i)) mastheadStart = i;
    else if (splitLogoAt(lines, i)) mastheadStart = nonBlank(lines, i - 1, -1);
  // A PDF's copy can set the symbol, printed high at the right, on a line above the logo's.
  for (
    let above = mastheadStart > 0 ? nonBlank(lines, mastheadStart - 1, -1) : -1;
    above !== -1;
  ) {
    if (!symbolsOnly((lines[above] as Line).text)) break;
    mastheadStart = above;
    above = nonBlank(lines, above - 1, -1);
  }
  for (let i = 0; i < titleStart && mastheadStart === -1; i++)
    if ((lines[i] as Line).text !== '' && mastheadFact(lines[i] as Line)) mastheadStart = i;
  return {
    mastheadStart: mastheadStart === -1 ? 0 : mastheadStart,
    titleStart,
    titleEnd: titleEnd(lines, titleStart),
  };
}
