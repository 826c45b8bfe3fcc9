import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IN_TEXT, LOOK_ALIKES, REAL_SYMBOLS } from '../../test/fixtures/symbols.js';
import { parseSymbol } from '../parse-symbol.js';
import { extractSymbols } from './extract.js';

const found = (text: string) => extractSymbols(text).map((s) => s.normalized);
/** Each symbol found: its normal form, how a double symbol was joined, and its members as printed. */
const joined = (text: string) =>
  extractSymbols(text).map((h) => [
    h.normalized,
    h.separator,
    h.members.map((m) => text.slice(m.start, m.end)),
  ]);
/** Real symbols as printed in running text: upper-case roots (a bare "3362 (S-VII)" has none). */
const printed = REAL_SYMBOLS.filter(([p]) => /^[A-Z]/.test(p));

describe('extractSymbols on real symbols in running text', () => {
  it.each(printed.map(([p, normalized]) => [JSON.stringify(p), p, normalized]))(
    '%s',
    (_n, p, normalized) => {
      for (const context of [
        `See document ${p}.`,
        `(${p}), and`,
        `[${p}](#)`,
        `**${p}**`,
        `${p};\nnext`,
        `in\u00a0${p}, para. 6`,
      ]) {
        const [hit, ...rest] = extractSymbols(context);
        expect(rest, context).toEqual([]);
        expect(hit?.normalized, context).toBe(normalized);
        expect(context.slice(hit?.start, hit?.end)).toBe(hit?.text);
      }
    },
  );

  it('reports a double symbol as a pair and as members, with the separator used', () => {
    const text = 'letters (A/74/649–S/2020/34) and A/75/356 S/2020/947, and A/ES-10/484S/2010/158.';
    expect(joined(text)).toEqual([
      ['A/74/649-S/2020/34', 'en-dash', ['A/74/649', 'S/2020/34']],
      ['A/75/356-S/2020/947', 'space', ['A/75/356', 'S/2020/947']],
      ['A/ES-10/484-S/2010/158', 'none', ['A/ES-10/484', 'S/2010/158']],
    ]);
  });

  it('reads the hyphens a PDF copy gives: non-breaking, Unicode, minus sign', () => {
    // U+2011 joins a double symbol and sits in "ES-10", U+2212 and U+2010 join others.
    const text =
      'A/75/356\u2011S/2020/947, A/ES\u201110/484, A/76/1\u2212S/2021/2 and S/2020/1\u2010A/75/2.';
    expect(joined(text)).toEqual([
      ['A/75/356-S/2020/947', 'hyphen', ['A/75/356', 'S/2020/947']],
      ['A/ES-10/484', null, ['A/ES\u201110/484']],
      ['A/76/1-S/2021/2', 'hyphen', ['A/76/1', 'S/2021/2']],
      ['S/2020/1-A/75/2', 'hyphen', ['S/2020/1', 'A/75/2']],
    ]);
    expect(extractSymbols('A/75/356 \u2012 S/2020/947')[0]?.separator).toBe('en-dash');
    expect(found('the report A/75/356\u2011 was')).toEqual(['A/75/356']);
  });

  it('reads a plain-text copy’s dash typed as two or three hyphens', () => {
    expect(
      joined('A/74/956--S/2020/719, A/ES-10/484 -- S/2010/158 and A/75/1---S/2021/3.'),
    ).toEqual([
      ['A/74/956-S/2020/719', 'en-dash', ['A/74/956', 'S/2020/719']],
      ['A/ES-10/484-S/2010/158', 'en-dash', ['A/ES-10/484', 'S/2010/158']],
      ['A/75/1-S/2021/3', 'em-dash', ['A/75/1', 'S/2021/3']],
    ]);
    expect(found('as A/74/956 -- the letter says')).toEqual(['A/74/956']);
  });

  it('joins the members of a double symbol an OCR copy spaced before the slash', () => {
    expect(joined('A /75/356–S /2020/947 and A/74/649 — S /2020/34')).toEqual([
      ['A/75/356-S/2020/947', 'en-dash', ['A /75/356', 'S /2020/947']],
      ['A/74/649-S/2020/34', 'em-dash', ['A/74/649', 'S /2020/34']],
    ]);
    expect(found('in A/74/649 and S /2020/34')).toEqual(['A/74/649', 'S/2020/34']);
  });

  it('reads the first of a range of addenda, where the range made the symbol unreadable', () => {
    expect(found('in A/74/649/Add.1-3 and S/2020/34/Corr.1-2.')).toEqual([
      'A/74/649/Add.1',
      'S/2020/34/Corr.1',
    ]);
    expect(found('S/2020/34/Add.1-S/2020/35/Add.1')).toEqual(['S/2020/34/Add.1-S/2020/35/Add.1']);
  });

  it('reads a symbol that a web copy glued to a link’s note in brackets', () => {
    expect(found('in S/2020/34(opens in new window) and A/74/649(link is external).')).toEqual([
      'S/2020/34',
      'A/74/649',
    ]);
    expect(found('resolution S/RES/2334(2016)')).toEqual(['S/RES/2334 (2016)']);
  });

  it('reads a symbol a PDF copy ran together with the words around it', () => {
    expect(found('United NationsA/75/812–S/2021/215General Assembly')).toEqual([
      'A/75/812-S/2021/215',
    ]);
    expect(found('S/2021/215Distr.: General')).toEqual(['S/2021/215']);
    expect(found('document A/75/123and the letter A/75/124.The')).toEqual(['A/75/123', 'A/75/124']);
    // A closing bracket and a word run on, after a number or an old resolution's year.
    expect(found('the letter (A/75/700-S/2021/100)and the report (A/75/701)as')).toEqual([
      'A/75/700-S/2021/100',
      'A/75/701',
    ]);
    expect(found('most recent being (A/74/649-S/2020/34).It is, and S/2021/470.I should')).toEqual([
      'A/74/649-S/2020/34',
      'S/2021/470',
    ]);
    expect(found('resolutions S/RES/2334(2016)was and A/RES/3379(XXX)and')).toEqual([
      'S/RES/2334 (2016)',
      'A/RES/3379 (XXX)',
    ]);
    // Not a document's own part glued on ("Add.1" without its slash), nor a root in a word.
    expect(found('see A/75/356Add.1 and MENAS/2020/1')).toEqual([]);
  });

  it('joins a symbol broken across lines by PDF extraction', () => {
    expect(found('the report (A/74/\n649) and S/2020\n/34.')).toEqual(['A/74/649', 'S/2020/34']);
  });

  it('flags a symbol it could only guess, and can leave guesses out', () => {
    const [hit] = extractSymbols('document S/2020/3O and');
    expect(hit).toMatchObject({
      normalized: 'S/2020/30',
      confidence: 'guessed',
      repairs: ['letter O read as zero'],
    });
    expect(extractSymbols('document S/2020/3O and', { guesses: false })).toEqual([]);
    expect(extractSymbols('A/74/649')[0]?.confidence).toBe('certain');
  });

  it('reads an l or I among digits as one, though the number would parse as a code', () => {
    for (const [text, normalized] of [
      ['A/48/l23', 'A/48/123'],
      ['S/20l9/765', 'S/2019/765'],
      ['A/48/I23', 'A/48/123'],
      ['S/RES/l234 (1999)', 'S/RES/1234 (1999)'],
    ] as const)
      expect(extractSymbols(text)[0], text).toMatchObject({
        normalized,
        confidence: 'guessed',
        repairs: ['letter l or I read as one'],
      });
    // A code, and a Roman numeral alone, are no digits misread.
    expect(extractSymbols('A/C.3/74/L.23 and E/CN.4/Sub.2/I').map((h) => h.normalized)).toEqual([
      'A/C.3/74/L.23',
      'E/CN.4/Sub.2/I',
    ]);
  });

  it('reads an S or a B between two digits as five or eight, and nowhere else', () => {
    for (const [text, normalized, repair] of [
      ['S/2S637', 'S/25637', 'letter S read as five'],
      ['S/RES/8S1 (1993)', 'S/RES/851 (1993)', 'letter S read as five'],
      ['A/48/1B3', 'A/48/183', 'letter B read as eight'],
    ] as const)
      expect(extractSymbols(text)[0], text).toMatchObject({
        normalized,
        confidence: 'guessed',
        repairs: [repair],
      });
    // Beside one digit only, the letter may be a code's: it is left alone.
    expect(extractSymbols('A/C.3/S5 and S/1993/2S').map((h) => h.normalized)).toEqual(['A/C.3/S5']);
  });
});

