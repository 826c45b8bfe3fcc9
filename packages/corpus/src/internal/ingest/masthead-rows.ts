import { findDate } from './dates.js';
import type { Line } from './lines.js';
import { join, textWidth, wrapsAt } from './rewrapped.js';

/** Narrowest wrap of a masthead's rows read as one: a stacked masthead's lines are shorter. */
const ROW_WIDTH_MIN = 60;

/** A day, or a day and month, at a line's end: where a wrap may cut a date. */
const DATE_HEAD = /(?:^|\s)(\d{1,2}(?: [A-Za-z]+)?)$/;
/** Whether a line ends with a date's first words and the next line goes on with its last. */
const dateCut = (line: string, next: string) => {
  const head = DATE_HEAD.exec(line)?.[1];
  if (head === undefined) return false;
  const joined = `${head} ${next.slice(0, 24)}`;
  const date = findDate(joined);
  return date !== null && joined.startsWith(date.printed) && date.printed.length > head.length + 1;
};

/** An agenda head cut inside its numbers: "… Agenda items 16 and" / "124 Culture of peace". */
const AGENDA_LIST_CUT =
  /\bitems? (?:\d+(?: ?\([a-z]\))?(?:, ?| and ))*\d+(?: ?\([a-z]\))?(?:,| and)$/i;
/** A row that runs an agenda head on into its items' titles: "… Agenda items 16 and 124 Culture". */
const AGENDA_WITH_TITLE =
  /\bitems? \d+(?: ?\([a-z]\))?(?:(?:, ?| and )\d+(?: ?\([a-z]\))?)* \p{Lu}/u;
const agendaCut = (line: string, next: string) =>
  (AGENDA_LIST_CUT.test(line) && /^\d/.test(next)) ||
  (AGENDA_WITH_TITLE.test(line) && /^\p{Ll}/u.test(next));

/**
 * Whether a line break cuts a masthead fact in two: "Original:" / "English", "Seventy-fifth" /
 * "year", "17" / "July 2020", "General" / "Assembly", "Agenda" / "item 31".
 */
const cutsFact = (line: Line, next: Line) =>
  /(?::|\b\d{1,2}|\b(?:General|Security|Economic|Human|Agenda))$/.test(line.text) ||
  /^(?:year|session|items?)\b/.test(next.text);

/**
 * A masthead whose rows a copy wrapped at a width ("… Security Council Original:" / "English",
 * "… Seventy-fourth" / "year Agenda item 63 …"): each block of two lines or more so wrapped is
 * joined into one line, which the masthead's readers read as they read a flattened masthead's. A
 * copy that lost its blank lines runs the rows into one block: there, lines are joined where the
 * wrap cut a fact in two.
 */
export function rejoinMastheadRows(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && (lines[i] as Line).text !== '') continue;
    const block = lines.slice(start, i);
    let width = 0;
    for (const line of block) width = Math.max(width, textWidth(line));
    const wraps = block.map((line, k) => {
      const next = block[k + 1];
      return next !== undefined && width >= ROW_WIDTH_MIN && wrapsAt(line, next, width, textWidth);
    });
    const whole = block.length >= 2 && wraps.indexOf(false) === block.length - 1;
    let from = 0;
    for (let k = 0; k < block.length; k++) {
      const next = block[k + 1];
      if (next && wraps[k] && (whole || cutsFact(block[k] as Line, next))) continue;
      // A date cut after its day or month ("… Council 26" / "January 2022", "… 26 January" /
      // "2022") at any width.
      if (next && dateCut((block[k] as Line).text, next.text)) continue;
      // An agenda head cut inside its numbers, or a row run on into its titles cut inside them,
      // at any width; and a line so joined goes on over what the wrap left of its last words
      // ("… of the United Nations" / "system").
      if (next && agendaCut((block[k] as Line).text, next.text)) continue;
      if (next && k > from && /^\p{Ll}/u.test(next.text)) continue;
      const stretch = block.slice(from, k + 1);
      if (stretch.length >= 2) out.push(join(stretch));
      else out.push(...stretch);
      from = k + 1;
    }
    if (i < lines.length) out.push(lines[i] as Line);
    start = i + 1;
  }
  return out;
}
