import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REAL_SYMBOLS } from '../test/fixtures/symbols.js';
import {
  describeSymbol,
  digitalLibraryUrl,
  explainSymbol,
  formatSymbol,
  normalizeSymbol,
  parseSymbol,
  SymbolParseError,
  type SymbolParts,
  safeParseSymbol,
  symbolUrl,
} from './index.js';

describe('parseSymbol on real symbols as printed', () => {
  it(`has at least 80 cases`, () => expect(REAL_SYMBOLS.length).toBeGreaterThanOrEqual(80));
  it.each(
    REAL_SYMBOLS.map(([printed, normalized, description]) => [
      JSON.stringify(printed),
      printed,
      normalized,
      description,
    ]),
  )('%s', (_name, printed, normalized, description) => {
    expect(normalizeSymbol(printed)).toBe(normalized);
    expect(describeSymbol(printed)).toBe(description);
  });
});

describe('parts', () => {
  it('reads every part of a committee document with modifiers', () => {
    const p = parseSymbol('A/C.3/74/L.18/Rev.1*');
    expect(p).toMatchObject({
      root: 'A',
      organ: 'General Assembly',
      bodies: [{ kind: 'body', value: 'C', number: '3' }],
      session: { sessionType: 'regular', number: 74 },
      year: null,
      documentType: { value: 'L', number: 18 },
      number: 18,
      modifiers: [{ value: 'Rev', number: 1 }],
      reissued: true,
      normalized: 'A/C.3/74/L.18/Rev.1',
      members: [],
    });
  });
  it('reads both members of a double symbol', () => {
    const p = parseSymbol('A/74/649–S/2020/34');
    expect(p.members.map((m) => [m.organ, m.session?.number ?? m.year, m.number])).toEqual([
      ['General Assembly', 74, 649],
      ['Security Council', 2020, 34],
    ]);
  });
  it('reads old resolutions with their session or year in parentheses', () => {
    expect(parseSymbol('S/RES/955 (1994)')).toMatchObject({
      year: 1994,
      number: 955,
      parenthetical: '1994',
    });
    expect(parseSymbol('3362 (S-VII)')).toMatchObject({
      root: null,
      organ: 'General Assembly',
      number: 3362,
      parenthetical: 'S-VII',
    });
  });
});

describe('errors', () => {
  it.each([
    ['GA/12345', 0, /unknown series root "GA"/],
    ['A//649', 1, /component 2 "": empty component/],
    ['A/74/649/Add.1/2', 4, /component 5 "2": only modifiers/],
    ['A/RES/Add.1', 2, /addendum before any document number/],
    ['A/PV', -1, /no number/],
    ['A/74/64 9', -1, /unexpected space/],
    ['A/74/6#9', 2, /component 3 "6#9"/],
    ['', -1, /empty symbol/],
  ])('%j is rejected at component %i', (text, component, message) => {
    const result = safeParseSymbol(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(SymbolParseError);
      expect(result.error.component).toBe(component);
      expect(result.error.message).toMatch(message);
    }
    expect(() => parseSymbol(text)).toThrow(SymbolParseError);
  });
});

describe('links', () => {
  it('links to undocs.org, in a language, and to the Digital Library', () => {
    expect(symbolUrl('a/74/649 – s/2020/34')).toBe('https://undocs.org/A/74/649');
    expect(symbolUrl('S/RES/955 (1994)', { lang: 'fr' })).toBe(
      'https://undocs.org/fr/S/RES/955%20(1994)',
    );
    expect(digitalLibraryUrl('A/74/649-S/2020/34')).toBe(
      `https://digitallibrary.un.org/search?ln=en&p=${encodeURIComponent('"A/74/649" OR "S/2020/34"')}`,
    );
  });
});

