import type { NormalisationKind } from '../../schema.js';

/** The normalisations that undo markup on a single line. */
export type MarkupKind = Extract<
  NormalisationKind,
  | 'markdown-emphasis'
  | 'markdown-heading'
  | 'markdown-rule'
  | 'markdown-link'
  | 'markdown-blockquote'
  | 'html-superscript'
  | 'hard-line-break'
>;

/** The markup normalisations: each kind, the pattern that finds it on a line, and what it becomes. */
export const MARKUP_RULES: ReadonlyArray<{
  kind: MarkupKind;
  /** Finds the markup on a line (global, so that every occurrence is replaced). */
  find: RegExp;
  /** What the markup becomes. */
  replace: string;
  description: string;
}> = [
  {
    // First: a quoted letter's other marks ("> ## Annex", "> ---") are read after it.
    kind: 'markdown-blockquote',
    find: /^ {0,3}(?:>[ \t]?)+/g,
    replace: '',
    description:
      'Markdown or e-mail quotation marks (>) before a line are removed; the line is kept.',
  },
  {
    kind: 'markdown-rule',
    find: /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/g,
    replace: '',
    description: 'Horizontal rules (---) added by the digitisation are dropped.',
  },
  {
    kind: 'markdown-heading',
    // Up to three spaces before the marks, as Markdown allows (a copy indented by a space).
    find: /^ {0,3}#{1,6}[ \t]+/g,
    replace: '',
    description: 'Markdown heading marks (#, ##, ###) are removed; the heading text is kept.',
  },
  {
    kind: 'markdown-emphasis',
    find: /\*\*/g,
    replace: '',
    description: 'Markdown strong-emphasis marks (**) are removed; the words are kept.',
  },
  {
    kind: 'markdown-link',
    // No "[" inside the text and bounded lengths: each "[" is tried once, so "[[[[…" stays linear.
    find: /\[([^[\]\n]{1,1000})\]\([^()\n]{0,4096}\)/g,
    replace: '$1',
    description: 'Markdown link syntax [text](target) is reduced to its text.',
  },
  {
    kind: 'html-superscript',
    find: /<sup>([^<]*)<\/sup>/gi,
    replace: '$1',
    description:
      'HTML superscript tags are removed; the superscript text is kept (34<sup>th</sup> → 34th).',
  },
  {
    kind: 'hard-line-break',
    // Only from the start of a run of spaces, so a long run not at the end is tried once.
    find: /(?<![ \t\u00a0])[ \t\u00a0]+$/g,
    replace: '',
    description: 'Trailing spaces (markdown hard line breaks) are removed.',
  },
];

/**
 * A line that no markup rule can change has none of the characters every rule needs (`-*_` of a
 * rule, `#`, `**`, `[`, `<sup>`, `>`) and does not end in a space: most lines, decided in one test
 * where the rules took six (a tenth of the time of ingest).
 */
const MAYBE_MARKUP = /[-*_#[<>]|[ \t\u00a0]$/;

/** Apply every markup normalisation to one source line, in the order of {@link MARKUP_RULES}. */
export function stripMarkup(line: string): string {
  if (!MAYBE_MARKUP.test(line)) return line;
  return MARKUP_RULES.reduce((text, rule) => text.replace(rule.find, rule.replace), line);
}

/** The 1-based numbers of the lines on which each markup rule applies, in one pass. */
export function markupLines(raw: string): Map<MarkupKind, number[]> {
  const found = new Map<MarkupKind, number[]>(MARKUP_RULES.map((r) => [r.kind, []]));
  splitLines(raw).forEach((line, i) => {
    if (!MAYBE_MARKUP.test(line)) return;
    for (const rule of MARKUP_RULES) {
      rule.find.lastIndex = 0;
      if (rule.find.test(line)) found.get(rule.kind)?.push(i + 1);
    }
  });
  return found;
}

/**
 * Split text into lines on LF, CRLF or CR, and on the other line ends Unicode lists (NEL, line and
 * paragraph separators) and a word processor's manual line break (vertical tab). A form feed is no
 * line end: a PDF copy prints it before a page's first line, which may go on a paragraph.
 */
export function splitLines(raw: string): string[] {
  return raw.split(/\r\n|[\n\r\v\u0085\u2028\u2029]/);
}

/**
 * The source as a list of non-empty text lines after the documented normalisations: markup
 * stripped, and each line listed in `pageBreakJoins` appended (with one space) to the text line
 * before it, re-joining a paragraph that a page break split.
 */
export function normalisedSourceLines(
  raw: string,
  pageBreakJoins: readonly number[] = [],
): string[] {
  const joins = new Set(pageBreakJoins);
  const out: string[] = [];
  splitLines(raw).forEach((line, i) => {
    const text = stripMarkup(line);
    if (text.trim() === '') return;
    if (joins.has(i + 1) && out.length > 0) out[out.length - 1] += ` ${text}`;
    else out.push(text);
  });
  return out;
}
