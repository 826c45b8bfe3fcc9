import { atLine, type Warning } from './warnings.js';

/**
 * Block-level tags, which a web page's source has and its text does not. (Its character
 * references, "&#8211;", ingest reads as the characters, so they alone make no source.)
 */
const TAG = /<(?:!DOCTYPE|html|head|body|p|div|br|span|table|tr|td|li|h[1-6])\b[^>]*>/gi;
/** Fewer than this many can be a copy's stray marks (a `<sup>`, a `<br>`). */
const SOURCE_MIN = 3;

/**
 * A warning when the text is a web page's HTML source rather than its text: ingest strips a few
 * inline marks (`<sup>`) and reads character references as their characters, but reads tags such
 * as `<p>` as text, so the masthead, title and signature go unread. Null for any other text.
 */
export function htmlSourceWarning(text: string): Warning | null {
  if (!text.includes('<')) return null;
  const tags = text.match(TAG)?.length ?? 0;
  if (tags < SOURCE_MIN) return null;
  const first = text.slice(0, text.search(TAG)).split('\n').length;
  return {
    code: 'html-source',
    message:
      "the text is a web page's HTML source (tags such as <p>), read as it is; save or copy the page as text and ingest that",
    path: atLine(first),
  };
}
