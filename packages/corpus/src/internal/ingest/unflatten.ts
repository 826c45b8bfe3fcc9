import { RECIPIENT_LIST } from './addressees.js';
import { ANNEX_NUMBER, ORIGINAL_NOTE, SIGNED } from './block-shapes.js';
import { inputLineAt, type Line } from './lines.js';
import { ENDS_WITH_AGENDA_HEAD } from './masthead-facts.js';
import { releasePieces } from './release-pieces.js';
import { DATED_WORD, TITLE_WORDS } from './title.js';

/** Masthead facts before a title line make a long line a flattened masthead document. */
const MARKS = /Distr\.|Original:|ORIGINAL:|\b(?:session|year)\b|Agenda items?\b/g;
/** How far before the title a masthead fact may stand. */
const MASTHEAD_BEFORE = 3000;
/** Shorter lines are left alone: a flattened copy runs to thousands of characters on one line. */
const FLATTENED_MIN = 400;
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
const TITLE_END = new RegExp(
  `^((?:${DATED}|${WEB_TITLE}) ?.+? (?:addressed ?to (?:${RECIPIENT_LIST}(?=\\s+[A-Z0-9“"]|[A-Z]|\\d{1,2} [A-Z][a-z]+ \\d{4})|.{3,300}?(?=\\s+(?:${OPENING})\\b|(?<=[a-z)])(?:${OPENING})\\b))|ADDRESSED TO .{3,300}?(?=\\s+(?:${OPENING})\\b)))\\s*`,
);
const TITLE_ANYWHERE = new RegExp(`${DATED}(?:\\b|(?=\\d))`, 'g');
const WEB_TITLE_ANYWHERE = new RegExp(WEB_TITLE, 'g');
const NEXT_TITLE = new RegExp(`(?:(?<=\\S\\s+)|(?<=[a-z.)]))${DATED}(?:\\b|(?=\\d))`, 'g');
/**
 * Where the masthead begins in the head of a flattened line: the logo before a symbol or an organ,
 * or an organ before another, a `Distr.` or a session. A web page's title and date before it are
 * the page's, a line of their own.
 */
