import { stripMarkup } from '../text/source-text.js';

/** A line of the input: its 1-based number, the raw text, and the text after cleaning. */
export interface Line {
  n: number;
  raw: string;
  text: string;
}

/** What ingest removed or changed, and where: the input lines it touched. */
export interface Removal {
  kind:
    | 'whitespace'
    | 'markup'
    | 'page-footer'
    | 'running-header'
    | 'page-number'
    | 'web-chrome'
    | 'footnote'
    | 'hyphenation'
    | 'page-break-join';
  lines: number[];
  description: string;
}

const ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/g;
const HAS_ODD_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/** Split into lines, fold odd white space and strip Markdown/HTML markup, recording both. */
export function toLines(text: string, removed: Removal[]): Line[] {
  const spaced: number[] = [];
  const marked: number[] = [];
  const lines = text.split(/\r\n|\r|\n/).map((raw, i) => {
    let t = raw.replace(INVISIBLE, '');
    if (HAS_ODD_SPACE.test(t) || t !== raw) spaced.push(i + 1);
    t = t.replace(ODD_SPACE, ' ');
    const stripped = stripMarkup(t);
    if (stripped !== t.trimEnd()) marked.push(i + 1);
    return { n: i + 1, raw, text: stripped.replace(/ {2,}/g, ' ').trim() };
  });
  if (spaced.length)
    removed.push({
      kind: 'whitespace',
      lines: spaced,
      description: 'No-break, zero-width and other odd spaces folded to plain spaces.',
    });
  if (marked.length)
    removed.push({
      kind: 'markup',
      lines: marked,
      description: 'Markdown and HTML marks removed (**, #, ---, [text](link), <sup>).',
    });
  return lines;
}
