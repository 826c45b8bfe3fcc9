// Every built-in style on every record, against forms derived by hand from each guide (see the
// style files' summaries for the rules), not from the code's output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_DIR, withSections } from '../test/helpers.js';
import { cite } from './cite.js';
import { ingestText } from './ingest.js';

const fixture = (name: string, id: string) =>
  ingestText(readFileSync(join(PACKAGE_DIR, 'test/fixtures/ingest', name), 'utf8'), { id }).record;
const georgia = fixture('ga-sc-double-pdf.txt', 'georgia-2020');
const kazakhstan = fixture('ga-only-subitem-reissued.txt', 'kazakhstan-2021');

const L2020 =
  'Letter dated 17 January 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General';
const L2020T =
  'Letter Dated 17 January 2020 from the Permanent Representative of Azerbaijan to the United Nations Addressed to the Secretary-General';
const L2023 =
  'Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General';
const L2023T =
  'Letter Dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations Addressed to the Secretary-General';
const GEO =
  'Letter dated 28 September 2020 from the Permanent Representative of Georgia to the United Nations addressed to the Secretary-General';
const GEOT =
  'Letter Dated 28 September 2020 from the Permanent Representative of Georgia to the United Nations Addressed to the Secretary-General';
const PM = 'Permanent Mission of the Republic of Azerbaijan to the United Nations';
/** Seed 004 prints no title: its description, made without its issuer and genre (printed beside it). */
const D2009 = 'special issue on the nineteenth anniversary of 20 January 1990';
const D2009C = `S${D2009.slice(1)}`;
/** Seed 003 prints no issuer: supplied in square brackets where a guide allows it, else left out. */
const SUPPLIED = `[Azerbaijan, ${PM}]`;

type Case = [string, string, 'note' | 'bibliography' | 'in-text', string];

