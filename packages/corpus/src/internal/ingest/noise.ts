import { symbolsOnly } from './block-shapes.js';
import type { TextBlock } from './blocks.js';
import { type Line, noteRemoval, type Removal } from './lines.js';

/**
 * A page's footer: its job number ("20-12655 (E) 011020 *2012655*", older "93-22734 (E) 160493"),
 * and the "/..." an older document prints where a page goes on, with the job number or alone.
 */
const FOOTER =
  /^\d{2}-\d{5}\s+\d{4}[a-z]?\s*\([A-Z]\)(?:\s+\/\.\.\.)?$|^\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{6})?(?:\s*\*\d{5,}\*)?(?:\s+\/\s?\.\.\.)?$|^\/\s?\.\.\.$|^\*\d{5,}\*$|^\d{1,3}(?:\/\d{1,3})?\s+\d{2}-\d{5}$|^\d{2}-\d{5}\s+\d{1,3}(?:\/\d{1,3})?$/;
/**
 * "2", "2/3", "Page 2 of 3", and as older documents print it, "- 2 -" and "English Page 2" (the
 * language of the version over the page number, in a running header).
 */
const PAGE =
  /^(?:(?:English|French|Spanish|Russian|Arabic|Chinese)\s+(?=page\b))?(?:page\s+)?\d{1,3}(?:\s*(?:\/|of)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$/i;
/** The language of the version, alone on a running header's line above "Page 2". */
const VERSION = /^(?:English|French|Spanish|Russian|Arabic|Chinese)$/i;
const CHROME =
  /^(?:skip to (?:main )?content|menu|home|search|share|print|back to top|print this page|cookies?.*|accept(?: all)? cookies|©.*|copyright.*|all rights reserved\.?|follow us.*|subscribe.*|tweet|facebook|twitter|linkedin|email this page|related (?:links|news)|load more|view pdf(?: of document)?|total page:\s*\d+|file type:.*size:.*|download(?: pdf)?(?: \([^)]{0,40}\))?|last (?:updated|modified|reviewed)(?: on)?:? [^.]{1,40}|attachments?:?|permalink|english \(pdf\).*)$/i;
/** A site's links in a row: "Privacy Policy | Terms of Use | Contact Us", "Home · Sitemap". */
const LINK = String.raw`(?:privacy(?: policy| notice)?|terms(?: (?:of (?:use|service)|and conditions))?|contact(?: us)?|site ?map|accessibility|disclaimer|faqs?|about(?: us)?|home|search|log ?in|sign in|rss|help|careers|cookies?(?: policy| settings)?|legal notice|imprint|fraud alert)`;
const LINKS = new RegExp(String.raw`^${LINK}(?:\s*[|·•/]\s*${LINK})+$`, 'i');
/** Blog and social-media furniture under a post. */
const SHARING =
  /^(?:like this:?|like loading\.*…?|loading\.*…?|related(?: posts| articles| news)?:?|leave a (?:comment|reply)|(?:« |← )?(?:previous|next) (?:post|article)(?: »| →)?|whatsapp|telegram|reddit|pinterest|instagram|youtube|email|e-mail)$/i;
/**
 * A sharing line: "Share this:" alone, or links in a row ("Share this: Facebook Twitter", "Share on
 * LinkedIn | Email | Print").
 */
const NETWORK = String.raw`(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|vk)`;
const SHARE_ROW = new RegExp(
  // Single spaces, as a cleaned line has them: two runs of \s around the separator would backtrack.
  String.raw`^share(?: this(?: page| article| post)?)?(?::| on)?(?: ?[|·•,]? ?(?:share on )?${NETWORK})*$`,
  'i',
);
/** A site's call to follow it: "Follow UNISPAL Twitter RSS", "Follow us on Facebook". */
const FOLLOW =
  /^follow (?:\S+ ){0,3}(?:on )?(?:twitter|facebook|rss|linkedin|instagram|youtube|x)\b.{0,60}$/i;
/** A post's tags and categories: "Tags: 20 January, Black January", "Posted in News". */
const TAXONOMY =
  /^(?:tags?|categories|category|labels?|filed under|posted in)(?::\s*|\s+)[^.!?]{1,200}$/i;
// A breadcrumb trail: "Home › Documents › Letters", "You are here: Home > News > Press releases".
const BREADCRUMB = /^(?:you are here:?\s*)?home\s*(?:[›»>/|]\s*[^›»>/|]{1,80}){1,8}$/i;
const PLEASE_RECYCLE = /^please recycle\b/i;
/** Lines a web page adds wherever they stand. */
const SITE_LINES = [CHROME, BREADCRUMB, LINKS, SHARING, SHARE_ROW, TAXONOMY, FOLLOW];

