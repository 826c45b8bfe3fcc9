import { DATE_ONLY } from './block-shapes.js';
import type { TextBlock } from './blocks.js';
import { DATE_PATTERN } from './dates.js';

/** A press-release label line: "Press release", "Press-release", "PRESS RELEASE", "Special Issue". */
export const LABEL =
  /^(?:press[- ]release|special issue|information note)(?:\b|(?=press[- ]release|(?:no|nr|ref)\b))|^statement(?=\s*$|[,:]?\s+(?:no\.|\d))/i;
/** A release's number under its label: "No: 03/2021", "No. 12", "Ref. 2022/05". */
export const RELEASE_NUMBER = /^(?:No|Nr|Ref)\.?:?\s*[\w./-]{1,20}$/i;
/** A statement's title names its speaker ("Statement by …", "Statement of the Ministry …"); such titles run long. */
export const SPEECH =
  /^(?:Statement|Remarks|Address|Speech|Intervention)s? (?:by|of|delivered by)\b/i;
/** "New York, 19 January 2009" or "Baku, January 20, 2024" (a copy may space the comma off). */
export const DATELINE =
  /^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)* ?, (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2} ?, \d{4})$/;
/**
 * A title that ends with its date: "Statement of the Supreme Soviet …, dated 22 January 1990". Not
 * "… of 20 January 1990", which may be the date of what the statement is about.
 */
export const TITLE_DATED = new RegExp(`,? dated (?:${DATE_PATTERN.source})$`);
/** A letterhead's words: the mission's name, its address, telephone and e-mail. */
export const LETTERHEAD_LINE =
  /Permanent Mission|Mission permanente|Representation|Embassy|Ministry of Foreign Affairs|\bTel\b|\bFax\b|E-?mail|www\.|@|\bAvenue\b|\bStreet\b|\bSuite\b|\bNY\b|\d{5}|BMT|Nümayəndəliyi|Respublikas/i;

/** A site's line that no release prints: links in a row, a post's date, a labelled line. */
const SITE_ONLY = (text: string) =>
  /[|·•]/.test(text) ||
  /^(?:posted|published|updated)\b.*\d{4}/i.test(text) ||
  /^(?:categor(?:y|ies)|tags?|filed under|author):/i.test(text);
/** A site's line: short, ending no sentence, a menu's item (three words at most) or the above. */
const SITE_LINE = (text: string) =>
  text.length <= 100 &&
  !/[.!?]$/.test(text) &&
  (text.split(' ').length <= 3 || SITE_ONLY(text) || DATE_PATTERN.test(text));
/** A block no release prints: a menu of three items or more, or site-only lines. */
const SITE_BLOCK = (b: TextBlock) =>
  b.lines.every((l) => SITE_LINE(l.text)) &&
  (b.lines.length >= 3 || b.lines.every((l) => SITE_ONLY(l.text)));
/** Blocks before a release's letterhead or label that a web page adds. */
const CHROME_BLOCKS_MAX = 6;

/**
 * How many leading blocks are a web page's, not the release's ("Home", "Posted on 3 March 2021 by
 * admin", "English | Français"): those of short lines ending no sentence before the first
 * letterhead or label; with neither, those that no release prints (a menu, links in a row, a
 * post's date) that lead. 0 when there are none.
 */
export function chromeAbove(blocks: readonly TextBlock[]): number {
  let site = 0;
  for (let n = 0; n < blocks.length && n <= CHROME_BLOCKS_MAX; n++) {
    const b = blocks[n] as TextBlock;
    if (LABEL.test(b.text) || b.lines.some((l) => LETTERHEAD_LINE.test(l.text))) return n;
    const short = b.lines.every((l) => SITE_LINE(l.text));
    if (DATELINE.test(b.text) || SPEECH.test(b.text) || !short) return site;
    if (site === n && SITE_BLOCK(b)) site++;
  }
  return site;
}

/**
 * The letterhead: the leading blocks that name the mission or give its address, and the short
 * blocks under such a block or inside the mission's name ("Permanent Mission of the" / "Republic
 * of Azerbaijan" / "to the United Nations", a copy that set each line apart).
 */
export function letterheadLength(blocks: readonly TextBlock[]): number {
  let n = 0;
  while (n < blocks.length && n < LETTERHEAD_BLOCKS) {
    const b = blocks[n] as TextBlock;
    if (LABEL.test(b.text) || DATELINE.test(b.text) || SPEECH.test(b.text)) break;
    const under = (blocks[n - 1] as TextBlock | undefined)?.text ?? '';
    const looksLikeLetterhead =
      b.lines.some((l) => LETTERHEAD_LINE.test(l.text)) ||
      (b.lines.length <= 4 &&
        n > 0 &&
        (LETTERHEAD_LINE.test(under) || insideName(blocks.slice(0, n))) &&
        !/[.!?]$/.test(b.text) &&
        b.text.length < 120);
    if (!looksLikeLetterhead) break;
    n++;
  }
  return n;
}

/** How many blocks a letterhead may take: eight lines, each a block of its own. */
const LETTERHEAD_BLOCKS = 8;

/** Whether these blocks begin a mission's name ("Permanent Mission of") that they do not end. */
const insideName = (blocks: readonly TextBlock[]) =>
  /Permanent (?:Observer )?Mission\b/i.test(blocks.map((b) => b.text).join(' ')) &&
  missionName(blocks) === null;

/** The issuing mission named in the letterhead (its lines joined), or null. */
export function missionName(
  letterhead: readonly TextBlock[],
): { name: string; country: string } | null {
  const joined = letterhead.map((b) => b.text).join(' ');
  // The name runs to "to the United Nations" over no other mission's name: a page title above the
  // letterhead ("… – Permanent Mission of Cyprus") is not part of it.
  // In any case: a letterhead may print it in capitals. A copy may run it on after the line above.
  const m =
    /(?:\b|(?<=[a-z]))(Permanent (?:Observer )?Mission of (?:the )?((?:(?!Permanent (?:Observer )?Mission\b).)+?) to the United Nations)/i.exec(
      joined.replace(/^The /i, ''),
    );
  return m
    ? {
        name: m[1] as string,
        country: (m[2] as string).replace(/^Republic of (?=Azerbaijan)/i, ''),
      }
    : null;
}

/** A dateline that opens the first paragraph: "NEW YORK, 27 August 2021 – On 29 August …". */
export const LEAD_DATELINE = new RegExp(
  String.raw`^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)* ?, (?:${DATE_PATTERN.source})\s*[–—-]\s`,
);

/** A label line, or once a label is read, a block of the release's number and dates. */
export const afterLabel = (b: TextBlock, labelled: boolean) =>
  LABEL.test(b.text) ||
  (labelled &&
    b.lines.every(
      (l) => RELEASE_NUMBER.test(l.text) || DATELINE.test(l.text) || DATE_ONLY.test(l.text),
    ));
