import { describe, expect, it } from 'vitest';
import { evidenceOf } from './evidence.js';
import { inputLineAt, type Removal, toLines } from './lines.js';
import { rejoinWrapped } from './rewrapped.js';

const FLAT =
  'United Nations A/75/356–S/2020/947 General Assembly Distr.: General 29 September 2020 Original: English Seventy-fifth session Agenda item 34 Prevention of armed conflict Letter dated 27 September 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General I have the honour to enclose herewith a letter from the Minister for Foreign Affairs of Armenia. (Signed) Jane Example Permanent Representative';

/** A text wrapped as a mail client or `fmt` wraps it: each line as long as `width` allows. */
const wrap = (text: string, width: number) =>
  text.replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n').trimEnd();

const rejoin = (text: string) => rejoinWrapped(toLines(text, [] as Removal[]));

describe('rejoinWrapped', () => {
  it('joins a flattened document wrapped at a width back into one line that keeps its input lines', () => {
    const { lines, width } = rejoin(wrap(FLAT, 72));
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line?.text).toBe(FLAT);
    expect(width).toBeLessThanOrEqual(72);
    expect(width).toBeGreaterThan(60);
    const input = wrap(FLAT, 72).split('\n');
    expect(line?.joined?.map((j) => j.n)).toEqual(input.map((_, i) => i + 1));
    // A place in the joined text is on the input line that prints it.
    const signed = FLAT.indexOf('(Signed)');
    expect(input[(line ? inputLineAt(line, signed) : 0) - 1]).toContain('(Signed)');
  });

  it('measures the wrap as it was made: no byte-order mark counted, no break at a no-break space', () => {
    expect(rejoin(`\ufeff${wrap(FLAT, 72)}`).lines).toHaveLength(1);
    // Words a no-break space holds together are one word to the wrap, however the text reads them.
    const held = FLAT.replace(/(\d) (\w)/g, '$1\u00a0$2').replace(/ of /g, '\u00a0of\u00a0');
    const { lines } = rejoin(wrap(held, 60));
    expect(lines).toHaveLength(1);
  });

  it('joins a copy wrapped twice, a line and its remainder each, as a mail client quoting it wraps it', () => {
    for (const [first, second] of [
      [72, 60],
      [80, 60],
      [100, 72],
    ] as const) {
      const twice = wrap(FLAT, first)
        .split('\n')
        .map((l) => wrap(l, second))
        .join('\n');
      const { lines } = rejoin(twice);
      expect(
        lines.map((l) => l.text),
        `${first} then ${second}`,
      ).toEqual([FLAT]);
    }
  });

  it('leaves chrome above alone, and a page title longer than the wrap', () => {
    const title =
      'Letter Dated 27 September 2020 From The Permanent Representative Of Armenia To The';
    const { lines } = rejoin(`${title}\nTotal Page:2\nFile Type:pdf\n${wrap(FLAT, 60)}`);
    expect(lines.map((l) => l.text).slice(0, 4)).toEqual([
      title,
      'Total Page:2',
      'File Type:pdf',
      FLAT,
    ]);
    expect(lines[3]?.n).toBe(4);
  });

  it('leaves alone wrapped text that is no flattened document, and lines a wrap cannot have made', () => {
    const prose = wrap(FLAT.slice(FLAT.indexOf('I have')).repeat(4), 72);
    expect(rejoin(prose)).toMatchObject({ width: null });
    expect(rejoin(prose).lines).toHaveLength(prose.split('\n').length);
    // A masthead and a title, each a line of its own: the next word would have fit.
    const laidOut = `United Nations A/75/356\nGeneral Assembly Distr.: General\n${FLAT.slice(FLAT.indexOf('Letter'))}`;
    expect(rejoin(wrap(laidOut, 72)).width).toBeNull();
  });
});

describe('evidence on a joined line', () => {
  it('quotes a phrase from each input line it runs over, as each prints it', () => {
    const text = wrap(FLAT, 40).replace(/\n/g, '  \n');
    const [line] = rejoin(text).lines;
    if (!line) throw new Error('no line');
    const phrase =
      'Letter dated 27 September 2020 from the Permanent Representative of Armenia to the United Nations';
    const evidence = evidenceOf(line, phrase);
    const input = text.split('\n');
    expect(evidence.length).toBeGreaterThan(1);
    for (const e of evidence) expect(input[e.line - 1]).toContain(e.quote);
    expect(evidence.map((e) => e.quote).join(' ')).toBe(phrase);
  });
});
