import { extractSymbols } from '@black-january/un-symbols';
import { RECIPIENT_LIST } from './addressees.js';
import { ENDS_WITH_AGENDA_HEAD, MASTHEAD_MARKS } from './masthead-facts.js';
import { DATED_WORD, TITLE_WORDS } from './title.js';

/**
 * Where a flattened copy's title begins and ends: after the masthead, a site's chrome, or an
 * agenda item named for a letter; up to the words the letter opens with. unflatten.ts cuts the
 * line there.
 */

/** Masthead facts before a title line make a long line a flattened masthead document. */
const MARKS = new RegExp(MASTHEAD_MARKS, 'g');
/** How far before the title a masthead fact may stand. */
const MASTHEAD_BEFORE = 3000;
/**
 * How a letter's or a note's text opens. The title ends before it when its addressee is none of
 * RECIPIENT_LIST's ("… addressed to the United Nations High Commissioner for Human Rights I have …").
 */
const OPENING =
  '(?:I|We) (?:have|had) the honou?r|(?:On|Upon) (?:the )?instructions?|I (?:am (?:writing|compelled|obliged|instructed)|write|wish|would like|should like|must|regret|refer|hereby)|Once again|It is with|Today|Yesterday|On \\d{1,2} [A-Z][a-z]+ \\d{4}|At the outset|As you (?:are|may|will)|Further to|Following|In follow-up to|With reference to|In (?:my|our) capacity|Pursuant to|Referring to|Excellency|Dear|M(?:r|adam)\\.? President|The (?:Permanent|Observer) (?:Mission|Delegation)';
/** A title line's opening words, as printed or in capitals (older documents: "LETTER DATED"). */
const DATED = `(?:${TITLE_WORDS} ?${DATED_WORD}|${TITLE_WORDS.toUpperCase()} ${DATED_WORD.toUpperCase()})`;
/** A title as a mission's site prints it: "Letter of the …", "Letter from the …". */
const WEB_TITLE = `${TITLE_WORDS} (?:of (?:\\d{1,2} [A-Z][a-z]+ \\d{4},? )?from|from|of) the\\b`;
/** A flattened title up to where the text after it opens; the title is group 1. */
export const TITLE_END = new RegExp(
  `^((?:${DATED}|${WEB_TITLE}) ?.+? (?:addressed ?to (?:${RECIPIENT_LIST}(?=\\s+[A-Z0-9“"]|[A-Z]|\\d{1,2} [A-Z][a-z]+ \\d{4})|.{3,300}?(?=\\s+(?:${OPENING})\\b|(?<=[a-z)])(?:${OPENING})\\b))|ADDRESSED TO .{3,300}?(?=\\s+(?:${OPENING})\\b|(?<=[A-Z])(?:${OPENING})\\b)))\\s*`,
);
/**
 * A flattened title that names no addressee, as a damaged copy prints it ("Letter dated I have the
 * honour …"): up to where the text opens, group 1. Tried when {@link TITLE_END} does not match.
 */
export const TITLE_BEFORE_OPENING = new RegExp(
  `^((?:${DATED}|${WEB_TITLE})(?:(?! addressed ?to ).){0,300}?)\\s+(?=(?:${OPENING})\\b)`,
);
const TITLE_ANYWHERE = new RegExp(`${DATED}(?:\\b|(?=\\d))`, 'g');
/**
 * A letter's first words, run on to its title's last line after a small letter or a bracket
 * ("…Secretary-GeneralI have the honour"): see unflatten.ts `gluedAt`.
 */
export const GLUED_OPENING = [new RegExp(`(?:${OPENING})\\b`, 'g'), /[a-z)]/] as const;
/**
 * A title run on to the line above it in a copy with its lines ("…territories ofLetter dated 27
 * September 2019 from …"), where a PDF copy joined two text boxes; after the characters that may
 * end that line.
 */
export const GLUED_TITLE = [new RegExp(`${DATED} ?(?=\\d)`, 'g'), /[a-z0-9.):*]/] as const;
const WEB_TITLE_ANYWHERE = new RegExp(WEB_TITLE, 'g');
const NEXT_TITLE = new RegExp(`(?:(?<=\\S\\s+)|(?<=[a-z.)]))${DATED}(?:\\b|(?=\\d))`, 'g');
/**
 * Where the masthead begins in the head of a flattened line: the logo before a symbol or an organ,
 * or an organ before another, a `Distr.` or a session. A web page's title and date before it are
 * the page's, a line of their own.
 */
