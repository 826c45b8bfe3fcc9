import { describe, expect, it } from 'vitest';
import { painter, terminalSafe, unpainted } from './io.js';
import { table, wrap } from './table.js';

const QUOTE =
  'more than 600 were wounded in Baku and throughout other regions of Azerbaijan, and 841 were detained';
const rows = [
  ['2009-01-19-press-release', 'para. 3', 'more than 600 wounded', `“${QUOTE}”`],
  ['2020-01-17-letter', 'annex, para. 1', '744 wounded', '“744 people were wounded”'],
];
const columns = [
  'document',
  { header: 'where', wrap: true },
  'states',
  { header: 'quote', wrap: true },
];
const onTerminal = (width: number, paint = painter(false)) =>
  table(columns, rows, { pretty: true, width, paint });
const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('table', () => {
  it('piped: tab-separated, complete, one row per line, whatever the width', () => {
    expect(table(columns, rows, { pretty: false, width: 20, paint: painter(false) })).toBe(
      [['document', 'where', 'states', 'quote'], ...rows].map((r) => r.join('\t')).join('\n') +
        '\n',
    );
    const broken = table(['a', 'b'], [['x\ty', 'line\nbreak']], {
      pretty: false,
      width: 80,
      paint: painter(false),
    });
    expect(broken).toBe('a\tb\nx y\tline break\n');
  });

  it.each([60, 80, 100, 160])('on a terminal of %i columns: fits, and no value is cut', (width) => {
    const out = onTerminal(width);
    for (const line of out.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(width);
    expect(out).not.toContain('…');
    // Every word of every cell is printed whole.
    expect(words(out)).toEqual(
      expect.arrayContaining([
        ...words(`“${QUOTE}”`),
        '2009-01-19-press-release',
        '2020-01-17-letter',
      ]),
    );
    expect(out.split('\n')[0]).toMatch(/^document +where +states/);
  });

  it('wraps a long cell beside the others when there is room, and moves it below its row when not', () => {
    const wide = onTerminal(100).split('\n');
    expect(wide[0]).toMatch(/states +quote$/);
    expect(wide[1]).toMatch(
      /^2009-01-19-press-release +para\. 3 +more than 600 wounded +“more than/,
    );
    const narrow = onTerminal(60).split('\n');
    expect(narrow[0]).toMatch(/^document +where +states$/);
    expect(narrow[1]).toBe('    quote');
    expect(narrow[2]).toMatch(/^2009-01-19-press-release +para\. 3 +more than 600 wounded$/);
    expect(narrow[3]).toMatch(/^ {4}“more than 600 were wounded/);
  });

  it('styles whole cells after wrapping, so widths and padding ignore the codes', () => {
    const paint = painter(true);
    const out = table(
      ['n', 'bar'],
      [
        ['1', { text: '████', style: 'cyan' }],
        ['22', '▌'],
      ],
      {
        pretty: true,
        width: 80,
        paint,
      },
    );
    expect(unpainted(out)).toBe('n   bar\n1   ████\n22  ▌\n');
    expect(terminalSafe(out)).toContain('\u001b[36m████\u001b[39m');
  });
});

describe('wrap', () => {
  it('breaks at spaces, then after a hyphen or slash, then anywhere; keeps links whole', () => {
    expect(wrap('Letter addressed to the Secretary-General', 12)).toEqual([
      'Letter',
      'addressed to',
      'the',
      'Secretary-',
      'General',
    ]);
    expect(wrap('E/CN.4/2005/L.10/Add.17', 10)).toEqual(['E/CN.4/', '2005/L.10/', 'Add.17']);
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrap('see https://undocs.org/A/74/649 now', 10)).toEqual([
      'see',
      'https://undocs.org/A/74/649',
      'now',
    ]);
    expect(wrap('', 10)).toEqual(['']);
    expect(wrap('word', 0)).toEqual(['w', 'o', 'r', 'd']);
  });
});