const cases: Case[] = [
  // UN Editorial Manual: descriptive title, symbol in the note; where no symbol is printed, the
  // organs and the distribution date, so that a reader can find the document.
  [
    'un',
    '2020-01-17-letter',
    'note',
    `${L2020} (General Assembly and Security Council, 20 January 2020).`,
  ],
  [
    'un',
    '2020-01-17-letter',
    'in-text',
    `l${L2020.slice(1)} (General Assembly and Security Council, 20 January 2020)`,
  ],
  // Material without a symbol: country and unit, "title", nature, place of issue, date.
  [
    'un',
    '2020-01-20-press-release',
    'note',
    `Azerbaijan, ${PM}, “Thirtieth anniversary of the ‘Black January’”, press release, New York, 20 January 2020.`,
  ],
  [
    'un',
    '2009-01-19-press-release',
    'note',
    `Azerbaijan, ${PM}, ${D2009}, press release, New York, 19 January 2009.`,
  ],
  [
    'un',
    '2024-01-20-statement',
    'note',
    `${SUPPLIED}, “34th anniversary of the ‘Black January’ tragedy”, statement.`,
  ],
  ['un', 'georgia', 'note', `${GEO} (A/75/356-S/2020/947).`],
  ['un', 'georgia', 'in-text', `l${GEO.slice(1)} (A/75/356-S/2020/947)`],
  // Editorial Manual list of sources: body after "United Nations", masthead order.
  [
    'un-bibliography',
    '2020-01-17-letter',
    'bibliography',
    `United Nations, General Assembly and Security Council. ${L2020}. 20 January 2020.`,
  ],
  [
    'un-bibliography',
    '2023-01-20-letter',
    'bibliography',
    `United Nations, General Assembly. ${L2023}. 20 January 2023.`,
  ],
  [
    'un-bibliography',
    'georgia',
    'bibliography',
    `United Nations, General Assembly and Security Council. ${GEO}. 29 September 2020. A/75/356-S/2020/947.`,
  ],
  [
    'un-bibliography',
    '2020-01-20-press-release',
    'bibliography',
    `Azerbaijan, ${PM}. Thirtieth anniversary of the “Black January”. Press release. New York, 20 January 2020.`,
  ],
  // Unpublished material: its title not in quotation marks; a description; the issuer supplied.
  [
    'un-bibliography',
    '2009-01-19-press-release',
    'bibliography',
    `Azerbaijan, ${PM}. ${D2009C}. Press release. New York, 19 January 2009.`,
  ],
  [
    'un-bibliography',
    '2024-01-20-statement',
    'bibliography',
    `${SUPPLIED}. 34th anniversary of the “Black January” tragedy. Statement.`,
  ],
  // Bluebook 21.7: rule 8 capitalisation, titles in italics (markup only in HTML and Markdown),
  // U.N. Doc., abbreviated month; author named in a letter's title is not repeated; a description
  // in square brackets; an issuer the document does not print left out.
  ['bluebook', '2020-01-17-letter', 'note', `${L2020T} (Jan. 20, 2020).`],
  ['bluebook', 'georgia', 'note', `${GEOT}, U.N. Doc. A/75/356-S/2020/947 (Sept. 29, 2020).`],
  [
    'bluebook',
    '2020-01-20-press-release',
    'note',
    `Press Release, ${PM}, Thirtieth Anniversary of the “Black January” (Jan. 20, 2020).`,
  ],
  [
    'bluebook',
    '2024-01-20-statement',
    'note',
    'Statement, 34th Anniversary of the “Black January” Tragedy.',
  ],
  [
    'bluebook',
    '2009-01-19-press-release',
    'note',
    `Press Release, ${PM}, [${D2009}] (Jan. 19, 2009).`,
  ],
  // OSCOLA: UNGA and UNSC without comma, single quotes, major words capitalised, day-month-year,
  // UN Doc; no full stop in the bibliography; no author printed, so the title first.
  ['oscola', '2020-01-17-letter', 'note', `UNGA and UNSC ‘${L2020T}’ (20 January 2020).`],
  [
    'oscola',
    'georgia',
    'note',
    `UNGA and UNSC ‘${GEOT}’ (29 September 2020) UN Doc A/75/356-S/2020/947.`,
  ],
  [
    'oscola',
    'georgia',
    'bibliography',
    `UNGA and UNSC ‘${GEOT}’ (29 September 2020) UN Doc A/75/356-S/2020/947`,
  ],
  [
    'oscola',
    '2020-01-20-press-release',
    'note',
    `${PM}, ‘Thirtieth Anniversary of the “Black January”’ (Press release, 20 January 2020).`,
  ],
  [
    'oscola',
    '2009-01-19-press-release',
    'note',
    `${PM}, ${D2009C} (Press release, 19 January 2009).`,
  ],
  [
    'oscola',
    '2024-01-20-statement',
    'bibliography',
    '‘34th Anniversary of the “Black January” Tragedy’ (Statement)',
  ],
  // APA 7: group authors joined by &, (Year, Month Day), report number, [Press release], n.d., a
  // bracketed description; no author printed, so the title in the author's place (9.12) and in
  // the in-text citation, in title case (8.14).
  [
    'apa',
    '2020-01-17-letter',
    'bibliography',
    `United Nations General Assembly & United Nations Security Council. (2020, January 20). ${L2020}.`,
  ],
  [
    'apa',
    '2020-01-17-letter',
    'in-text',
    '(United Nations General Assembly & United Nations Security Council, 2020)',
  ],
  [
    'apa',
    'georgia',
    'bibliography',
    `United Nations General Assembly & United Nations Security Council. (2020, September 29). ${GEO} (A/75/356-S/2020/947).`,
  ],
  [
    'apa',
    '2020-01-20-press-release',
    'bibliography',
    `${PM}. (2020, January 20). Thirtieth anniversary of the “Black January” [Press release].`,
  ],
  [
    'apa',
    '2009-01-19-press-release',
    'bibliography',
    `${PM}. (2009, January 19). [${D2009C}] [Press release].`,
  ],
  [
    'apa',
    '2024-01-20-statement',
    'bibliography',
    '34th anniversary of the “Black January” tragedy [Statement]. (n.d.).',
  ],
  [
    'apa',
    '2024-01-20-statement',
    'in-text',
    '(34th Anniversary of the “Black January” Tragedy, n.d.)',
  ],
  // Chicago notes-bibliography: headline case in quotation marks, Document No., Month Day, Year;
  // a description lower case in notes and capitalised in the bibliography; an author known but
  // not printed supplied in square brackets (14.79).
  [
    'chicago',
    '2020-01-17-letter',
    'note',
    `United Nations General Assembly and United Nations Security Council, “${L2020T},” January 20, 2020.`,
  ],
  [
    'chicago',
    'georgia',
    'bibliography',
    `United Nations General Assembly and United Nations Security Council. “${GEOT}.” A/75/356-S/2020/947, September 29, 2020.`,
  ],
  [
    'chicago',
    '2020-01-20-press-release',
    'bibliography',
    `${PM}. “Thirtieth Anniversary of the ‘Black January.’” Press release, January 20, 2020.`,
  ],
  [
    'chicago',
    '2024-01-20-statement',
    'note',
    `[${PM}], “34th Anniversary of the ‘Black January’ Tragedy,” statement, n.d.`,
  ],
  [
    'chicago',
    '2009-01-19-press-release',
    'note',
    `${PM}, ${D2009}, press release, January 19, 2009.`,
  ],
  [
    'chicago',
    '2009-01-19-press-release',
    'bibliography',
    `${PM}. ${D2009C}. Press release, January 19, 2009.`,
  ],
  // MLA 9: government author largest unit first, title, date, then type and symbol.
  [
    'mla',
    '2020-01-17-letter',
    'bibliography',
    `United Nations, General Assembly and Security Council. ${L2020T}. 20 Jan. 2020.`,
  ],
  [
    'mla',
    'georgia',
    'bibliography',
    `United Nations, General Assembly and Security Council. ${GEOT}. 29 Sept. 2020. UN Doc. A/75/356-S/2020/947.`,
  ],
  [
    'mla',
    '2020-01-20-press-release',
    'bibliography',
    `Azerbaijan, ${PM}. Thirtieth Anniversary of the “Black January.” 20 Jan. 2020. Press release.`,
  ],
  [
    'mla',
    '2009-01-19-press-release',
    'bibliography',
    `Azerbaijan, ${PM}. ${D2009C}. 19 Jan. 2009. Press release.`,
  ],
  ['mla', '2024-01-20-statement', 'in-text', `(${SUPPLIED})`],
  ['mla', '2023-01-20-letter', 'in-text', '(United Nations, General Assembly)'],
];