describe('every class of symbol as real text prints it', () => {
  it.each(IN_TEXT.map(([t, expected]) => [JSON.stringify(t), t, expected]))(
    '%s',
    (_n, text, expected) => {
      const hits = extractSymbols(text as string);
      expect(hits.map((h) => h.normalized)).toEqual(expected);
      for (const h of hits) {
        expect((text as string).slice(h.start, h.end)).toBe(h.text);
        for (const m of h.members) expect(m.start).toBeGreaterThanOrEqual(h.start);
      }
    },
  );

  it('an unknown root is probable, with the reason; it can be left out', () => {
    const [hit] = extractSymbols('see FOO/MSP/2023/WP.3 and');
    expect(hit).toMatchObject({ normalized: 'FOO/MSP/2023/WP.3', confidence: 'probable' });
    expect(hit?.notes[0]).toMatch(/"FOO" is not a series root/);
    expect(extractSymbols('see FOO/MSP/2023/WP.3 and', { unknownRoots: false })).toEqual([]);
    expect(extractSymbols('TPNW/MSP/2022/INF/1')[0]?.confidence).toBe('certain');
  });

  it('the reissue mark is a flag: normalised without it, members too', () => {
    const [hit] = extractSymbols('(A/76/100*-S/2021/560*)');
    expect(hit).toMatchObject({
      normalized: 'A/76/100-S/2021/560',
      reissued: true,
      members: [{ normalized: 'A/76/100' }, { normalized: 'S/2021/560' }],
    });
  });

  it('member offsets stay inside the symbol when the second member is spaced', () => {
    const text = 'A/74/649-S / 2020 / 34';
    const [hit] = extractSymbols(text);
    expect(hit?.members.map((m) => text.slice(m.start, m.end))).toEqual([
      'A/74/649',
      'S / 2020 / 34',
    ]);
  });

  it('every normal form parses back to itself, an unknown root split as parse splits it', () => {
    for (const text of [
      'A/74/1/Summary-S/2020/1',
      'PV/A/649',
      'AA/C.3A/74',
      'AA/C.3A / 34',
      'A  /  A/C.3 A/C.3A/A',
    ]) {
      for (const hit of extractSymbols(text)) {
        const options = { unknownRoots: hit.confidence === 'probable' };
        expect(parseSymbol(hit.normalized, options).normalized).toBe(hit.normalized);
        expect(hit.members.map((m) => m.normalized).join('-')).toBe(hit.normalized);
      }
    }
    // Once read whole as `AA/C.3A/74`, which parseSymbol reads as two symbols.
    expect(extractSymbols('AA/C.3A/74').map((h) => h.normalized)).not.toContain('AA/C.3A/74');
  });
});