const WEB_CHROME = 'Web-page navigation and notices, and page lines before the masthead.';

/** A site's list of other documents under the text: "Related documents", "Related content". */
const RELATED =
  /^related(?: (?:documents|content|links|resources|items|stories|publications|letters|posts|articles|news))?:?$/i;
/** The most lines, and the longest, a related list runs to: other documents' titles. */
const RELATED_LINES = 40;
const RELATED_LINE_MAX = 300;

/**
 * Where a site's list of related documents begins, after the masthead, when it runs to the end
 * (their titles and symbols are no text or reference of the document); `lines.length` otherwise.
 */
function relatedListAt(lines: readonly Line[], from: number): number {
  for (let i = Math.max(0, from); i < lines.length; i++) {
    if (!RELATED.test((lines[i] as Line).text)) continue;
    const rest = lines.slice(i + 1).filter((l) => l.text !== '');
    if (rest.length <= RELATED_LINES && rest.every((l) => l.text.length <= RELATED_LINE_MAX))
      return i;
  }
  return lines.length;
}

/** Blocks after the first `count`, whose lines are listed as web chrome with any found before. */
export function dropBlocks(blocks: TextBlock[], count: number, removed: Removal[]): TextBlock[] {
  if (count === 0) return blocks;
  const lines = blocks.slice(0, count).flatMap((b) => b.lines.map((l) => l.n));
  noteRemoval(removed, 'web-chrome', lines, WEB_CHROME);
  return blocks.slice(count);
}

/**
 * Whether line i stands inside a sentence, as a web copy puts a link's text on a line of its own:
 * after an opening bracket or before a closing one or a stop ("… Armenia (" / "A/74/649" / ")."),
 * or between words of one sentence ("… in document" / "A/74/649" / "of 13 January"). A running
 * header stands between pages.
 */
function inSentence(lines: readonly Line[], i: number): boolean {
  const before = lines[i - 1]?.text ?? '';
  const after = lines[i + 1]?.text ?? '';
  return (
    /[([]$/.test(before) ||
    /^[)\],.;:]/.test(after) ||
    (/[\p{L},]$/u.test(before) && /^[a-z]/.test(after))
  );
}

/**
 * Remove page furniture from the lines after the masthead: job-number footers, bar codes, page
 * numbers, running headers repeating a symbol, and web-page chrome. Returns the symbols seen only
 * in running headers. The first `mastheadEnd` lines are kept whole: the masthead's symbol is not
 * a running header.
 */
export function removeNoise(
  lines: Line[],
  mastheadEnd: number,
  removed: Removal[],
  chrome: readonly number[] = [],
): { kept: Line[]; headerSymbols: string[]; dropped: Set<number> } {
  const hits: Record<'page-footer' | 'page-number' | 'running-header' | 'web-chrome', number[]> = {
    'page-footer': [],
    'page-number': [],
    'running-header': [],
    'web-chrome': [...chrome],
  };
  const headerSymbols = new Set<string>();
  const related = relatedListAt(lines, mastheadEnd);
  const kept = lines.filter((line, i) => {
    const t = line.text;
    if (t === '') return true;
    if (i >= related) return !hits['web-chrome'].push(line.n);
    if (FOOTER.test(t) || PLEASE_RECYCLE.test(t)) return !hits['page-footer'].push(line.n);
    if (SITE_LINES.some((re) => re.test(t))) return !hits['web-chrome'].push(line.n);
    if (i < mastheadEnd) return true;
    if (PAGE.test(t) || (VERSION.test(t) && /^page\s+\d/i.test(lines[i + 1]?.text ?? '')))
      return !hits['page-number'].push(line.n);
    const symbols = symbolsOnly(t);
    if (symbols && !inSentence(lines, i)) {
      for (const s of symbols) headerSymbols.add(s);
      return !hits['running-header'].push(line.n);
    }
    return true;
  });
  const describe = {
    'page-footer': 'Page footers with job numbers and bar codes.',
    'page-number': 'Page numbers.',
    'running-header': 'Running headers repeating the document symbol.',
    'web-chrome': WEB_CHROME,
  } as const;
  for (const kind of Object.keys(hits) as Array<keyof typeof hits>) {
    if (hits[kind].length) removed.push({ kind, lines: hits[kind], description: describe[kind] });
  }
  return { kept, headerSymbols: [...headerSymbols], dropped: new Set(Object.values(hits).flat()) };
}