/** Parts built from the grammar, so that each is already in canonical form. */
const partsArbitrary: fc.Arbitrary<SymbolParts> = fc
  .record({
    root: fc.constantFrom('A', 'S', 'E', 'ST', 'CRC', 'UNEP'),
    body: fc.option(
      fc.record({
        value: fc.constantFrom('AC', 'C', 'CN', 'CONF', 'Sub', 'WG'),
        number: fc.integer({ min: 1, max: 200 }).map(String),
      }),
      { nil: null },
    ),
    period: fc.option(
      fc.oneof(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1946, max: 2030 })),
      { nil: null },
    ),
    type: fc.option(
      fc.record({
        value: fc.constantFrom('L', 'PV', 'SR', 'WP', 'CRP'),
        number: fc.integer({ min: 1, max: 999 }),
      }),
      { nil: null },
    ),
    number: fc.integer({ min: 1, max: 99999 }),
    modifiers: fc.array(
      fc.record({
        value: fc.constantFrom('Add', 'Rev', 'Corr', 'Amend'),
        number: fc.integer({ min: 1, max: 20 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ root, body, period, type, number, modifiers }) => {
    const components: SymbolParts['components'] = [];
    if (body) components.push({ kind: 'body', ...body });
    if (period !== null && period >= 1946) components.push({ kind: 'year', value: period });
    else if (period !== null && root === 'A')
      components.push({ kind: 'session', sessionType: 'regular', number: period });
    if (type) components.push({ kind: 'type', ...type });
    else components.push({ kind: 'number', value: number, through: null });
    for (const m of modifiers) components.push({ kind: 'modifier', ...m });
    return { root, components, parenthetical: null, reissued: false, part: null, resumption: null };
  });

describe('properties', () => {
  it('parse(format(p)) gives back p', () => {
    fc.assert(
      fc.property(partsArbitrary, (p) => {
        const parsed = parseSymbol(formatSymbol(p));
        expect({
          root: parsed.root,
          components: parsed.components,
          parenthetical: parsed.parenthetical,
          reissued: parsed.reissued,
          part: parsed.part,
          resumption: parsed.resumption,
        }).toEqual(p);
      }),
      { numRuns: 500 },
    );
  });
  it('double symbols round-trip through their members', () => {
    fc.assert(
      fc.property(partsArbitrary, partsArbitrary, (a, b) => {
        const text = formatSymbol({ members: [a, b] });
        expect(formatSymbol(parseSymbol(text))).toBe(text);
      }),
    );
  });
  it('normalize is idempotent', () => {
    // Found by fuzzing: a reissue mark between members, a member ending in a letter.
    for (const printed of ['A/C.3A*A/C.3', 'A/C.3A-A/C.3', 'A/C.3A-S/2020/1'])
      expect(normalizeSymbol(normalizeSymbol(printed))).toBe(normalizeSymbol(printed));
    for (const [printed] of REAL_SYMBOLS)
      expect(normalizeSymbol(normalizeSymbol(printed))).toBe(normalizeSymbol(printed));
    fc.assert(
      fc.property(partsArbitrary, (p) => {
        const once = normalizeSymbol(formatSymbol(p).toLowerCase().replace(/\//g, ' / '));
        expect(normalizeSymbol(once)).toBe(once);
      }),
    );
  });
});

describe('explainSymbol', () => {
  const rows = (text: string) =>
    explainSymbol(text).map((m) => [m.normalized, ...m.parts.map((p) => `${p.label}: ${p.value}`)]);

  it('explains every member of a double symbol, each with its session or year', () => {
    expect(rows('A/74/649-S/2020/34')).toEqual([
      ['A/74/649', 'series: General Assembly (A)', 'session: 74th session', 'document: 649'],
      ['S/2020/34', 'series: Security Council (S)', 'year: 2020', 'document: 34'],
    ]);
  });

  it('gives the year of an old Security Council resolution and the session of an old GA one', () => {
    expect(rows('S/RES/955 (1994)')[0]).toEqual([
      'S/RES/955 (1994)',
      'series: Security Council (S)',
      'type: resolution (RES)',
      'number: 955',
      'year: 1994',
    ]);
    expect(rows('A/RES/3379 (XXX)')[0]).toContain('session: 30th session (XXX)');
    expect(rows('A/RES/ES-10/19')[0]).toContain('session: 10th emergency special session');
    expect(rows('3362 (S-VII)')[0]).toContain('session: 7th special session (S-VII)');
  });

  it('reads a treaty body symbol as committee, country and the reports observed', () => {
    expect(rows('CRC/C/AZE/CO/5-6')[0]).toEqual([
      'CRC/C/AZE/CO/5-6',
      'series: Committee on the Rights of the Child (CRC)',
      'series: documents of the committee (C)',
      'country: Azerbaijan (AZE)',
      'type: concluding observations (CO)',
      'reports: 5 and 6',
    ]);
    expect(rows('CERD/C/AZE/CO/7-9')[0]).toContain('reports: 7 to 9');
    expect(rows('CCPR/C/AZE/CO/4')[0]).toContain('reports: 4');
  });

  it('names no country where a code is not one, or outside a series that names States', () => {
    expect(rows('CRC/C/XYZ/1')[0]).toContain('series: XYZ');
    expect(rows('S/2020/34')[0]?.some((r) => r.startsWith('country'))).toBe(false);
  });

  it('lists modifiers, parts, resumptions and reissues', () => {
    expect(rows('A/C.3/74/L.18/Rev.1*')[0]).toEqual([
      'A/C.3/74/L.18/Rev.1',
      'series: General Assembly (A)',
      'body: Third Committee (C.3)',
      'session: 74th session',
      'type: limited-distribution document (L)',
      'number: 18',
      'modifier: revision 1 (Rev.1)',
      'reissued: yes (the * after the symbol)',
    ]);
    expect(rows('A/RES/70/93 A-B')[0]).toContain('part: A to B');
    expect(rows('S/PV.3745 (Resumption 1)')[0]).toContain('resumption: 1');
  });

  it('throws SymbolParseError for text that is not a symbol', () => {
    expect(() => explainSymbol('not a symbol')).toThrow(SymbolParseError);
  });
});