describe('look-alikes', () => {
  it(`has at least 30 cases`, () => expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(30));
  it.each(LOOK_ALIKES.map((t) => [JSON.stringify(t), t]))('%s is not a symbol', (_n, text) => {
    expect(found(text)).toEqual([]);
  });
});

const symbolArbitrary = fc.constantFrom(
  ...printed.filter(([p]) => !p.includes('\n')).map(([p, n]) => [p, n] as const),
);
const fillerArbitrary = fc
  .array(
    fc.constantFrom(
      'the',
      'letter',
      'of',
      'and',
      'Baku',
      '1990',
      '7/8',
      'and/or',
      ',',
      '.',
      '(see)',
      'GA/123',
      '20-12655 (E)',
    ),
    { maxLength: 12 },
  )
  .map((w) => w.join(' '));

describe('properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        expect(Array.isArray(extractSymbols(text))).toBe(true);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[AS/ES0-9.\-()* \n]{0,200}$/), (text) => {
        extractSymbols(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds every symbol planted in random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fillerArbitrary, symbolArbitrary), { maxLength: 8 }),
        fillerArbitrary,
        (pieces, tail) => {
          const text = `${pieces.map(([filler, [p]]) => `${filler} in ${p} then`).join(' ')} ${tail}`;
          expect(found(text)).toEqual(pieces.map(([, [, n]]) => n));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('no catastrophic backtracking', () => {
  it('grows linearly on 10 MB of adversarial text', () => {
    const units = [
      'A/'.repeat(40),
      'A/1/'.repeat(30),
      '/'.repeat(50),
      '.'.repeat(50),
      '1234567890'.repeat(5),
      'ABCDEFGHIJ'.repeat(5),
      'A/ES-1'.repeat(10),
      'S/2020/34-'.repeat(8),
      'A/74/649 '.repeat(5),
    ];
    const make = (bytes: number) => {
      let s = '';
      for (let i = 0; s.length < bytes; i++) s += `${units[i % units.length]} `;
      return s;
    };
    // Best of three, interleaved, garbage collected first: load on the machine hits both sizes.
    const time = (text: string) => {
      (globalThis as { gc?: () => void }).gc?.();
      const start = performance.now();
      extractSymbols(text);
      return performance.now() - start;
    };
    const small = make(1_000_000);
    const large = make(10_000_000);
    time(small);
    let [a, b] = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
    for (let i = 0; i < 3; i++) {
      a = Math.min(a, time(small));
      b = Math.min(b, time(large));
    }
    const ratio = b / a;
    expect(ratio).toBeLessThan(25);
  }, 120_000);
});
