import { DATE_ONLY, symbolsOnly } from './block-shapes.js';
import { ENDS_UNFINISHED } from './blocks.js';
import type { Line } from './lines.js';
import { ENDS_WITH_AGENDA_HEAD, LOGO } from './masthead-facts.js';
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
/** Whether the line after the blank at `i` goes on with a title: text, and no body's opening. */
const goesOnAfter = (lines: readonly Line[], i: number) => {
  const after = lines[i + 1]?.text ?? '';
  return after !== '' && !BODY_OPENER.test(after) && !SEQUEL_HEAD.test(after);
};
/** Longest title line worth reading: longer runs are body text glued to a broken title. */
const TITLE_MAX = 600;

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

/** The first non-blank line from `i` on (`step` 1) or back (`step` -1); -1 when there is none. */
export const nonBlank = (lines: readonly Line[], i: number, step: 1 | -1) => {
  while (i >= 0 && i < lines.length && (lines[i] as Line).text === '') i += step;
  return i >= 0 && i < lines.length ? i : -1;
};

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
export function findTitle(lines: readonly Line[]): number {
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
export function titleEnd(lines: readonly Line[], start: number): number {
  let end = start + 1;
  let text = (lines[start] as Line).text;
  while (end < lines.length) {
    const next = (lines[end] as Line).text;
    // A copy that set a blank line after every line, with too few wrapped lines to be told
    // double-spaced (double-spacing.ts), cuts a title after a word no title ends on.
    if (next === '' && ENDS_UNFINISHED.test(text) && goesOnAfter(lines, end)) {
      end++;
      continue;
    }
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