export const MASTHEAD_START =
  /(?:United ?Nations|UNITED ?NATIONS)(?:\s*[A-Z]+\/|\s*(?:General ?Assembly|Security ?Council))|(?:General ?Assembly|Security ?Council)\s*(?:General Assembly|Security Council|Distr\.|[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\b)/;
/** Longest agenda item title that names a letter, before the document's own title. */
const AGENDA_TITLE_MAX = 600;

/**
 * Where the document's title starts in a flattened line: past an agenda item named for a letter
 * ("Agenda item 5 Letter dated 28 February 2014 from … (S/2014/136) Letter dated 1 March …").
 */
function titleStart(text: string, first: number): number {
  if (!ENDS_WITH_AGENDA_HEAD.test(text.slice(Math.max(0, first - 200), first))) return first;
  NEXT_TITLE.lastIndex = first + 1;
  const next = NEXT_TITLE.exec(text);
  return next && next.index - first <= AGENDA_TITLE_MAX ? next.index : first;
}
/**
 * Where the document's title starts in a flattened line: the first title line with masthead facts
 * before it, past a web page's title that repeats it above the masthead; or, with no masthead, a
 * title line the copy opens with (a web page's post). -1 when the line is no flattened document.
 */
export function titleIn(text: string): number {
  TITLE_ANYWHERE.lastIndex = 0;
  MARKS.lastIndex = 0;
  let mark: RegExpExecArray | null = null;
  let next = MARKS.exec(text);
  let opening = -1;
  for (let m = TITLE_ANYWHERE.exec(text); m; m = TITLE_ANYWHERE.exec(text)) {
    const at = titleStart(text, m.index);
    // The last masthead fact that ends before the title, found once for all titles.
    while (next && next.index + next[0].length <= at) {
      mark = next;
      next = MARKS.exec(text);
    }
    if (mark && mark.index >= at - MASTHEAD_BEFORE) return at;
    if (opening === -1 && (m.index === 0 || opensPost(text, m.index))) opening = m.index;
  }
  if (opening !== -1) return opening;
  const untitled = untitledBodyAt(text);
  if (untitled !== -1) return untitled;
  // A site's post that titles the letter its own way, "Letter of the Permanent Representative …".
  const chrome = text.slice(0, CHROME_MAX + 40);
  WEB_TITLE_ANYWHERE.lastIndex = 0;
  for (let m = WEB_TITLE_ANYWHERE.exec(chrome); m; m = WEB_TITLE_ANYWHERE.exec(chrome))
    if (opensPost(text, m.index)) return m.index;
  return -1;
}

/** How a note verbale's or a letter's text opens, where no title stands above it. */
const UNTITLED_OPENING =
  /(?:I|We) have the honou?r|The ?(?:Permanent|Observer) ?(?:Mission|Delegation)\b[^.]{0,200}\bpresents its compliments/;
/**
 * Where the text of a flattened masthead document with no title line opens (a note verbale
 * printed without one, a letter copied without its title): after a masthead the copy begins with.
 */
function untitledBodyAt(text: string): number {
  const start = text.slice(0, CHROME_MAX + 100).search(MASTHEAD_START);
  if (start === -1 || start > CHROME_MAX) return -1;
  const head = text.slice(start, start + MASTHEAD_BEFORE);
  const body = UNTITLED_OPENING.exec(head);
  if (!body) return -1;
  return head.slice(0, body.index).search(MARKS) !== -1 ? start + body.index : -1;
}

/** How far into a web page's flattened copy its site's name, menu and page title may run. */
const CHROME_MAX = 600;
/** How much of the line a title and the opening after it take, at most. */
const TITLE_END_MAX = 1000;
/** A sentence ends before: no site chrome, but a text that cites a letter. */
const SENTENCE_END = /[.!?]["”’)]?\s+[A-Z]/;
/**
 * Whether a web post's letter opens at `at` with no masthead above: a whole title there, after
 * nothing or a site's name, menu, page title and date (no sentence among them).
 */
const opensPost = (text: string, at: number): boolean =>
  at <= CHROME_MAX &&
  !SENTENCE_END.test(text.slice(0, at)) &&
  TITLE_END.test(text.slice(at, at + TITLE_END_MAX));

/** Longest run before the logo that may print the masthead's symbol. */
const SYMBOL_BEFORE_MAX = 60;
/**
 * Where a flattened masthead starts, -1 if nowhere: at the logo, or at the symbol a PDF's copy
 * set right before it, printed high at the right ("… Download A/73/718–S/2019/64 United Nations
 * General Assembly …").
 */
export function mastheadStartIn(head: string): number {
  const start = head.search(MASTHEAD_START);
  if (start <= 0) return start;
  const from = Math.max(0, start - SYMBOL_BEFORE_MAX);
  const before = head.slice(from, start);
  const last = extractSymbols(before).at(-1);
  return last &&
    before.slice(last.end).trim() === '' &&
    /(?:^|\s)$/.test(before.slice(0, last.start))
    ? from + last.start
    : start;
}
