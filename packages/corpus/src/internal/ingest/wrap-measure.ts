import { ENDS_MID_PHRASE } from './blocks.js';
import type { Line } from './lines.js';

/** Of the line breaks of a hard-wrapped copy, at least this share go on in lower case or mid-phrase. */
export const WRAPPED_SHARE = 0.15;
/** A line at least this long that ends mid-phrase was cut by a wrap; a shorter one may be a letterhead's. */
const LONG_ENOUGH = 60;
export const STARTS_LOWER = /^\p{Ll}/u;

/**
 * Whether a copy's lines of text were hard-wrapped, and the width they were wrapped to (the 90th
 * percentile of their lengths). A wrap shows as a line that goes on in lower case, or a long line
 * that ends mid-phrase ("… the statement of the Ministry of"): a copy of a line a paragraph has
 * few of either.
 */
export function measureWrap(text: readonly Line[]): { wrapped: boolean; width: number } {
  let goesOn = 0;
  for (let i = 1; i < text.length; i++) {
    const above = (text[i - 1] as Line).text;
    if (
      STARTS_LOWER.test((text[i] as Line).text) ||
      (above.length >= LONG_ENOUGH && ENDS_MID_PHRASE.test(above))
    )
      goesOn++;
  }
  const lengths = text.map((l) => l.text.length).sort((x, y) => x - y);
  return {
    wrapped: goesOn > 0 && goesOn >= WRAPPED_SHARE * (text.length - 1),
    width: lengths[Math.floor(0.9 * (lengths.length - 1))] as number,
  };
}
