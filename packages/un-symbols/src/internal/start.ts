import { NOT_ROOTS, ROOTS } from './vocabulary.js';

const ROOT_SET = new Set(Object.keys(ROOTS));
/** Longest root read: the known ones, and unknown series roots of up to eight letters. */
const MAX_ROOT = Math.max(8, ...Object.keys(ROOTS).map((r) => r.length));
/** Roots are read in lower case only when short: `s/4259`, `a/74/649`, `crc/c/…`, not path words. */
const MAX_LOWER_ROOT = 5;
/** Spaces a PDF copy leaves between a root and its slash ("A" / "/76/100"). */
const MAX_GAP = 3;
/** How far back a link is looked for: no URL is longer. */
const MAX_WORD = 2048;
export const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
export const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 10 || c === 13;
/** What may not stand right before a root: a word, a path, a URL or a number continues there. */
const GLUED = /[\p{L}\p{N}_/.\\:@#-]/u;
/** Hosts whose URLs carry UN document symbols in their path or query. */
const UN_HOST = /^(?:https?:\/\/)?(?:[\w-]+\.)*(?:undocs\.org|un\.org)(?:[/?#]|$)/i;

/** Where a symbol may start, and how sure the root makes it. */
export interface RootAt {
  start: number;
  /** The root is a known series root (any case); otherwise an upper-case unknown one. */
  known: boolean;
  /** The symbol stands in a UN link's path or query. */
  inLink: boolean;
}

/** The word a position lies in (back to the last space), bounded. */
function wordBefore(text: string, i: number): string {
  let from = i;
  while (from > 0 && i - from < MAX_WORD && !isSpace(text.charCodeAt(from - 1))) from--;
  return text.slice(from, i);
}

/**
 * How position `i` lies in a link: not at all; in a UN link (undocs.org, un.org), whose path or
 * query names the symbol; or in any other URL, path or Markdown link target, where it is not read.
 * A Markdown link's target repeats its text, so only a bare UN URL is read.
 */
function linkAt(text: string, i: number): 'none' | 'un' | 'other' {
  const word = wordBefore(text, i);
  const md = word.lastIndexOf('](');
  if (md !== -1) return 'other';
  const url = /(?:https?:\/\/|www\.)\S*$/i.exec(word);
  if (!url) return 'none';
  return UN_HOST.test(url[0]) ? 'un' : 'other';
}

/**
 * A known root in capitals glued to the word before it, as a PDF copy runs words together:
 * "United NationsA/75/356". Only a root the vocabulary knows, right after a lower-case letter.
 */
function gluedRoot(text: string, wordStart: number, end: number): RootAt | null {
  let start = end;
  while (start > wordStart && text.charCodeAt(start - 1) <= 90) start--;
  const lowerBefore = text.charCodeAt(start - 1) >= 97;
  if (start === end || !lowerBefore || !ROOT_SET.has(text.slice(start, end))) return null;
  return linkAt(text, start) === 'none' ? { start, known: true, inLink: false } : null;
}

/** The start of the root that ends just before the slash at `slash` (spaces allowed), or null. */
export function rootBefore(text: string, slash: number): RootAt | null {
  let end = slash;
  while (end > 0 && slash - end < MAX_GAP && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < MAX_ROOT && isLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return null;
  let lower = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 97) lower++;
  if (lower !== 0 && lower !== end - start) return gluedRoot(text, start, end);
  if (lower !== 0 && end - start > MAX_LOWER_ROOT) return null;
  const root = text.slice(start, end);
  const upper = lower === 0 ? root : root.toUpperCase();
  const known = ROOT_SET.has(upper);
  const unknown =
    !known && lower === 0 && root.length >= 2 && !NOT_ROOTS.has(root) && end === slash;
  if (!known && !unknown) return null;
  const before = start > 0 ? (text[start - 1] as string) : '';
  const link = before === '' ? 'none' : linkAt(text, start);
  if (link === 'other') return null;
  if (link === 'un')
    return before === '/' || before === '=' ? { start, known, inLink: true } : null;
  if (before !== '' && GLUED.test(before)) return null;
  return { start, known, inLink: false };
}
