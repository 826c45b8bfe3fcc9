import type { TextBlock } from './blocks.js';

/** A press-release label line: "Press release", "Press-release", "PRESS RELEASE", "Special Issue". */
export const LABEL =
  /^(?:press[- ]release|special issue|information note)\b|^statement(?=\s*$|[,:]?\s+(?:no\.|\d))/i;
/** A statement's title names its speaker ("Statement by …", "Statement of the Ministry …"); such titles run long. */
export const SPEECH =
  /^(?:Statement|Remarks|Address|Speech|Intervention)s? (?:by|of|delivered by)\b/i;
/** "New York, 19 January 2009" or "Baku, January 20, 2024". */
export const DATELINE =
  /^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*, (?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})$/;
const LETTERHEAD_LINE =
  /Permanent Mission|Mission permanente|Representation|Embassy|Ministry of Foreign Affairs|\bTel\b|\bFax\b|E-?mail|www\.|@|\bAvenue\b|\bStreet\b|\bSuite\b|\bNY\b|\d{5}|BMT|Nümayəndəliyi|Respublikas/i;

/** The letterhead: the leading blocks that name the mission or give its address. */
export function letterheadLength(blocks: readonly TextBlock[]): number {
  let n = 0;
  while (n < blocks.length && n < 6) {
    const b = blocks[n] as TextBlock;
    if (LABEL.test(b.text) || DATELINE.test(b.text) || SPEECH.test(b.text)) break;
    const looksLikeLetterhead =
      b.lines.some((l) => LETTERHEAD_LINE.test(l.text)) ||
      (b.lines.length <= 4 &&
        n > 0 &&
        LETTERHEAD_LINE.test((blocks[n - 1] as TextBlock).text) &&
        !/[.!?]$/.test(b.text) &&
        b.text.length < 120);
    if (!looksLikeLetterhead) break;
    n++;
  }
  return n;
}

/** The issuing mission named in the letterhead (its lines joined), or null. */
export function missionName(
  letterhead: readonly TextBlock[],
): { name: string; country: string } | null {
  const joined = letterhead.map((b) => b.text).join(' ');
  const m = /\b(Permanent (?:Observer )?Mission of (?:the )?(.+?) to the United Nations)/.exec(
    joined.replace(/^The /, ''),
  );
  return m
    ? {
        name: m[1] as string,
        country: (m[2] as string).replace(/^Republic of (?=Azerbaijan)/, ''),
      }
    : null;
}
