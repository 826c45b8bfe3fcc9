import { atLine, type Warning } from './warnings.js';

/** Block-level tags and common entities, which a web page's source has and its text does not. */
const TAG = /<(?:!DOCTYPE|html|head|body|p|div|br|span|table|tr|td|li|h[1-6])\b[^>]*>/gi;
const ENTITY = /&(?:nbsp|amp|quot|rsquo|lsquo|rdquo|ldquo|ndash|mdash|#\d{2,5}|#x[\da-f]{2,4});/gi;
/** Fewer than this many of either can be a copy's stray marks (a `<sup>`, an `&` in a name). */
const SOURCE_MIN = 3;

/**
 * A warning when the text is a web page's HTML source rather than its text: ingest strips a few
 * inline marks (`<sup>`), but reads tags and entities such as `<p>` and `&#8211;` as text, so
 * the masthead, title and signature go unread. Null for any other text.
 */
export function htmlSourceWarning(text: string): Warning | null {
  if (!text.includes('<') && !text.includes('&')) return null;
  const tags = text.match(TAG)?.length ?? 0;
  const entities = text.match(ENTITY)?.length ?? 0;
  if (tags < SOURCE_MIN && entities < SOURCE_MIN) return null;
  const first = text.slice(0, text.search(tags >= SOURCE_MIN ? TAG : ENTITY)).split('\n').length;
  return {
    code: 'html-source',
    message:
      "the text is a web page's HTML source (tags such as <p>, entities such as &#8211;), read as it is; save or copy the page as text and ingest that",
    path: atLine(first),
  };
}
