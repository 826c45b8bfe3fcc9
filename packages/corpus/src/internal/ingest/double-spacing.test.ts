import { describe, expect, it } from 'vitest';
import { singleSpace } from './double-spacing.js';
import { type Removal, toLines } from './lines.js';

/** The text a copy gives once made single-spaced, and the blank lines removed. */
function read(text: string) {
  const removed: Removal[] = [];
  const lines = singleSpace(toLines(text, removed), removed);
  const whitespace = removed.find((r) => r.kind === 'whitespace')?.lines ?? [];
  return { text: lines.map((l) => l.text).join('\n'), whitespace };
}

const LETTER = `Letter dated 8 February 2022 from the Permanent Representative of
Azerbaijan to the United Nations addressed to the Secretary-General

I have the honour to transmit herewith the statement of the Ministry
of Foreign Affairs of the Republic of Azerbaijan on the anniversary
of the events of 20 January 1990 (see annex).

I should be grateful if you would have the present letter circulated
as a document of the General Assembly.

(Signed) Jane Example
Permanent Representative`;

describe('singleSpace', () => {
  it('gives a CR CR LF copy its lines back: the first blank line of each run removed', () => {
    const { text, whitespace } = read(LETTER.replace(/\n/g, '\r\r\n'));
    // A paragraph break, three blank lines in the copy, is two.
    expect(text).toBe(LETTER.replace(/\n\n/g, '\n\n\n'));
    expect(whitespace).toEqual([2, 4, 8, 10, 12, 16, 18, 22]);
  });

  it('reads a doubled copy that had no blank lines by its wrapped lines', () => {
    const blankless = LETTER.replace(/\n\n/g, '\n');
    const { text, whitespace } = read(blankless.replace(/\n/g, '\n\n'));
    expect(text).toBe(blankless);
    expect(whitespace).toHaveLength(8);
  });

  it('reads a doubled copy that had no blank lines by its lines that end unfinished', () => {
    // Wrapped before names, so no line goes on in lower case: each one before ends on "of" or "the".
    const capitals = [
      'Letter dated 8 February 2022 from the Permanent Representative of',
      'Azerbaijan to the United Nations addressed to the',
      'Secretary-General',
      'I have the honour to transmit herewith the statement of the',
      'Ministry of Foreign Affairs of the Republic of',
      'Azerbaijan on the anniversary of the events of',
      '20 January 1990 (see annex).',
      '(Signed) Jane Example',
      'Permanent Representative',
    ].join('\n');
    const { text, whitespace } = read(capitals.replace(/\n/g, '\n\n'));
    expect(text).toBe(capitals);
    expect(whitespace).toHaveLength(8);
  });

  it('leaves a copy of a line a paragraph, one blank line between paragraphs, as it is', () => {
    const unwrapped = LETTER.split('\n\n')
      .map((p) => (p.startsWith('(Signed)') ? p.replace('\n', '\n\n') : p.replace(/\n/g, ' ')))
      .join('\n\n');
    expect(read(unwrapped)).toEqual({ text: unwrapped, whitespace: [] });
  });

  it('leaves such a copy as it is with a rule (---) between two paragraphs: the rule is a line', () => {
    const unwrapped = LETTER.split('\n\n')
      .map((p) => (p.startsWith('(Signed)') ? p.replace('\n', '\n\n') : p.replace(/\n/g, ' ')))
      .join('\n\n---\n\n');
    expect(read(unwrapped)).toEqual({ text: unwrapped.replace(/---/g, ''), whitespace: [] });
  });

  it('leaves a copy with lines side by side as it is, whatever its blank lines', () => {
    expect(read(LETTER)).toEqual({ text: LETTER, whitespace: [] });
    const blankLinesDoubled = LETTER.replace(/\n\n/g, '\n\n\n');
    expect(read(blankLinesDoubled).whitespace).toEqual([]);
  });
});
