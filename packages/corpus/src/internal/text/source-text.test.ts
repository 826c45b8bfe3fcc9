import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKUP_RULES, markupLines, stripMarkup } from './source-text.js';

/** Every rule, on every line, with no shortcut: what the shortcuts must give. */
const applyAll = (line: string) =>
  MARKUP_RULES.reduce((text, rule) => text.replace(rule.find, rule.replace), line);
const matchingAll = (raw: string, rule: (typeof MARKUP_RULES)[number]) =>
  raw.split(/\r\n|\r|\n/).flatMap((line, i) => {
    rule.find.lastIndex = 0;
    return rule.find.test(line) ? [i + 1] : [];
  });

// Lines made of the characters the rules look for, and of what they do not.
const line = fc
  .array(
    fc.constantFrom(
      ...['-', '*', '_', '#', '[', ']', '(', ')', '<sup>', '</sup>', '<SUP>', ' ', '\t', '\u00a0'],
      ...['a', 'B', '7', '.', '/', '\u2003', 'ə', '**', '---', '## '],
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join(''));

describe('markup normalisation', () => {
  it('strips a line as every rule applied in turn would, shortcut or not', () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(stripMarkup(l)).toBe(applyAll(l));
      }),
    );
    expect(stripMarkup('# Letter **dated** [20 January](x) 34<sup>th</sup>  ')).toBe(
      'Letter dated 20 January 34th',
    );
  });

  it('takes a heading indented by up to three spaces, as Markdown does; four are text', () => {
    expect(stripMarkup(' # General Assembly')).toBe('General Assembly');
    expect(stripMarkup('   ## Seventy-eighth session')).toBe('Seventy-eighth session');
    expect(stripMarkup('    # not a heading')).toBe('    # not a heading');
  });

  it('finds the lines of each rule in one pass, as each rule alone finds them', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (ls, eol) => {
          const raw = ls.join(eol);
          const found = markupLines(raw);
          for (const rule of MARKUP_RULES) {
            expect(found.get(rule.kind)).toEqual(matchingAll(raw, rule));
          }
        },
      ),
    );
  });
});