const MASTHEAD_START =
  /(?:United Nations|UNITED NATIONS)(?:\s*[A-Z]+\/|\s+(?:General Assembly|Security Council))|(?:General Assembly|Security Council)\s+(?:General Assembly|Security Council|Distr\.|[A-Z][a-z]+(?:-[a-z]+)? (?:session|year)\b)/;
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
function titleIn(text: string): number {
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
  /(?:I|We) have the honou?r|The (?:Permanent|Observer) (?:Mission|Delegation)\b[^.]{0,200}\bpresents its compliments/;
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
  MARKS.lastIndex = 0;
  return MARKS.test(head.slice(0, body.index)) ? start + body.index : -1;
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
/** Whether a text is a whole flattened document: long, with a title after masthead facts. */
export const isFlattenedDocument = (text: string): boolean =>
  text.length > FLATTENED_MIN && (titleIn(text) !== -1 || releasePieces(text) !== null);

/** The last word of a signature's rank or role, after which a bare "Annex" heads an annex. */
const SIGNATURE_END =
  '\\b(?:Representative|Ambassador|Plenipotentiary|a\\.\\s?i\\.|Observer|Minister|Affairs|Nations)';
/**
 * What follows a bare annex heading: the annexed text's own title ("Statement of the Ministry …",
 * "Letter dated 1 March 2021 from the Minister …") or its original language.
 */
const ANNEXED_TITLE = `[A-Z][a-z]+ (?:of|by|on|from)\\b|${TITLE_WORDS} ${DATED_WORD}\\b|\\[Original`;
/** A signature mark ahead, as a flattened body prints it. */
const SIGNED_AHEAD = '[(\\[](?:[Ss]igned|SIGNED|[Ss]igné|SIGNÉ|[Ff]irmado|FIRMADO)[)\\]]';
/**
 * A web page's lines under a post, which its noise reader removes once they stand alone: tags,
 * a copyright line, sharing links, "Last updated".
 */
const SITE_FOOTER =
  '(?:Tags?|Categories|Filed under|Posted in):|©|Share (?:this|on)\\b|Last updated\\b';
/** The end of a letter's text: its closing, or its request to be circulated. */
const CLOSED =
  '\\bhighest consideration\\.|\\bcirculated as (?:an? (?:official )?)?documents? of the [^.]{1,200}\\.';
/**
 * The same breaks where a copy ran paragraphs together with nothing between them (a web page's
 * text taken without separators: "…Security Council.(Signed) …", "…RepresentativeAnnex to the
 * letter …", "…my highest consideration.Yashar Aliyev").
 */
const GLUED_BREAKS = new RegExp(
  `(?<=\\S)(?=${SIGNED_AHEAD})|(?<=[a-z.])(?=${SITE_FOOTER})|(?<=[a-z.])(?=Annex(?: ${ANNEX_NUMBER})? to the )|(?=Annex(?: ${ANNEX_NUMBER})? [A-Z])(?<=${SIGNATURE_END})|(?=[A-Z])(?<=${CLOSED})`,
  'g',
);
/**
 * Whether a piece may hold a glued break. Zero-width breaks are tried at every character, not only
 * at spaces: asked first, they cost a flattened body nothing (a split of 8 KB went 20 → 42 µs).
 */
const GLUED_HINT = /\S[([]|[a-z.](?:Annex|Tags?|Categories|Filed|Posted|Share|Last|©)|\.[A-Z]/;
/**
 * Signature, annex (a heading of a word or two before a title: "Annex Statement of …") and page
 * furniture (job-number footer, bar code) glued into a flattened body,
 * and the name a web copy prints unsigned after the closing ("… my highest consideration.") or
 * the request to circulate the letter;
 * and as older documents print them, a footnote rule, a footer ("90-03456 1234a (E) /...") and an
 * "ANNEX" heading alone.
 */
const BODY_BREAKS = new RegExp(
  `\\s+(?=${SIGNED_AHEAD}|${SITE_FOOTER}|Annex(?: ${ANNEX_NUMBER})? to the |Enclosure\\b|Annex(?: ${ANNEX_NUMBER})?\\*?(?: ?${ORIGINAL_NOTE})? (?=${ANNEXED_TITLE})|\\d{2}-\\d{5}\\s*(?:\\d{4}[a-z]?\\s*)?\\([A-Z]\\)|_{5,}|ANNEX(?: [IVX]+)? [A-Z])|(?=\\s)(?<=\\*\\d{5,}\\*|\\/\\.\\.\\.|\\bANNEX(?: [IVX]+)?|${CLOSED})\\s+(?=(?![IVX]+\\b)[A-Z*])|(?=\\s)(?<=${SIGNATURE_END})\\s+(?=Annex(?: ${ANNEX_NUMBER})? [A-Z])`,
  'g',
);
/**
 * An annex heading runs up to its addressee; the annex's text follows on the same line. A footnote
 * mark after the addressee ("Secretary-General1", "…-General*") is not the text's.
 */
const ANNEX_END = new RegExp(
  `^(Annex(?: ${ANNEX_NUMBER})? to the ${TITLE_WORDS.toLowerCase()} ${DATED_WORD} .+? addressed to ${RECIPIENT_LIST}(?:\\d? ${ORIGINAL_NOTE})?)(?:\\d|(?<=[a-z])\\*{1,3}(?= ))?(?:\\s+|(?<=[a-z]))(?=[A-Z“"])`,
);

/**
 * An annex heading of a word or two ("Annex", "Annex II*", "Annex [Original: Russian]") before the
 * annexed text's own title ("Statement of the Ministry …").
 */
const ANNEX_ALONE = new RegExp(
  `^(Annex(?: ${ANNEX_NUMBER})?\\*?(?: ?${ORIGINAL_NOTE})?)\\s+(?=${ANNEXED_TITLE})`,
);

/** A bare annex heading, before any text, where a signature stands above it. */
const ANNEX_UNDER_SIGNATURE = new RegExp(`^(Annex(?: ${ANNEX_NUMBER})?)\\s+(?=[A-Z])`);

/** A flattened letter or note cut at its title, signature, annexes and page furniture. */
function letterPieces(text: string, titleAt: number): string[] {
  const head = text.slice(0, titleAt);
  let rest = text.slice(titleAt);
  // The masthead stays one line: its reader finds the facts wherever they stand on a line; what
  // a web page prints above it (its title, its date) is a line of its own.
  const start = head.search(MASTHEAD_START);
  const pieces =
    head.trim() === '' ? [] : start > 0 ? [head.slice(0, start), head.slice(start)] : [head];
  const title = TITLE_END.exec(rest);
  if (title) {
    pieces.push(title[1] as string);
    rest = rest.slice(title[0].length);
  }
  pieces.push(...bodyPieces(rest));
  return pieces;
}

/** A flattened body cut at its signature, annexes and page furniture. */
function bodyPieces(text: string): string[] {
  const breaks = text
    .split(BODY_BREAKS)
    .flatMap((piece) => (GLUED_HINT.test(piece) ? piece.split(GLUED_BREAKS) : [piece]));
  return breaks.flatMap((piece, i, pieces) => {
    // Under a signature, a bare "Annex" heads an annex whatever its text opens with.
    const signed = SIGNED.test(pieces[i - 1] ?? '');
    const annex =
      ANNEX_END.exec(piece) ??
      ANNEX_ALONE.exec(piece) ??
      (signed ? ANNEX_UNDER_SIGNATURE.exec(piece) : null);
    if (!annex) return [piece];
    const rest = piece.slice(annex[0].length);
    // An annexed letter's own title ("Annex Letter dated … addressed to …") is a line of its own.
    const title = TITLE_END.exec(rest);
    return title
      ? [annex[1] as string, title[1] as string, rest.slice(title[0].length)]
      : [annex[1] as string, rest];
  });
}

/**
 * Text whose line breaks were lost (a whole letter on one line) is cut again where the title, a
 * signature, an annex or page furniture begins (a press release: see {@link releasePieces}); the
 * masthead before the title stays one line, for its reader finds facts wherever they stand. Every piece keeps its source line number and raw
 * text, so evidence still points at the input. Paragraph breaks of the body cannot be recovered.
 */
export function unflatten(lines: Line[]): { lines: Line[]; flattened: boolean } {
  const out: Line[] = [];
  let flattened = false;
  for (const line of lines) {
    const long = line.text.length > FLATTENED_MIN;
    const titleAt = long ? titleIn(line.text) : -1;
    // A copy flattened a page a line: the lines after the title's are pages of its body.
    const pieces =
      titleAt !== -1
        ? letterPieces(line.text, titleAt)
        : ((long ? releasePieces(line.text) : null) ??
          (flattened && line.text !== '' ? bodyPieces(line.text) : null));
    if (!pieces) {
      out.push(line);
      continue;
    }
    flattened = true;
    // A joined line's pieces start on different input lines: found in order, from where the last ended.
    let cursor = 0;
    for (const piece of pieces) {
      const text = piece.trim();
      const at = line.text.indexOf(text, cursor);
      if (at !== -1) cursor = at + text.length;
      const n = inputLineAt(line, at === -1 ? cursor : at);
      out.push({ ...line, n, text }, { ...line, n, text: '' });
    }
  }
  return { lines: out, flattened };
}