const record = (id: string) => (id === 'georgia' ? georgia : id);

describe('built-in styles against hand-derived forms', () => {
  it.each(cases)('%s, %s, %s', (style, id, mode, expected) => {
    expect(cite(record(id), { style, mode }).text).toBe(expected);
  });

  it('pinpoints: larger unit first, in each guide’s words', () => {
    const pin = { annex: 1, paragraph: 3 };
    const letter = '2023-01-20-letter';
    expect(cite(letter, { style: 'un', pinpoint: { annex: 1 } }).text).toBe(
      `${L2023} (General Assembly, 20 January 2023, annex).`,
    );
    expect(cite(letter, { style: 'bluebook', pinpoint: pin }).text).toBe(
      `${L2023T}, annex, ¶ 3 (Jan. 20, 2023).`,
    );
    expect(cite(letter, { style: 'oscola', pinpoint: pin }).text).toBe(
      `UNGA ‘${L2023T}’ (20 January 2023), annex, para 3.`,
    );
    expect(cite(letter, { style: 'apa', mode: 'in-text', pinpoint: pin }).text).toBe(
      '(United Nations General Assembly, 2023, annex, para. 3)',
    );
    expect(cite(letter, { style: 'chicago', pinpoint: pin }).text).toBe(
      `United Nations General Assembly, “${L2023T},” January 20, 2023, annex, par. 3.`,
    );
    expect(cite(letter, { style: 'mla', mode: 'in-text', pinpoint: pin }).text).toBe(
      '(United Nations, General Assembly, annex, par. 3)',
    );
    expect(cite(kazakhstan, { style: 'un', pinpoint: { annex: 1 } }).text).toBe(
      'Letter dated 1 November 2021 from the Permanent Representative of Kazakhstan to the United Nations addressed to the Secretary-General (A/76/512, annex).',
    );
  });

  it('pinpoints of records rendered live keep their labels', () => {
    expect(cite(georgia, { style: 'apa', mode: 'in-text', pinpoint: { paragraph: 2 } }).text).toBe(
      '(United Nations General Assembly & United Nations Security Council, 2020, para. 2)',
    );
    expect(
      cite(withSections(georgia), { style: 'mla', mode: 'in-text', pinpoint: { section: '2' } })
        .text,
    ).toBe('(United Nations, General Assembly and Security Council, sec. 2)');
  });

  it('un cites no paragraph of a letter, whose paragraphs are unnumbered, and says so', () => {
    const out = cite('2023-01-20-letter', { style: 'un', pinpoint: { annex: 1, paragraph: 3 } });
    expect(out.text).toBe(`${L2023} (General Assembly, 20 January 2023, annex).`);
    expect(out.warnings.map((w) => w.code)).toContain('pinpoint-unnumbered');
  });

  it('warns about what a style needed and did not get, never filling it in', () => {
    const codes = (id: string, style: string) => cite(id, { style }).warnings.map((w) => w.code);
    expect(codes('2020-01-17-letter', 'oscola')).toEqual(['missing-symbol']);
    expect(codes('2024-01-20-statement', 'apa')).toEqual(['missing-date']);
    expect(cite(georgia, { style: 'oscola' }).warnings).toEqual([]);
    expect(
      cite('2023-01-20-letter', { style: 'apa', pinpoint: { annex: 1 } }).warnings.map(
        (w) => w.code,
      ),
    ).toEqual(['missing-symbol', 'pinpoint-ignored']);
  });

  it('Bluebook italicises titles in HTML and Markdown', () => {
    expect(cite('2020-01-17-letter', { style: 'bluebook', format: 'markdown' }).text).toBe(
      `*${L2020T}* (Jan. 20, 2020).`,
    );
    expect(cite(georgia, { style: 'bluebook', format: 'html' }).text).toBe(
      `<i>${GEOT}</i>, U.N. Doc. A/75/356-S/2020/947 (Sept. 29, 2020).`,
    );
  });

  it('HTML keeps italics, text and Markdown carry no markup', () => {
    const html = cite('2020-01-17-letter', { style: 'apa', format: 'html' }).text;
    expect(html).toBe(
      `United Nations General Assembly &#38; United Nations Security Council. (2020, January 20). <i>${L2020}</i>.`,
    );
    expect(cite('2020-01-17-letter', { style: 'apa', format: 'markdown' }).text).toBe(
      `United Nations General Assembly & United Nations Security Council. (2020, January 20). *${L2020}*.`,
    );
    for (const id of ['2020-01-17-letter', '2020-01-20-press-release', georgia] as const)
      for (const style of ['apa', 'mla', 'chicago', 'oscola'])
        expect(cite(id, { style, mode: 'bibliography' }).text).not.toMatch(/<|&#|nocase/);
  });

  it('escapes markup in record text in HTML', () => {
    const evil = { ...georgia, id: 'evil', title: 'Letter <script>alert(1)</script> & more' };
    const html = cite(evil, { style: 'chicago', format: 'html' }).text;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
  });
});
