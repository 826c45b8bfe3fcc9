import { DATE_PATTERN } from './dates.js';
import { LETTERHEAD_LINE } from './press.js';

const DATE = DATE_PATTERN.source.replace(/^\\b/, '');
/**
 * A release's label in a flattened line, in Markdown bold or not, with what its line prints after
 * it: "**Press release, 20 January 2020**", "PRESS RELEASE", "Special Issue Press-release",
 * "Press Release No. 12/2021".
 */
const LABEL = new RegExp(
  `(?:\\*\\*|__)?(?<![A-Z_])(?:(?:Press[- ]release|PRESS[- ]RELEASE|Press Release|Special Issue|SPECIAL ISSUE)(?:,? ?(?:(?:No|Nr|Ref)\\.?:? ?[\\w./-]{1,20}|${DATE}))*(?:\\*\\*|__)?\\s*)+`,
);
/** A release's label run on to the letterhead's last line: "… Fax: (212) 230-1172PRESS RELEASE". */
export const GLUED_LABEL = [/(?:PRESS RELEASE|Press [Rr]elease)\b/g, /[a-z0-9.)]/] as const;
/** How far into the line a label may stand: past a letterhead, not inside the release's text. */
const LABEL_WITHIN = 1000;
/** A title in Markdown bold right after the label. */
const BOLD_TITLE = /^(?:\*\*|__)(.{3,300}?)(?:\*\*|__)\s+/;
/**
 * Regex source of how a release's text opens after its title: a date ("On 29 August 2021,", "January 20, 2024,
 * marks"), "Today", the mission, years counted ("Thirty-four years ago", "Nineteen years have
 * passed"), or a dateline ("New York, 27 August 2021 –").
 */
export const OPENING_WORDS = `On (?:the )?(?:${DATE}|\\d{1,2} [A-Z][a-z]+|[A-Z][a-z]+ \\d{1,2})\\b|(?:${DATE}),? marks\\b|Today,? |This (?:year|week)\\b|The Permanent Mission\\b|(?:[A-Z][a-z]+(?:-[a-z]+)?|\\d+) years (?:ago|have passed)\\b|[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:${DATE}) [–—-] `;
const OPENING = new RegExp(`(?:\\s+|(?<=[a-z"”’.!?)]))(?=${OPENING_WORDS})`);
const TITLE_MAX = 300;
const DATELINE_MAX = 120;
/** A dateline under the label, before the title: "Press release New York, 20 January 2024 …". */
const FIRST_DATELINE = new RegExp(`^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)? ?, (?:${DATE})\\s*`);
/**
 * A dateline ending the release after its last sentence: "New York, 27 August 2021", a place of up
 * to three words, maybe before a closing rule.
 */
const LAST_DATELINE = new RegExp(
  `(?<=[.!?"”)])\\s*([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} ?, (?:${DATE}))\\s*(?:-{3,}|\\*{3,})?\\s*$`,
);

/**
 * A press release whose line breaks were lost, cut again into its parts: the letterhead before
 * its label, the label (with its date or number), the title (in bold, or up to the words its
 * text opens with), the text, and a dateline that ends it. Null when the line is no release: no
 * label near its start, or words before the label that are no letterhead.
 */
export function releasePieces(text: string): string[] | null {
  const label = LABEL.exec(text.slice(0, LABEL_WITHIN));
  if (!label) return null;
  const head = text.slice(0, label.index);
  // What stands before the label is the mission's letterhead, or nothing.
  if (head.trim() !== '' && !LETTERHEAD_LINE.test(head)) return null;
  const pieces = head.trim() === '' ? [] : [head];
  pieces.push(label[0]);
  let rest = text.slice(label.index + label[0].length);
  const first = FIRST_DATELINE.exec(rest);
  if (first) {
    pieces.push(first[0]);
    rest = rest.slice(first[0].length);
  }
  const bold = BOLD_TITLE.exec(rest);
  const opening = bold ? null : OPENING.exec(rest.slice(0, TITLE_MAX));
  const titleEnd = bold ? bold[0].length : opening ? opening.index : -1;
  if (titleEnd > 0) {
    pieces.push(rest.slice(0, titleEnd));
    rest = rest.slice(titleEnd);
  }
  // Looked for in the tail only: a pattern run along a long text from every space is quadratic.
  const tail = Math.max(0, rest.length - DATELINE_MAX);
  const dateline = LAST_DATELINE.exec(rest.slice(tail));
  if (dateline) pieces.push(rest.slice(0, tail + dateline.index), dateline[1] as string);
  else pieces.push(rest);
  return pieces.filter((p) => p.trim() !== '');
}
