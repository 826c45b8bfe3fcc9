import { symbolsOnly } from './block-shapes.js';
import type { Line } from './lines.js';
import { IN_TITLE, LOGO } from './masthead-facts.js';
import { tokenizeMasthead } from './masthead-tokens.js';
import { findTitle, nonBlank, titleEnd } from './title-lines.js';

/** Where the parts of a masthead document stand among the lines. */
export interface Layout {
  /** First masthead line (the logo, or the first line with a masthead fact); lines before are chrome. */
  mastheadStart: number;
  /** The title's first line, or -1 when there is none. */
  titleStart: number;
  /** One past the title's last line. */
  titleEnd: number;
}

/**
 * Whether a line prints a masthead fact (organ, period, `Distr.`, `Original:`, symbol, agenda).
 * The logo's words count only on a line that prints no prose, and a body's name of one word
 * ("Council") not at all: a page title wrapped above the masthead ("… to the" / "United Nations
 * addressed to the President of the Security" / "Council") prints them too.
 */
export function mastheadFact(line: Line): boolean {
  if (LOGO.test(line.text)) return true;
  const tokens = tokenizeMasthead([{ ...line, text: line.text.slice(0, 160) }]);
  const prose = tokens.some((t) => t.kind === 'words' && /[a-z]{2}/.test(t.text));
  return tokens.some(
    (t) =>
      t.kind !== 'words' &&
      t.kind !== 'date' &&
      t.kind !== 'footnote' &&
      !(t.kind === 'logo' && prose) &&
      !(t.kind === 'body' && !t.text.includes(' ')),
  );
}

/** The logo's second line as older documents print it, maybe with the organ's sigil: "NATIONS  S". */
const SPLIT_LOGO_END = /^NATIONS(?:\s+[ASE])?$/;
/** Whether line `i` is "NATIONS" under "UNITED": the logo's words as older documents print them. */
const splitLogoAt = (lines: readonly Line[], i: number) => {
  const above = nonBlank(lines, i - 1, -1);
  return (
    SPLIT_LOGO_END.test((lines[i] as Line).text) && above !== -1 && lines[above]?.text === 'UNITED'
  );
};

/**
 * Whether line `i` is the logo's: "United Nations" right under a line ending "of the" is a wrapped
 * title's ("Improving the financial situation of the" / "United Nations").
 */
const logoAt = (lines: readonly Line[], i: number) =>
  LOGO.test((lines[i] as Line).text) && !(i > 0 && IN_TITLE.test((lines[i - 1] as Line).text));

/**
 * Find the title and the masthead of a letter or note. The masthead starts at the last logo line
 * before the title, else at the first line that prints a masthead fact; what comes before it (a
 * site's header, a page title, "Total Page:16") is page chrome.
 */
export function findLayout(lines: readonly Line[]): Layout {
  const titleStart = findTitle(lines);
  if (titleStart === -1) return { mastheadStart: 0, titleStart: -1, titleEnd: -1 };
  let mastheadStart = -1;
  for (let i = titleStart - 1; i >= 0 && mastheadStart === -1; i--)
    if (logoAt(lines, i)) mastheadStart = i;
    else if (splitLogoAt(lines, i)) mastheadStart = nonBlank(lines, i - 1, -1);
  // A PDF's copy can set the symbol, printed high at the right, on a line above the logo's.
  for (
    let above = mastheadStart > 0 ? nonBlank(lines, mastheadStart - 1, -1) : -1;
    above !== -1;
  ) {
    if (!symbolsOnly((lines[above] as Line).text)) break;
    mastheadStart = above;
    above = nonBlank(lines, above - 1, -1);
  }
  for (let i = 0; i < titleStart && mastheadStart === -1; i++)
    if ((lines[i] as Line).text !== '' && mastheadFact(lines[i] as Line)) mastheadStart = i;
  return {
    mastheadStart: mastheadStart === -1 ? 0 : mastheadStart,
    titleStart,
    titleEnd: titleEnd(lines, titleStart),
  };
}
