import { describe, expect, it } from 'vitest';
import { ingestText } from '../../ingest.js';
import type { DocumentRecord } from '../../schema.js';
import type { Annex } from '../../schema-text.js';
import { validateRecord } from '../../validate.js';
import { findDate } from './dates.js';
import { salvage } from './salvage.js';

/**
 * The shapes real UN documents take when people copy them, one test each. The texts follow the
 * layout of public UN letters (mastheads, titles, footers as the UN prints them); bodies are short
 * and procedural, and signatories invented.
 */
const read = (text: string) => ingestText(text.replace(/^\n/, ''));
const organs = (r: DocumentRecord) =>
  r.organs.map((o) =>
    o.organ === 'General Assembly' ? `GA ${o.sessionType} ${o.session}` : `SC ${o.year}`,
  );
const agenda = (r: DocumentRecord) => r.agendaItems.map((a) => `${a.number}: ${a.title}`);
const refs = (r: DocumentRecord) =>
  r.references.flatMap((x) => (x.type === 'un-document' ? [x.symbol] : []));
const TITLE =
  'Letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General';
const SC_MASTHEAD =
  'United Nations S/2022/567 Security Council Distr.: General 14 September 2022 Original: English';
const BODY = `
I have the honour to transmit herewith a statement of the Ministry of Foreign Affairs (see annex).

I should be grateful if you would have the present letter circulated as a document of the General Assembly, under agenda item 30, and of the Security Council.

(Signed) Jane Example
Permanent Representative
`;

describe('mastheads', () => {
  it('the commonest GA+SC order: both organs, then the session, then the year', () => {
    const { record, warnings } = read(`
United Nations A/77/385–S/2022/688

General Assembly
Security Council
Distr.: General
14 September 2022
Original: English

General Assembly
Security Council
Seventy-seventh session
Seventy-seventh year
Agenda item 30
Prevention of armed conflict

${TITLE}
${BODY}`);
    expect(organs(record)).toEqual(['GA regular 77', 'SC 2022']);
    expect(agenda(record)).toEqual(['30: Prevention of armed conflict']);
    expect(record.symbols).toEqual(['A/77/385', 'S/2022/688']);
    expect(record.kind).toBe('letter');
    expect(warnings.map((w) => w.code)).toEqual([]);
  });

  it('a PDF extraction’s spaced hyphens and stray spaces before punctuation', () => {
    const { record } = read(`
United Nations A/77/385–S/2022/688

General Assembly
Security Council
Distr.: General
14 September 2022
Original: English

General Assembly Security Council
Seventy - seventh session Seventy seventh year
Agenda item 30
Prevention of armed conflict

Letter dated 13 September 2022 from the Chargé d’affaires a.i . of the Permanent Mission of Armenia to the United Nations addressed to the Secretary - General
${BODY}`);
    expect(organs(record)).toEqual(['GA regular 77', 'SC 2022']);
    expect(record.author?.country).toBe('Armenia');
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
  });

  it("an agenda title after a colon or a dash on the number's line", () => {
    for (const separator of [':', ' –', ' -']) {
      const { record } = read(`
United Nations A/77/385

General Assembly
Distr.: General
14 September 2022
Original: English

Seventy-seventh session
Agenda item 30${separator} Prevention of armed conflict

${TITLE}
${BODY}`);
      expect(agenda(record), separator).toEqual(['30: Prevention of armed conflict']);
    }
  });

  it('sub-items of one item: each an item, the title they share left to the reader', () => {
    const { record, warnings } = read(`
United Nations A/73/500

General Assembly
Distr.: General
3 October 2018
Original: English

Seventy-third session
Agenda items 74 (b) and (c) and 130
Promotion and protection of human rights: human
rights questions, including alternative approaches
for improving the effective enjoyment of human
rights and fundamental freedoms; human rights
situations and reports of special rapporteurs
and representatives
Prevention of armed conflict

${TITLE}
${BODY}`);
    expect(record.agendaItems.map((a) => [a.number, a.title])).toEqual([
      ['74 (b)', null],
      ['74 (c)', null],
      ['130', 'Prevention of armed conflict'],
    ]);
    expect(warnings.map((w) => w.message)).toContain(
      'one title is printed for sub-items 74 (b), 74 (c); their titles left empty',
    );
  });

  it('a text drafted in several languages: the first as the original, and a warning names them all', () => {
    const masthead = (original: string) =>
      read(`
United Nations A/75/356

General Assembly Distr.: General
28 September 2020
${original}

Seventy-fifth session
Agenda item 34

${TITLE}
${BODY}`);
    for (const printed of ['English and French', 'English/French', 'English, French and Spanish']) {
      const { record, warnings } = masthead(`Original: ${printed}`);
      expect(record.originalLanguage, printed).toBe('en');
      expect(record.provenance.originalLanguage).toMatchObject({
        status: 'stated',
        evidence: [{ quote: `Original: ${printed}` }],
      });
      expect(warnings.filter((w) => w.code === 'original-languages').map((w) => w.message)).toEqual(
        [
          `the masthead prints ${printed.split(/\/|, | and /).length} original languages (${printed}); originalLanguage holds the first`,
        ],
      );
    }
    const one = masthead('Original: Portuguese Seventy-fifth year');
    expect(one.record.originalLanguage).toBe('pt');
    expect(one.warnings.map((w) => w.code)).not.toContain('original-languages');
  });

  it('a two-column masthead copied with wide runs of spaces, and a misprinted cardinal year', () => {
    const { record } = read(`
United Nations                                       A/67/824–S/2013/211
General Assembly                                     Distr.: General
Security Council                                     4 April 2013
                                                     Original: English
General Assembly                                     Security Council
Sixty-seventh session                                Sixty-eight year
Agenda item 43
Question of Cyprus

Letter dated 3 April 2013 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General
${BODY}`);
    expect(organs(record)).toEqual(['GA regular 67', 'SC 2013']);
    expect(record.distributionDate).toBe('2013-04-04');
    expect(agenda(record)).toEqual(['43: Question of Cyprus']);
  });

  it('an agenda item named for a letter, above the letter’s own title; wrapped, blankless, flattened', () => {
    const text = `
United Nations A/ES-11/9

General Assembly
Distr.: General
3 March 2023
Original: English

Eleventh emergency special session
Agenda item 5
Letter dated 28 February 2014 from the Permanent
Representative of Ukraine to the United Nations addressed to
the President of the Security Council (S/2014/136)

Letter dated 1 March 2023 from the Permanent Representative of
Armenia to the United Nations addressed to the Secretary-General
${BODY}`;
    const copies = {
      wrapped: text,
      blankless: text.replace(/\n\n+/g, '\n'),
      flattened: text.replace(/\s+/g, ' '),
      'run together': text
        .split(/\n\n+/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .join(''),
      'head run on to the session': text.replace('session\nAgenda', 'sessionAgenda'),
    };
    for (const [name, copy] of Object.entries(copies)) {
      const { record } = read(copy);
      expect(record.date, name).toBe('2023-03-01');
      expect(record.author?.country, name).toBe('Armenia');
      expect(record.addressee?.name, name).toBe('Secretary-General of the United Nations');
      expect(agenda(record), name).toEqual([
        '5: Letter dated 28 February 2014 from the Permanent Representative of Ukraine to the United Nations addressed to the President of the Security Council (S/2014/136)',
      ]);
    }
  });

  it('a PDF copy that sets the symbol on a line above the logo', () => {
    const { record, warnings } = read(`
                                                      A/77/385–S/2022/688
United Nations
                 General Assembly                     Distr.: General
                 Security Council                     14 September 2022
                                                      Original: English
General Assembly                          Security Council
Seventy-seventh session                   Seventy-seventh year
Agenda item 30
Prevention of armed conflict

${TITLE}
${BODY}`);
    expect(record.symbols).toEqual(['A/77/385', 'S/2022/688']);
    expect(warnings.map((w) => w.code)).not.toContain('symbol-only-in-running-header');
    expect(record.source.normalisations.map((n) => n.kind)).not.toContain('web-chrome');
  });

  it('an OCR copy of an older masthead: l read as 1, O as 0, in the organ, Original and symbol', () => {
    const { record, warnings } = read(`
UNITED
NATIONS

Security Counci1

Distr.
GENERAL

S/1994/1O5
2 February 1994

0RIGINAL: ENGLISH

LETTER DATED 1 FEBRUARY 1994 FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL
${BODY}`);
    expect(organs(record)).toEqual(['SC 1994']);
    expect(record.originalLanguage).toBe('en');
    expect(record.symbols).toEqual(['S/1994/105']);
    expect(warnings.map((w) => w.code)).toContain('symbol-guessed');
  });

  it('an OCR copy’s l for 1 or i in the masthead’s number, date and language: read through, with warnings', () => {
    const { record, warnings } = read(`
UNITED
NATIONS

General Assembly Distr.
GENERAL

A/48/l23
2l April 1993

ORIGINAL: RUSSlAN

LETTER DATED 20 APRIL 1993 FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL
${BODY}`);
    expect(record.symbols).toEqual(['A/48/123']);
    expect(record.distributionDate).toBe('1993-04-21');
    expect(record.provenance.distributionDate).toMatchObject({
      evidence: [{ quote: '2l April 1993' }],
    });
    expect(record.originalLanguage).toBe('ru');
    expect(warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(['symbol-guessed', 'date-guessed', 'original-guessed']),
    );
  });

  it('an OCR copy’s i or 1 for l, and a comma for a stop, in the organ, "Distr.", "Original:" and the language', () => {
    for (const [distr, original] of [
      ['Distr.: Generai', 'Original: Eng1ish'],
      ['Distr,: General', 'Origina1: English'],
      ['Distr.: 1imited', 'Originai: English'],
    ] as const) {
      const { record, warnings } = read(`
United Nations A/75/812

${distr.includes('imited') ? 'General Assernbly' : 'Generai Assembly'}
${distr}
3 March 2021

${original}

Seventy-fifth session
Agenda itern 34
Protracted conflicts in the GUAM area

${TITLE}
${BODY}`);
      expect([record.distribution, record.originalLanguage], distr).toEqual([
        distr.includes('imited') ? 'Limited' : 'General',
        'en',
      ]);
      // "Generai Assembly" and "Assernbly" are the Assembly misread, not another body with its
      // own agenda; "itern" is "item".
      expect(organs(record)).toEqual(['GA regular 75']);
      expect(agenda(record)).toEqual(['34: Protracted conflicts in the GUAM area']);
      if (original.includes('Eng1ish'))
        expect(warnings.map((w) => w.code)).toContain('original-guessed');
    }
  });

  it('an OCR copy’s S for 5 in a stacked symbol and a misread "(Signed)": both read', () => {
    const copy = (mark: string) =>
      read(`
UNITED
NATIONS

General Assembly Distr.
Security Council GENERAL

A/48/123
S/2S637
21 April 1993

ORIGINAL: ENGLISH

LETTER DATED 20 APRIL 1993 FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL

I have the honour to transmit herewith a statement (see annex).

${mark} Hasan HASANOV
Permanent Representative`);
    const { record, warnings } = copy('(Signcd)');
    expect(record.symbols).toEqual(['A/48/123', 'S/25637']);
    expect(warnings.map((w) => w.code)).toContain('symbol-guessed');
    for (const mark of ['(Signcd)', '(Slgned)', '(S1gned)', '(SIGNCD)', '(Sigried)'])
      expect(
        copy(mark).record.signatories.map((s) => s.name),
        mark,
      ).toEqual(['Hasan HASANOV']);
  });

  it('an agenda head that is not at the start of its line, with the session before it', () => {
    const { record } = read(`
United Nations A/60/875

General Assembly Distr.: General 5 June 2006 Original: English
Sixtieth session Agenda item 115 Implementation of the resolutions of the United Nations

${TITLE.replace('13 September 2022', '1 June 2006')}
${BODY}`);
    expect(organs(record)).toEqual(['GA regular 60']);
    expect(agenda(record)).toEqual([
      '115: Implementation of the resolutions of the United Nations',
    ]);
  });

  it('titles one per line, and wrapped titles re-joined', () => {
    const { record } = read(`
United Nations A/75/356

General Assembly
Distr.: General
28 September 2020
Original: English

Seventy-fifth session
Agenda items 34, 71 and 135
Prevention of armed conflict
Right of peoples to self-determination
The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and
crimes against humanity

${TITLE.replace('13 September 2022', '27 September 2020')}
${BODY}`);
    expect(agenda(record)).toEqual([
      '34: Prevention of armed conflict',
      '71: Right of peoples to self-determination',
      '135: The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity',
    ]);
  });

  it('long titles that run together, split at the first words of agenda titles', () => {
    const { record } = read(`
General Assembly Sixtieth session Agenda items 9, 82 and 97 Report of the Security Council Report of the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization General and complete disarmament Security Council Sixty-first year ${TITLE.replace('13 September 2022', '27 April 2006')} I have the honour to refer to my letter of 17 March 2006 and to inform you of the following, which I should be grateful if you would circulate as a document of the General Assembly, under agenda items 9, 82 and 97, and of the Security Council, together with the present letter, for the information of all Member States of the United Nations and of the members of the Council. (Signed) Jane Example Permanent Representative`);
    expect(organs(record)).toEqual(['GA regular 60', 'SC 2006']);
    expect(agenda(record)).toEqual([
      '9: Report of the Security Council',
      '82: Report of the Special Committee on the Charter of the United Nations and on the Strengthening of the Role of the Organization',
      '97: General and complete disarmament',
    ]);
  });

  it('titles wrapped in the masthead’s column onto lines that open with a capital, a name or an organ', () => {
    const { record } = read(`
United Nations A/75/900–S/2021/500

General Assembly
Security Council
Distr.: General
3 June 2021

Original: English

General Assembly
Seventy-fifth session
Agenda items 30, 65, 123 and 131
Observer status for the Shanghai Cooperation
Organization in the General Assembly
Improving the financial situation of the
United Nations
Cooperation between the United Nations and the
Council of Europe
Revitalization of the work of the General
Assembly
Security Council
Seventy-sixth year

${TITLE.replace('13 September 2022', '2 June 2021')}
${BODY}`);
    expect(record.symbols).toEqual(['A/75/900', 'S/2021/500']);
    expect(organs(record)).toEqual(['GA regular 75', 'SC 2021']);
    expect(agenda(record)).toEqual([
      '30: Observer status for the Shanghai Cooperation Organization in the General Assembly',
      '65: Improving the financial situation of the United Nations',
      '123: Cooperation between the United Nations and the Council of Europe',
      '131: Revitalization of the work of the General Assembly',
    ]);
  });

  it('titles in a column set apart by blank lines, where a wrapped line opens with a capital', () => {
    const { record } = read(`
United Nations A/63/500

General Assembly
Distr.: General
3 October 2008

Original: English

Sixty-third session
Agenda items 45 and 60
Observer status for the Shanghai Cooperation
Organization in the General Assembly

Sixtieth anniversary of the Universal
Declaration of Human Rights

${TITLE.replace('13 September 2022', '2 October 2008')}
${BODY}`);
    expect(agenda(record)).toEqual([
      '45: Observer status for the Shanghai Cooperation Organization in the General Assembly',
      '60: Sixtieth anniversary of the Universal Declaration of Human Rights',
    ]);
  });

  it('the preliminary list: the item, its footnote as a reference kept out of the body, and a pre-session date', () => {
    const text = `
United Nations A/78/123

General Assembly
Distr.: General
12 June 2023
Original: English

Seventy-eighth session
Item 68 of the preliminary list*
Promotion and protection of human rights

Letter dated 9 June 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General

I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs (see annex).

I should be grateful if you would have the present letter circulated as a document of the General Assembly, under item 68 of the preliminary list.

* A/78/50.

(Signed) Jane Example
Permanent Representative
`;
    const { record, removed } = read(text);
    expect(record.agendaItems).toEqual([
      {
        organ: 'General Assembly',
        session: 78,
        number: '68',
        title: 'Promotion and protection of human rights',
        list: 'preliminary',
      },
    ]);
    expect(record.references).toMatchObject([
      { type: 'un-document', symbol: 'A/78/50', footnote: '* A/78/50.' },
    ]);
    expect(record.body.some((b) => b.type === 'paragraph' && b.text.includes('A/78/50'))).toBe(
      false,
    );
    expect(removed.find((r) => r.kind === 'footnote')?.lines).toEqual([18]);
    expect(validateRecord(record)).toMatchObject({ ok: true });
    // A copy without blank lines runs the footnote on to the signature: it is no signatory's role.
    const blankless = read(text.replace(/\n\n+/g, '\n'));
    expect(blankless.record.signatories).toEqual([
      { name: 'Jane Example', title: null, role: 'Permanent Representative' },
    ]);
    expect(blankless.record.references).toMatchObject([
      { symbol: 'A/78/50', footnote: '* A/78/50.' },
    ]);
  });

  it('a Human Rights Council document: its session and agenda are the Council’s, recorded as the Council’s', () => {
    const text = `
United Nations A/HRC/55/G/12

General Assembly
Distr.: General
4 March 2024
Original: English

Human Rights Council
Fifty-fifth session
26 February–5 April 2024
Agenda item 4
Human rights situations that require the Council’s attention

Note verbale dated 1 March 2024 from the Permanent Mission of Azerbaijan to the United Nations Office at Geneva addressed to the Office of the United Nations High Commissioner for Human Rights

The Permanent Mission of Azerbaijan presents its compliments to the Office of the High Commissioner and has the honour to transmit the statement.

The Permanent Mission requests that the present note verbale be circulated as a document of the Human Rights Council under agenda item 4.
`;
    // As printed, and flattened onto one line (the Council is then named amid the facts).
    for (const copy of [text, `${text.replace(/\s+/g, ' ')}${' It is grave.'.repeat(20)}`]) {
      const { record, warnings } = read(copy);
      expect(organs(record)).toEqual(['GA regular null']);
      expect(record.agendaItems).toMatchObject([
        { organ: 'Human Rights Council', session: 55, number: '4' },
      ]);
      expect(record.distributionDate).toBe('2024-03-04');
      expect(record.kind).toBe('note-verbale');
      expect(record.author?.country).toBe('Azerbaijan');
      expect(warnings.map((w) => w.code)).not.toContain('agenda-not-general-assembly');
      expect(validateRecord(record).ok).toBe(true);
    }
    expect(read(text).record.agendaItems[0]?.title).toBe(
      'Human rights situations that require the Council’s attention',
    );
    // Another body's agenda is still not recorded.
    const commission = read(
      text.replace('Human Rights Council', 'Commission on the Status of Women'),
    );
    expect(commission.record.agendaItems).toEqual([]);
    expect(commission.warnings.map((w) => w.code)).toContain('agenda-not-general-assembly');
  });

  it('an Economic and Social Council document: the Council, the year its session is named for, its agenda', () => {
    const text = `
United Nations E/2022/55

Economic and Social Council
Distr.: General
4 April 2022

Original: English

2022 session
23 July 2021–22 July 2022
Agenda item 12 (g)
Coordination, programme and other questions: long-term programme of support for Haiti

Letter dated 1 April 2022 from the Permanent Representative of Canada to the United Nations addressed to the President of the Economic and Social Council

I have the honour to transmit herewith the report of the Ad Hoc Advisory Group on Haiti.
`;
    for (const copy of [text, `${text.replace(/\s+/g, ' ')}${' It is grave.'.repeat(20)}`]) {
      const { record, warnings } = read(copy);
      expect(record.organs).toEqual([{ organ: 'Economic and Social Council', year: 2022 }]);
      expect(record.agendaItems).toMatchObject([
        { organ: 'Economic and Social Council', session: 2022, number: '12 (g)' },
      ]);
      expect(warnings.map((w) => w.code)).not.toContain('agenda-not-general-assembly');
      expect(record.addressee?.name).toBe('President of the Economic and Social Council');
      expect(JSON.stringify(record.provenance.organs)).toContain('"quote":"2022 session"');
    }
    // An older masthead names the session "of" its year; a symbol alone gives the year too.
    const older = read(
      text.replace('2022 session', 'Substantive session of 2004').replace('E/2022/55', 'E/2004/55'),
    ).record;
    expect(older.organs).toEqual([{ organ: 'Economic and Social Council', year: 2004 }]);
    expect(read(text).record.agendaItems[0]?.title).toBe(
      'Coordination, programme and other questions: long-term programme of support for Haiti',
    );
    const bare = read(text.replace('2022 session\n', '')).record;
    expect(bare.organs).toEqual([{ organ: 'Economic and Social Council', year: 2022 }]);
  });

  it('a Main Committee’s letter: its agenda item is the Assembly’s, and its Chair the addressee', () => {
    const text = `
United Nations A/C.3/76/5

General Assembly
Distr.: General
14 October 2021
Original: English

Seventy-sixth session
Third Committee
Agenda item 74 (b)
Promotion and protection of human rights: human rights
questions, including alternative approaches for improving the
effective enjoyment of human rights and fundamental freedoms

Letter dated 12 October 2021 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Chair of the Third Committee

I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs (see annex).

I should be grateful if you would have the present letter and its annex circulated as a document of the Third Committee, under agenda item 74 (b).

(Signed) Jane Example
Permanent Representative
`;
    const ITEM =
      '74 (b): Promotion and protection of human rights: human rights questions, including alternative approaches for improving the effective enjoyment of human rights and fundamental freedoms';
    const TITLE_3C =
      'Letter dated 12 October 2021 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Chair of the Third Committee';
    // As printed, and flattened (a web page's copy of the PDF): the title ends at the Chair.
    for (const copy of [text, text.replace(/\s+/g, ' ')]) {
      const { record, warnings } = read(copy);
      expect(organs(record)).toEqual(['GA regular 76']);
      expect(agenda(record)).toEqual([ITEM]);
      expect(record.title).toBe(TITLE_3C);
      expect(record.addressee?.name).toBe('Chair of the Third Committee');
      expect(warnings.map((w) => w.code)).not.toContain('agenda-not-general-assembly');
    }
  });

  it('a flattened title ends where the letter opens, whoever it is addressed to', () => {
    const letterTo = (to: string, opening: string) => `
United Nations S/2022/101

Security Council
Distr.: General
9 February 2022
Original: English

Letter dated 8 February 2022 from the Permanent Representative of Azerbaijan to the United Nations addressed to ${to}

${opening} to transmit herewith the statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on the events of 20 January 1990 in Baku (see annex). I should be grateful if you would have the present letter and its annex circulated as a document of the Security Council.

(Signed) Jane Example
Permanent Representative
`;
    const cases: Array<[to: string, opening: string]> = [
      ['the United Nations High Commissioner for Human Rights', 'I have the honour'],
      [
        'the Chair of the Security Council Committee established pursuant to resolution 1718 (2006)',
        'On instructions from my Government, I have the honour',
      ],
      ['the President of the Economic and Social Council', 'Further to my letter, I wish'],
      ['the United Nations High Commissioner for Human Rights', 'On 20 January 2021, I wished'],
      // The first addressee of several is the record's.
      [
        'the Secretary-General, the President of the General Assembly and the President of the Security Council',
        'I am compelled once again',
      ],
      [
        'the Secretary-General and the President of the Security Council',
        'Dear Mr. President, I wish',
      ],
    ];
    for (const [to, opening] of cases) {
      const { record, warnings } = read(letterTo(to, opening).replace(/\s+/g, ' '));
      expect(warnings.map((w) => w.code)).toContain('flattened');
      expect(record.title).toBe(
        `Letter dated 8 February 2022 from the Permanent Representative of Azerbaijan to the United Nations addressed to ${to}`,
      );
      expect(record.addressee?.name).toBe(
        to.startsWith('the Secretary-General')
          ? 'Secretary-General of the United Nations'
          : to.replace(/^the /, ''),
      );
      const first = record.body.find((b) => b.type === 'paragraph');
      expect(first?.type === 'paragraph' && first.text.startsWith(opening)).toBe(true);
    }
  });

  it('agenda items printed but not understood are not-found, never not-applicable', () => {
    const { record } = read(`
United Nations A/78/999

General Assembly
Distr.: General
12 October 2023
Seventy-eighth session
Agenda item l3O
Some title

${TITLE.replace('13 September 2022', '10 October 2023')}
${BODY}`);
    expect(record.agendaItems).toEqual([]);
    expect(record.provenance.agendaItems.status).toBe('not-found');
  });
});

describe('page and site chrome before the document', () => {
  it('a masthead whose facts a PDF copy ran together: logo, symbol, organ, date, language, session', () => {
    const masthead =
      'United NationsA/75/812–S/2021/215General Assembly Security Council Distr.: General3 March 2021Original: EnglishGeneral Assembly Seventy-fifth sessionAgenda item 34 Protracted conflicts in the GUAM area and their implications for international peace, security and developmentSecurity CouncilSeventy-sixth year';
    for (const [copy, text] of [
      [
        'printed',
        `${masthead.replace(/ (?=Distr|Agenda item|Protracted)/g, '\n')}\n\n${TITLE}\n${BODY}`,
      ],
      ['flattened', `${masthead} ${TITLE} ${BODY}`.replace(/\s+/g, ' ')],
    ] as const) {
      const { record } = read(text);
      expect(record.symbols, copy).toEqual(['A/75/812', 'S/2021/215']);
      expect([record.distributionDate, record.originalLanguage], copy).toEqual([
        '2021-03-03',
        'en',
      ]);
      expect(organs(record), copy).toEqual(['GA regular 75', 'SC 2021']);
      expect(agenda(record), copy).toEqual([
        '34: Protracted conflicts in the GUAM area and their implications for international peace, security and development',
      ]);
    }
  });

  it('agenda titles a copy ran together with nothing between, in a glued masthead', () => {
    const { record } = read(
      `United Nations A/75/812–S/2021/215General Assembly Security CouncilDistr.: General 3 March 2021Original: EnglishGeneral Assembly Seventy-fifth sessionAgenda items 34 and 36Protracted conflicts in the GUAM area and their implications for international peace, security and developmentThe situation in the occupied territories of AzerbaijanSecurity Council Seventy-sixth year${TITLE}${BODY}`,
    );
    expect(agenda(record)).toEqual([
      '34: Protracted conflicts in the GUAM area and their implications for international peace, security and development',
      '36: The situation in the occupied territories of Azerbaijan',
    ]);
    expect(organs(record)).toEqual(['GA regular 75', 'SC 2021']);
  });

  it('a web copy that set a link’s text on a line of its own: a reference, not a running header', () => {
    for (const [before, after] of [
      ['the letter of the Permanent Representative of Armenia (', ').'],
      ['the letter contained in document', 'of 1 February 2021.'],
      ['the statement circulated as', 'and to the letter before it.'],
    ]) {
      const { record, warnings } = read(
        `${SC_MASTHEAD}\n\n${TITLE}\n\nI have the honour to refer to ${before}\nA/75/700-S/2021/100\n${after}\n${BODY}`,
      );
      expect([record.symbols, refs(record)], after).toEqual([
        ['S/2022/567'],
        ['A/75/700-S/2021/100'],
      ]);
      expect(warnings.map((w) => w.code)).not.toContain('symbol-only-in-running-header');
    }
    // Between pages, the same line is a running header.
    const { record } = read(
      `${TITLE}\n\nI have the honour to refer to the statement.\n\n22-12345 (E) 150922\n\nS/2022/567\n\nThe statement reads as follows.\n${BODY}`,
    );
    expect([record.symbols, refs(record)]).toEqual([['S/2022/567'], []]);
  });

  it('a flattened masthead document with no title line: a note verbale printed without one, a letter copied without its title', () => {
    const masthead = `United Nations A/77/382–S/2022/567\n\nGeneral Assembly\nSecurity Council\nDistr.: General\n14 September 2022\n\nOriginal: English\n\nGeneral Assembly\nSeventy-seventh session\nAgenda item 30\nPrevention of armed conflict\n\nSecurity Council\nSeventy-seventh year\n`;
    const note = `${masthead}\nThe Permanent Mission of Armenia to the United Nations presents its compliments to the Secretary-General of the United Nations and has the honour to transmit herewith the statement of the Ministry (see annex).${' The situation remains grave.'.repeat(8)}\n\nThe Permanent Mission would be grateful if the present note verbale and its annex could be circulated as a document of the General Assembly, under agenda item 30, and of the Security Council.\n`;
    const letter = `${masthead}\n${' The situation remains grave.'.repeat(8)}\n${BODY}`.replace(
      /\n +/,
      '\nI have the honour to refer to the situation.',
    );
    for (const [kind, text] of [
      ['note-verbale', note],
      ['letter', letter],
    ] as const) {
      const printed = read(text).record;
      for (const [copy, sep] of [
        ['flattened', ' '],
        ['run together', ''],
      ] as const) {
        const { record } = read(
          text
            .split(/\n\n+/)
            .map((p) => p.replace(/\s+/g, ' ').trim())
            .join(sep),
        );
        const facts = (r: DocumentRecord) => [
          r.kind,
          r.symbols,
          r.distributionDate,
          organs(r),
          r.agendaItems.length,
          r.originalLanguage,
          r.addressee?.name ?? null,
          r.signatories.map((x) => x.name),
        ];
        expect(facts(record), `${kind} ${copy}`).toEqual(facts(printed));
        expect(record.kind).toBe(kind);
      }
    }
  });

  it('an older masthead a copy ran together: logo and organ, distribution and symbol, language and organ, an organ’s two words', () => {
    const { record } = read(
      'UNITEDNATIONSGeneral Assembly\nSecurityCouncil\nDistr. GENERALA/48/123 S/25637 21 April 1993 ENGLISH ORIGINAL: RUSSIANGENERAL ASSEMBLY SECURITY COUNCIL\nForty-seventh session Forty-eighth year\nAgenda item 35LETTER DATED 20 APRIL 1993FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL\n\nI have the honour to transmit the statement.\n\n(Signed) Hasan HASANOV\n',
    );
    expect([record.symbols, record.distributionDate, record.originalLanguage]).toEqual([
      ['A/48/123', 'S/25637'],
      '1993-04-21',
      'ru',
    ]);
    expect(organs(record)).toEqual(['GA regular 47', 'SC 1993']);
    expect([record.date, record.agendaItems.map((a) => a.number)]).toEqual(['1993-04-20', ['35']]);
    // Its title in capitals, run on to the letter's first words in a flattened copy.
    const flat = read(
      `UNITED NATIONS S/25600 Security Council Distr. GENERAL 2 February 1994 ORIGINAL: ENGLISH LETTER DATED 1 FEBRUARY 1994 FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCILI have the honour to transmit the statement.${' It is grave.'.repeat(30)} (Signed) Hasan HASANOV`,
    ).record;
    expect([flat.addressee?.name, flat.signatories[0]?.name]).toEqual([
      'President of the Security Council',
      'Hasan HASANOV',
    ]);
  });

  it('a title a PDF copy ran on to the line above it, in a copy with its lines', () => {
    for (const above of [
      'Prevention of armed conflict',
      'Seventy-seventh year',
      'Original: English',
    ]) {
      const { record } = read(
        `United Nations A/77/382–S/2022/567\n\nGeneral Assembly\nSecurity Council\nDistr.: General\n14 September 2022\n\n${above === 'Original: English' ? '' : 'Original: English\n\n'}General Assembly\nSeventy-seventh session\nAgenda item 30\n${above === 'Prevention of armed conflict' ? '' : 'Prevention of armed conflict\n\n'}Security Council\n${above === 'Seventy-seventh year' ? '' : 'Seventy-seventh year\n\n'}${above}${TITLE.replace(' from the Permanent Representative of', ' from the Permanent Representative of\n')}\n${BODY}`,
      );
      expect(
        [
          record.kind,
          record.date,
          record.author?.country,
          record.addressee?.name,
          record.agendaItems.length,
        ],
        above,
      ).toEqual(['letter', '2022-09-13', 'Armenia', 'Secretary-General of the United Nations', 1]);
    }
    // The letter's first words run on to the title's last line.
    const { record } = read(
      `${SC_MASTHEAD.replace(/ (?=Security|Distr|14|Original)/g, '\n')}\n\n${TITLE.replace(' to the United', '\nto the United')}I have the honour to refer to the letter (A/77/100).\n\n(Signed) Jane Example\n`,
    );
    expect([record.addressee?.name, refs(record), record.signatories[0]?.name]).toEqual([
      'Secretary-General of the United Nations',
      ['A/77/100'],
      'Jane Example',
    ]);
  });

  it('a title whose words a PDF copy ran together, printed and flattened', () => {
    for (const title of [
      'Letterdated 2 March 2021 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General',
      'Letter dated2 March 2021 fromthe Permanent Representative of Armenia to the United Nations addressedto the Secretary-General',
      'Letter dated 2March2021 from the Permanent Representative ofArmenia to theUnited Nations addressed to theSecretary-General',
    ]) {
      for (const [copy, text] of [
        ['printed', `${SC_MASTHEAD}\n\n${title}\n${BODY}`],
        ['flattened', `${SC_MASTHEAD} ${title} ${BODY}`.replace(/\s+/g, ' ')],
      ] as const) {
        const { record } = read(text);
        expect(
          [record.kind, record.title, record.date, record.author?.country, record.addressee?.name],
          `${copy}: ${title}`,
        ).toEqual([
          'letter',
          title,
          '2021-03-02',
          'Armenia',
          'Secretary-General of the United Nations',
        ]);
      }
    }
  });

  it('a web page whose paragraphs a copy ran together with nothing between them', () => {
    // A page title that ends on the symbol, run on to the letter's first words.
    const { record: post } = read(
      `${TITLE} (A/77/382–S/2022/567)I have the honour to transmit the statement.${' It is grave.'.repeat(30)}`,
    );
    expect([post.addressee?.name, post.symbols]).toEqual([
      'Secretary-General of the United Nations',
      ['A/77/382', 'S/2022/567'],
    ]);
    for (const [addressee, name] of [
      ['the Secretary-General', 'Secretary-General of the United Nations'],
      ['the President of the Security Council', 'President of the Security Council'],
    ]) {
      const title = `Letter dated 2 March 2021 from the Permanent Representative of Armenia to the United Nations addressed to ${addressee}`;
      const { record } = read(
        [
          `${SC_MASTHEAD} `,
          title,
          `I have the honour to refer to the letter (A/75/700-S/2021/100)and to transmit herewith the statement of the Ministry.${' It is grave.'.repeat(30)}`,
          'I should be grateful if you would have the present letter and its annex circulated as a document of the Security Council.',
          '(Signed) Jane Example',
          'Ambassador',
          'Permanent Representative',
          `Annex to the letter dated 2 March 2021 from the Permanent Representative of Armenia to the United Nations addressed to ${addressee}`,
          'Statement of the Ministry of Foreign Affairs',
        ].join(''),
      );
      expect(
        [record.title, record.addressee?.name, refs(record), record.annexes.length],
        addressee,
      ).toEqual([title, name, ['A/75/700-S/2021/100'], 1]);
      expect(record.signatories, addressee).toEqual([
        { name: 'Jane Example', title: 'Ambassador', role: 'Permanent Representative' },
      ]);
    }
    // An unsigned name after the closing, and after a title to an addressee of no fixed form.
    const { record } = read(
      `${SC_MASTHEAD} Letter dated 2 March 2021 from the Permanent Representative of Armenia to the United Nations addressed to the United Nations High Commissioner for Human RightsI have the honour to transmit the statement.${' It is grave.'.repeat(30)} Please accept the assurances of my highest consideration.Jane ExampleAmbassadorPermanent Representative`,
    );
    expect(record.addressee?.name).toBe('United Nations High Commissioner for Human Rights');
    expect(record.signatories).toEqual([
      { name: 'Jane Example', title: 'Ambassador', role: 'Permanent Representative' },
    ]);
  });

  it('a repeated masthead line, PDF viewer lines, a flattened copy after them', () => {
    const flat = `United Nations A/75/356–S/2020/947 General Assembly Distr.: General 28 September 2020 Security Council Original: English General Assembly Security Council Seventy-fifth session Seventy-fifth year Agenda items 34 and 71 Prevention of armed conflict Right of peoples to self-determination ${TITLE.replace('13 September 2022', '27 September 2020')} I have the honour to enclose herewith a letter from the Minister for Foreign Affairs of Armenia regarding the situation (see annex). I should be grateful if you would have the present letter and its annex circulated as a document of the General Assembly, under agenda items 34 and 71, and of the Security Council. (Signed) Jane Example Ambassador Permanent Representative 20-12655 (E) 011020 *2012655* A/75/356 S/2020/947 Annex to the letter dated 27 September 2020 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General Excellency, I write to you about the situation.`;
    const { record, removed } = read(`
General Assembly Security Council Seventy-Fifth Session Seventy-Fifth Year Agenda Items 34 and 71
Total Page:16
File Type:pdf, Size:1020Kb
${flat}`);
    expect(organs(record)).toEqual(['GA regular 75', 'SC 2020']);
    expect(agenda(record)).toEqual([
      '34: Prevention of armed conflict',
      '71: Right of peoples to self-determination',
    ]);
    expect(record.signatories.map((s) => s.name)).toEqual(['Jane Example']);
    expect(record.annexes).toHaveLength(1);
    expect(removed.find((r) => r.kind === 'web-chrome')?.lines).toEqual([1, 2, 3]);
    expect(refs(record)).toEqual([]);
    // Copied from the symbol on, without "United Nations": the page title's agenda line is read
    // as a masthead line too, and its items are the document's own, each once, with its title.
    const fromSymbol = read(`
General Assembly Security Council Seventy-Fifth Session Seventy-Fifth Year Agenda Items 34 and 71
${flat.replace(/^United Nations /, '')}`).record;
    expect(agenda(fromSymbol)).toEqual([
      '34: Prevention of armed conflict',
      '71: Right of peoples to self-determination',
    ]);
    expect(organs(fromSymbol)).toEqual(['GA regular 75', 'SC 2020']);
  });

  it('a title without "dated", as a mission’s site prints it: "Letter of 13 September 2022 from", "Letter from", "Letter of the"', () => {
    const of = TITLE.replace('Letter dated 13 September 2022', 'Letter of 13 September 2022');
    const from = TITLE.replace('Letter dated 13 September 2022', 'Letter');
    const ofThe = TITLE.replace('Letter dated 13 September 2022 from', 'Letter of');
    for (const [title, date] of [
      [of, '2022-09-13'],
      [from, null],
      [ofThe, null],
      [`${ofThe}, 13 September 2022`, '2022-09-13'],
    ] as const) {
      // A web post, with no masthead, and a document under one.
      for (const text of [`${title}\n${BODY}`, `${SC_MASTHEAD}\n\n${title}\n${BODY}`]) {
        const { record, warnings } = read(text);
        expect(record, text).toMatchObject({
          kind: 'letter',
          title,
          date,
          author: { country: 'Armenia' },
          addressee: { name: 'Secretary-General of the United Nations' },
        });
        expect(record.provenance.kind).toMatchObject({ evidence: [{ quote: 'Letter' }] });
        if (!date) expect(warnings.map((w) => w.code)).toContain('title-no-date');
      }
    }
    // "Letter of the …" wrapped before "addressed to".
    const wrapped = read(`${ofThe.replace(' addressed to', '\naddressed to')}\n${BODY}`).record;
    expect(wrapped).toMatchObject({ kind: 'letter', title: ofThe, author: { country: 'Armenia' } });
  });

  it('a copy cut short in its title keeps no half-printed State or addressee', () => {
    const masthead = `${SC_MASTHEAD}\n\n`;
    const cut = (upTo: string) =>
      read(`${masthead}${TITLE.slice(0, TITLE.indexOf(upTo) + upTo.length)}`).record;
    expect(cut('of Armen')).toMatchObject({ author: { country: null }, addressee: null });
    expect(cut('of Armenia')).toMatchObject({ author: { country: 'Armenia' } });
    for (const end of ['Armenia to', 'Armenia to the Uni', 'Armenia to the United Nations'])
      expect(cut(end).author?.country, end).toBe('Armenia');
    expect(cut('to the Secretary').addressee).toBeNull();
    expect(cut('to the Secretary-General').addressee?.name).toBe(
      'Secretary-General of the United Nations',
    );
    // With its body, a title names what it names, whole or not.
    expect(
      read(
        `${TITLE.replace('Secretary-General', 'Special Rapporteur on the right to food')}\n${BODY}`,
      ).record.addressee?.name,
    ).toBe('Special Rapporteur on the right to food');
  });

  it('a site’s title naming the United Nations "UN", and the addressee without "addressed"', () => {
    for (const title of [
      'Letter of the Permanent Representative of Armenia to the UN addressed to the UN Secretary-General',
      'Letter of the Permanent Representative of Armenia to the UN to the UN Secretary-General',
      'Letter of the Permanent Representative of Armenia to the UN Secretary-General',
      'Letter from the Permanent Representative of Armenia to the United Nations to the Secretary-General',
    ]) {
      const { record } = read(`${title}\n${BODY}`);
      expect(record, title).toMatchObject({
        kind: 'letter',
        title,
        author: { country: 'Armenia' },
        addressee: { name: 'Secretary-General of the United Nations' },
      });
    }
    const two = read(
      `Letter of the Permanent Representative of Armenia to the UN addressed to the UN Secretary-General and the President of the UN Security Council\n${BODY}`,
    ).record;
    expect(two.otherAddressees?.map((a) => a.name)).toEqual(['President of the Security Council']);
  });

  it('a title without a date over the letter’s dateline: the date is the dateline’s, not the addressee’s', () => {
    const from = TITLE.replace('Letter dated 13 September 2022', 'Letter');
    for (const gap of ['\n\n', '\n']) {
      const text = `${from}${gap}New York, 13 September 2022\n\nExcellency,\n${BODY}`;
      const { record, warnings } = read(text);
      expect(record, text).toMatchObject({
        title: from,
        date: '2022-09-13',
        addressee: { name: 'Secretary-General of the United Nations' },
      });
      expect(record.provenance.date).toEqual({
        status: 'stated',
        evidence: [{ line: gap.length + 1, quote: '13 September 2022' }],
      });
      expect(warnings.map((w) => w.code)).not.toContain('title-no-date');
    }
    // A date alone, above or under the title, may be a site's (the day it posted the letter).
    for (const text of [
      `13 September 2022\n\n${from}\n${BODY}`,
      `${from}\n13 September 2023\n${BODY}`,
      `${from}\n\nSeptember 13, 2023\n${BODY}`,
    ]) {
      const { record, warnings } = read(text);
      expect(record, text).toMatchObject({
        title: from,
        date: null,
        addressee: { name: 'Secretary-General of the United Nations' },
      });
      expect(warnings.map((w) => w.code)).toContain('title-no-date');
    }
  });

  it('a web post: its date, a page title repeating the letter title with the symbol', () => {
    const post = `
April 19, 2024

Letter dated 7 June 2004 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary General (A/58/859–S/2004/598)

United Nations

A/58/859–S/2004/598

General Assembly

Security Council

Distr.: General

27 July 2004

Original: English

General Assembly       Security Council
Fifty-eighth session       Fifty-ninth year
Agenda item 30
Question of Cyprus

Letter dated 26 July 2004 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General
${BODY}`;
    // As printed, and flattened onto one line (the page title and date are then the page's own).
    for (const text of [post, post.replace(/\s+/g, ' ')]) {
      const { record } = read(text);
      expect(record.date).toBe('2004-07-26');
      expect(record.distributionDate).toBe('2004-07-27');
      expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
      expect(record.symbols).toEqual(['A/58/859', 'S/2004/598']);
      expect(organs(record)).toEqual(['GA regular 58', 'SC 2004']);
      expect(agenda(record)).toEqual(['30: Question of Cyprus']);
      expect(record.signatories.map((x) => x.name)).toEqual(['Jane Example']);
    }
  });

  it('the signature’s evidence quotes the signature, not the flattened line it is on', () => {
    const flat = read(`${SC_MASTHEAD} ${TITLE} ${BODY}`.replace(/\s+/g, ' '));
    expect(flat.record.provenance.signatories).toEqual({
      status: 'stated',
      evidence: [{ line: 1, quote: '(Signed) Jane Example Permanent Representative' }],
    });
  });

  it('signatures side by side, a name and a role each: two signatories, each quoted alone', () => {
    const columns = read(
      `${SC_MASTHEAD}\n\n${TITLE}\n${BODY.replace(
        '(Signed) Jane Example\nPermanent Representative',
        `${'(Signed) Jane Example'.padEnd(38)}(Signed) John Example\n${'Permanent Representative'.padEnd(38)}Permanent Representative`,
      )}`,
    );
    expect(columns.record.signatories).toEqual([
      { name: 'Jane Example', title: null, role: 'Permanent Representative' },
      { name: 'John Example', title: null, role: 'Permanent Representative' },
    ]);
    expect(columns.record.provenance.signatories).toMatchObject({
      evidence: [{ quote: '(Signed) Jane Example' }],
    });
  });

  it('a document site’s page title in title case above the letter is the page’s', () => {
    const { record } = read(`
Letter Dated 10 May 2021 From The Permanent Representative Of Georgia To The United
Total Page:3
File Type:pdf, Size:200Kb
${`Letter dated 10 May 2021 from the Permanent Representative of Georgia to the United Nations addressed to the Secretary-General ${BODY}`.replace(/\s+/g, ' ')}${' The situation remains grave.'.repeat(10)}`);
    expect(record.title).toBe(
      'Letter dated 10 May 2021 from the Permanent Representative of Georgia to the United Nations addressed to the Secretary-General',
    );
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
  });

  it('a page that repeats the title above a flattened document, chrome between', () => {
    const title =
      'Identical letters dated 2 November 2007 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General and the President of the Security Council';
    const document = `General Assembly 2 November 2007 Original: English ${title} ${BODY}`;
    const { record } = read(
      `${title}\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n${document.replace(/\s+/g, ' ')}${' It is grave.'.repeat(20)}`,
    );
    expect(record.distributionDate).toBe('2007-11-02');
    expect(organs(record)).toEqual(['GA regular null']);
    expect(record.originalLanguage).toBe('en');
  });

  it('a flattened web copy’s unsigned name after the closing is its signature', () => {
    const { record } = read(
      `Letter dated 10 May 2021 from the Permanent Representative of Georgia to the United Nations addressed to the Secretary-General Excellency, I have the honour to transmit herewith the statement of the Ministry.${' It is grave.'.repeat(30)} Please accept, Excellency, the assurances of my highest consideration. Kakha Imnadze Ambassador Extraordinary and Plenipotentiary Permanent Representative of Georgia to the United Nations`,
    );
    expect(record.signatories).toEqual([
      {
        name: 'Kakha Imnadze',
        title: 'Ambassador Extraordinary and Plenipotentiary',
        role: 'Permanent Representative of Georgia to the United Nations',
      },
    ]);
  });

  it('a signature marked "(Sgd.)", as older documents and annexes abridge it', () => {
    const { record } = read(
      `${SC_MASTHEAD}\n\n${TITLE}\n${BODY.replace('(Signed) Jane Example', '(Sgd.) Jane Example')}`,
    );
    expect(record.signatories).toEqual([
      { name: 'Jane Example', title: null, role: 'Permanent Representative' },
    ]);
  });

  it('a flattened copy’s signature marked "[Signed]" or "(Sgd.)", or unmarked after the request to circulate', () => {
    for (const mark of ['[Signed] ', '(Sgd.) ', '']) {
      const { record } = read(
        `${SC_MASTHEAD} ${TITLE} I have the honour to transmit herewith the statement of the Ministry.${' It is grave.'.repeat(30)} I should be grateful if you would have the present letter circulated as a document of the Security Council. ${mark}Jane Example Ambassador Permanent Representative`,
      );
      expect(record.signatories, JSON.stringify(mark)).toEqual([
        { name: 'Jane Example', title: 'Ambassador', role: 'Permanent Representative' },
      ]);
    }
  });

  it('a flattened web post with no masthead: its page title, then the letter', () => {
    const { record } = read(
      `Letter dated 22 January 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General (A/74/676–S/2020/70) ${BODY}`.replace(
        /\s+/g,
        ' ',
      ) + ' The situation remains grave. '.repeat(10),
    );
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
    expect(record.symbols).toEqual(['A/74/676', 'S/2020/70']);
  });

  it('a flattened web post after its site’s name, menu, page title and date, chrome below it', () => {
    const page = [
      'Permanent Mission of the Republic of Armenia to the United Nations',
      'Home About News Statements Contact',
      'Letter of the Permanent Representative to the Secretary-General on the situation',
      '14 September 2022',
      TITLE,
      ' The situation remains grave.'.repeat(8),
      BODY.trim(),
      'Tags: Letters, Security Council',
      '© 2022 Permanent Mission of the Republic of Armenia to the UN',
    ];
    for (const [copy, sep] of [
      ['flattened', ' '],
      ['run together', ''],
    ] as const) {
      const { record } = read(page.join(sep).replace(/\s+/g, ' '));
      expect(
        [record.kind, record.date, record.author?.country, record.addressee?.name],
        copy,
      ).toEqual(['letter', '2022-09-13', 'Armenia', 'Secretary-General of the United Nations']);
      expect(record.signatories, copy).toEqual([
        { name: 'Jane Example', title: null, role: 'Permanent Representative' },
      ]);
      expect(JSON.stringify(record.body), copy).not.toMatch(/Tags:|©/);
    }
    // A post titled as the site titles it, with no "dated", its date after the title.
    const post = [
      'Home / News / Letters',
      'Letter of the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General',
      '13 September 2022',
      'Excellency,',
      `I have the honour to transmit the statement.${' The situation remains grave.'.repeat(8)}`,
      'Please accept, Excellency, the assurances of my highest consideration.',
      'Jane Example',
      'Permanent Representative',
    ];
    for (const [copy, sep] of [
      ['flattened', ' '],
      ['run together', ''],
    ] as const) {
      const { record } = read(post.join(sep));
      expect(
        [record.kind, record.author?.country, record.addressee?.name, record.signatories[0]?.name],
        copy,
      ).toEqual(['letter', 'Armenia', 'Secretary-General of the United Nations', 'Jane Example']);
    }
    // A site's text that cites a letter in a sentence before it is no post of that letter.
    const { record } = read(
      `News and events. The Mission published ${TITLE} ${BODY}`.replace(/\s+/g, ' ') +
        ' The situation remains grave.'.repeat(10),
    );
    expect(record.kind).not.toBe('letter');
  });

  it('a web post of an older document: the page title above a masthead in the old style', () => {
    const { record } = read(`
LETTER DATED 1 FEBRUARY 1994 FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL (S/1994/105)

UNITED
NATIONS

Security Council

Distr.
GENERAL

S/1994/105
2 February 1994

ORIGINAL: ENGLISH

LETTER DATED 1 FEBRUARY 1994 FROM THE PERMANENT REPRESENTATIVE OF AZERBAIJAN TO THE UNITED NATIONS ADDRESSED TO THE PRESIDENT OF THE SECURITY COUNCIL
${BODY}

Follow UNISPAL Twitter RSS
`);
    expect(record.symbols).toEqual(['S/1994/105']);
    expect(organs(record)).toEqual(['SC 1994']);
    expect(record.distributionDate).toBe('1994-02-02');
    expect(record.originalLanguage).toBe('en');
    expect(record.date).toBe('1994-02-01');
    // The site's footer under the letter is chrome, not the signatory's role.
    expect(record.signatories).toEqual([
      { name: 'Jane Example', title: null, role: 'Permanent Representative' },
    ]);
    expect(record.body.filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });

  it('a web post of a copy whose masthead has no logo: the page title above the session line', () => {
    const { record } = read(`
April 19, 2024

${TITLE} (A/60/800)

General Assembly Sixtieth session
Agenda item 30
Question of Cyprus

${TITLE}
${BODY}`);
    expect(organs(record)).toEqual(['GA regular 60']);
    expect(agenda(record)).toEqual(['30: Question of Cyprus']);
    expect(record.body[0]?.type).toBe('masthead');
  });

  it('an older document, as printed and flattened: logo on two lines, title in capitals, old footer', () => {
    const text = `
UNITED
NATIONS

General Assembly
Security Council

Distr.
GENERAL

A/45/95
S/21130
2 February 1990

ORIGINAL: RUSSIAN

LETTER DATED 1 FEBRUARY 1990 FROM THE PERMANENT REPRESENTATIVE OF THE
UNION OF SOVIET SOCIALIST REPUBLICS TO THE UNITED NATIONS ADDRESSED
TO THE SECRETARY-GENERAL

I have the honour to transmit herewith the text of the statement of the Supreme Soviet of the Azerbaijan Soviet Socialist Republic of 22 January 1990.

I should be grateful if you would have the text of this letter and its annex circulated as an official document of the General Assembly and of the Security Council.

(Signed) A. EXAMPLE

90-03456 1234a (E) /...

ANNEX

Statement of the Supreme Soviet of the Azerbaijan Soviet Socialist Republic

On the night of 19 to 20 January 1990 units of the Soviet Army entered the city of Baku.
`;
    const TITLE_1990 =
      'LETTER DATED 1 FEBRUARY 1990 FROM THE PERMANENT REPRESENTATIVE OF THE UNION OF SOVIET SOCIALIST REPUBLICS TO THE UNITED NATIONS ADDRESSED TO THE SECRETARY-GENERAL';
    for (const copy of [text, text.replace(/\s+/g, ' ')]) {
      const { record, removed } = read(copy);
      expect(record).toMatchObject({
        kind: 'letter',
        title: TITLE_1990,
        date: '1990-02-01',
        symbols: ['A/45/95', 'S/21130'],
        distributionDate: '1990-02-02',
        originalLanguage: 'ru',
      });
      // The session is the symbol's; S/21130 carries no year, and none is printed.
      expect(organs(record)).toEqual(['GA regular 45', 'SC null']);
      expect(record.signatories.map((s) => s.name)).toEqual(['A. EXAMPLE']);
      expect(record.annexes.map((a) => a.title)).toEqual(['ANNEX']);
      // The footer is page furniture, not a paragraph of the letter or of its annex.
      const all = [...record.body, ...record.annexes.flatMap((a) => a.body)];
      expect(all.some((b) => 'text' in b && b.text.includes('90-03456'))).toBe(false);
      if (copy === text) {
        const masthead = record.body[0];
        expect(masthead?.type === 'masthead' && masthead.lines.slice(0, 2)).toEqual([
          'UNITED',
          'NATIONS',
        ]);
        expect(removed.find((r) => r.kind === 'web-chrome')).toBeUndefined();
      }
    }
  });

  it('a web page date above a masthead that prints none is not the distribution date', () => {
    const pageTitle =
      'Letter from the Permanent Representative of Armenia to the United Nations Addressed to the President of the Security Council';
    // The page title as printed, and wrapped at 60 characters: its "United Nations" and "Council"
    // are no masthead's.
    for (const title of [pageTitle, pageTitle.replace(/(.{1,60})(?: |$)/g, '$1\n').trimEnd()]) {
      const { record } = read(`
${title}

September 13, 2023

View PDF of document

General Assembly
Security Council
Seventy-seventh session
Item 30 of the provisional agenda*
Prevention of armed conflict
Seventy-seventh year

${TITLE}
${BODY}`);
      expect(record.distributionDate, title).toBeNull();
      expect(organs(record)).toEqual(['GA regular 77', 'SC 2022']);
      expect(agenda(record)).toEqual(['30: Prevention of armed conflict']);
      expect(record.agendaItems[0]?.list).toBe('provisional');
    }
  });

  it('a bare date under the masthead is the distribution date when no Distr.: label is printed', () => {
    const { record } = read(`
        General Assembly
2 November 2007

Original: English

${TITLE.replace('13 September 2022', '2 November 2007')}
${BODY}`);
    expect(record.distributionDate).toBe('2007-11-02');
    expect(organs(record)).toEqual(['GA regular null']);
  });
});

describe('character references', () => {
  it('a web copy’s HTML character references read as their characters, listed, and quoted as printed', () => {
    const { record, warnings, removed } = read(`
United Nations A/74/956&ndash;S/2020/719

General Assembly Distr.: General
3 September 2020

Original: English

Seventy-fourth session

Letter dated 1 September 2020 from the Charg&eacute; d&#39;affaires a.i. of the Permanent Mission of Armenia to the United Nations addressed to the Secretary-General

I have the honour to refer to the letter (A/74/950&#8211;S/2020/700) on trade &amp; transit.

(Signed) Jane Example
`);
    expect(record.symbols).toEqual(['A/74/956', 'S/2020/719']);
    expect(record.provenance.symbols).toMatchObject({
      evidence: [{ quote: 'A/74/956&ndash;S/2020/719' }],
    });
    expect(record.author?.country).toBe('Armenia');
    expect(record.title).toContain("Chargé d'affaires a.i.");
    expect(record.provenance.author).toMatchObject({
      evidence: [
        {
          quote: expect.stringMatching(/^from the Charg&eacute; d&#39;affaires a\.i\. .* Nations$/),
        },
      ],
    });
    expect(refs(record)).toEqual(['A/74/950-S/2020/700']);
    expect(record.body.find((b) => b.type === 'paragraph')).toMatchObject({
      text: 'I have the honour to refer to the letter (A/74/950–S/2020/719) on trade & transit.'.replace(
        '719)',
        '700)',
      ),
    });
    expect(removed.find((r) => r.kind === 'html-entity')?.lines).toEqual([1, 10, 12]);
    expect(record.source.normalisations.map((n) => n.kind)).toContain('html-entity');
    expect(validateRecord(record).ok).toBe(true);
    expect(warnings.map((w) => w.code)).toEqual([]);
  });
});

describe('title lines', () => {
  it('a title wrapped anywhere in a long addressee, with or without a blank line before the body', () => {
    const wrong: string[] = [];
    for (const to of [
      'the Special Rapporteur on the situation of human rights defenders',
      'the United Nations High Commissioner for Human Rights',
      'the Chair of the Security Council Committee established pursuant to resolution 1718 (2006)',
    ]) {
      const title = `Letter dated 1 February 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to ${to}`;
      const words = title.split(' ');
      for (let k = 14; k < words.length; k++)
        for (const gap of ['\n', '']) {
          const { record } = read(`
United Nations S/2020/100
Security Council Distr.: General
3 February 2020

${words.slice(0, k).join(' ')}
${words.slice(k).join(' ')}
${gap}The situation in the region remains grave, and I write to draw your attention to it.

(Signed) Jane Example
`);
          if (record.title !== title) wrong.push(`${k}${gap ? '' : ' blankless'}: ${record.title}`);
        }
    }
    expect(wrong).toEqual([]);
  });

  it('a page title cut off from its document goes on over no masthead line', () => {
    const { record } = read(`
Letter dated 3 April 2013 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General (A/67/824-S/2013/211)
United Nations
A/67/824–S/2013/211
General Assembly
Distr.: General
`);
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
    expect(record.title).toMatch(/Secretary-General \(A\/67\/824-S\/2013\/211\)$/);
  });

  it('a page title cut inside its symbol, or followed by the page’s own lines', () => {
    for (const text of [
      'Letter dated 3 April 2013 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General (A/67/8',
      'Letter dated 3 April 2013 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General (A',
      'Letter dated 3 April 2013 from the Permanent Representative of Cyprus to the United Nations addressed to the Secretary-General (A/67/824)\nFormat\nUN Document\nSource\nUN GA',
    ])
      expect(read(text).record.addressee?.name, text).toBe(
        'Secretary-General of the United Nations',
      );
  });

  it('a copy that dropped the State or the addressee names neither, not "the"', () => {
    const { record } = read(
      'Letter dated 1 February 2020 from the Permanent Representative of the to the United Nations addressed to the\n' +
        BODY,
    );
    expect(record.author?.country).toBeNull();
    expect(record.addressee).toBeNull();
  });

  it('addressees: the subject, a trailing symbol, and two addressees', () => {
    const base =
      'Letter dated 2 November 2007 from the Permanent Representative of Cyprus to the United Nations addressed to the ';
    const title = (to: string) => read(`${base}${to}\n${BODY}`).record;
    expect(
      title('President of the Security Council regarding the situation in Cyprus').addressee?.name,
    ).toBe('President of the Security Council');
    expect(title('Secretary-General (A/67/824-S/2013/211)').addressee?.name).toBe(
      'Secretary-General of the United Nations',
    );
    // A footnote mark on the title's last word is not the addressee's.
    expect(title('Secretary-General*').addressee?.name).toBe(
      'Secretary-General of the United Nations',
    );
    expect(title('President of the Security Council1').addressee?.name).toBe(
      'President of the Security Council',
    );
    expect(title('Secretary-General 1').addressee?.name).toBe(
      'Secretary-General of the United Nations',
    );
    // An OCR copy's 1 for the l that ends the name is no footnote mark.
    expect(title('Secretary-Genera1').addressee?.name).toBe(
      'Secretary-General of the United Nations',
    );
    expect(title('President of the Security Counci1').addressee?.name).toBe(
      'President of the Security Council',
    );
    expect(title('Chair of the Group of 77').addressee?.name).toBe('Chair of the Group of 77');
    const two = title('Secretary-General and to the President of the Security Council');
    expect([two.addressee, ...(two.otherAddressees ?? [])].map((p) => p?.name)).toEqual([
      'Secretary-General of the United Nations',
      'President of the Security Council',
    ]);
    const three = title(
      'Secretary-General, the President of the General Assembly and the President of the Security Council',
    );
    expect([three.addressee, ...(three.otherAddressees ?? [])].map((p) => p?.name)).toEqual([
      'Secretary-General of the United Nations',
      'President of the General Assembly',
      'President of the Security Council',
    ]);
  });

  it('a title hard-wrapped at a compound’s hyphen, and a word hyphenated in it', () => {
    const { record, removed } = read(`
Letter dated 13 September 2022 from the Perma-
nent Representative of Armenia to the United Nations addressed to the Secretary-
General and the President of the Security Council
${BODY}`);
    expect(record.title).toBe(
      'Letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General and the President of the Security Council',
    );
    expect([record.addressee, ...(record.otherAddressees ?? [])].map((p) => p?.name)).toEqual([
      'Secretary-General of the United Nations',
      'President of the Security Council',
    ]);
    expect(record.author?.country).toBe('Armenia');
    expect(removed.find((r) => r.kind === 'hyphenation')?.lines).toEqual([2, 3]);
    expect(record.body.filter((b) => b.type === 'paragraph')).toHaveLength(2);
  });

  it('a PDF’s non-breaking hyphens: written as hyphens, and listed', () => {
    const { record, removed } = read(`
Letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary\u2011General
${BODY}`);
    expect(record.title).toBe(TITLE);
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
    expect(removed.find((r) => r.kind === 'hyphen')?.lines).toEqual([1]);
    expect(record.source.normalisations.find((n) => n.kind === 'hyphen')?.lines).toEqual([1]);
    // Evidence quotes the line as printed, its hyphen included.
    expect(record.provenance.addressee).toMatchObject({
      evidence: [{ line: 1, quote: 'addressed to the Secretary\u2011General' }],
    });
  });

  it('an OCR copy’s date with letters for digits: read through, with a warning', () => {
    const { record, warnings } = read(`
Letter dated l3 September 2O22 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General
${BODY}`);
    expect(record.date).toBe('2022-09-13');
    expect(record.provenance.date).toMatchObject({
      evidence: [{ line: 1, quote: 'l3 September 2O22' }],
    });
    expect(warnings.find((w) => w.code === 'date-guessed')?.path).toEqual(['line', 1]);
    // c for e in the title's words, a day split in two, the addressee's name misread.
    const ocr = read(`
Lettcr datcd 1 3 Septembcr 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-Gcneral
${BODY}`);
    expect(ocr.record).toMatchObject({
      kind: 'letter',
      title:
        'Lettcr datcd 1 3 Septembcr 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-Gcneral',
      date: '2022-09-13',
      author: { country: 'Armenia' },
      addressee: { name: 'Secretary-General of the United Nations' },
    });
    expect(ocr.record.provenance.kind).toMatchObject({ evidence: [{ quote: 'Lettcr' }] });
    expect(ocr.warnings.map((w) => w.code)).toContain('date-guessed');
  });

  it('a joint letter from the offices of several States: no one State is the author’s', () => {
    const joint = [
      'the Permanent Representatives of Georgia, the Republic of Moldova and Ukraine to the United Nations',
      'the representatives of Azerbaijan and Türkiye to the United Nations',
      'the Permanent Representative of Armenia and the Permanent Representative of France to the United Nations',
      'the Permanent Representative of Azerbaijan to the United Nations and the Permanent Observer of the Organization of Islamic Cooperation to the United Nations',
      'the Chargés d’affaires a.i. of the Permanent Missions of Armenia and France to the United Nations',
      'the Ministers for Foreign Affairs of Armenia and Azerbaijan',
    ];
    for (const from of joint) {
      const { record, warnings } = read(`
Letter dated 2 May 2022 from ${from} addressed to the Secretary-General
${BODY}`);
      expect(record.author, from).toEqual({ name: from.slice(4), kind: 'office', country: null });
      expect(warnings.map((w) => w.code)).not.toContain('title-no-country');
    }
  });

  it('"the representative of" a State, and an office "in its capacity as" chair of a group', () => {
    const author = (from: string) =>
      read(`
Letter dated 5 May 1993 from ${from} addressed to the Secretary-General
${BODY}`).record.author;
    expect(author('the representative of Azerbaijan to the United Nations')).toEqual({
      name: 'representative of Azerbaijan to the United Nations',
      kind: 'office',
      country: 'Azerbaijan',
    });
    const office = {
      name: 'Permanent Representative of Georgia to the United Nations',
      kind: 'office',
      country: 'Georgia',
    };
    for (const capacity of [
      ', in his capacity as Chair of the Group of 77,',
      ' in its capacity as Chair of the Group of Friends',
    ])
      expect(
        author(`the Permanent Representative of Georgia to the United Nations${capacity}`),
        capacity,
      ).toEqual(office);
    // Offices of several States, in their capacity: a joint letter's, no one State.
    expect(
      author(
        'the Permanent Representatives of Finland and Turkey to the United Nations in their capacity as Co-Chairs of the Group of Friends of Mediation',
      ),
    ).toEqual({
      name: 'Permanent Representatives of Finland and Turkey to the United Nations',
      kind: 'office',
      country: null,
    });
  });

  it('an upper-case title hard-wrapped over lines', () => {
    const { record } = read(`
LETTER DATED 17 JANUARY 2020 FROM THE PERMANENT REPRESENTATIVE OF THE
BOLIVARIAN REPUBLIC OF VENEZUELA TO THE UNITED NATIONS ADDRESSED TO THE
SECRETARY-GENERAL
${BODY}`);
    expect(record.date).toBe('2020-01-17');
    expect(record.author?.country).toBe('Venezuela (Bolivarian Republic of)');
    expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
    expect(record.title).toContain('SECRETARY-GENERAL');
  });

  it('dates as web pages print them', () => {
    expect(findDate('19 April, 2021')?.iso).toBe('2021-04-19');
    expect(findDate('January 02 2018')?.iso).toBe('2018-01-02');
    expect(findDate('posted 17 August 201813:33')?.iso).toBe('2018-08-17');
    expect(findDate('17 AUGUST 2018')?.iso).toBe('2018-08-17');
    expect(findDate('17 August 20181')).toBeNull();
  });
});

describe('annexes', () => {
  it('a copy flattened a page a line: the annex on the next page’s line, short as it is', () => {
    const ANNEX_TITLE =
      'Annex to the letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General';
    const page1 = `${SC_MASTHEAD} ${TITLE} ${BODY.trim().replace(/\s+/g, ' ')} 22-12345 (E) 140922 *2212345*`;
    const page2 = `S/2022/567 ${ANNEX_TITLE} Statement of the Ministry of Foreign Affairs The Ministry states its position.`;
    const { record } = read(`${page1}\n${page2}\n`);
    expect(record.signatories.map((s) => s.name)).toEqual(['Jane Example']);
    // As in a copy flattened whole, the annexed text's own title runs on into its text.
    expect(record.annexes.map((a) => a.title)).toEqual([ANNEX_TITLE]);
    expect(record.annexes[0]?.body).toEqual([
      {
        type: 'paragraph',
        n: 1,
        text: 'Statement of the Ministry of Foreign Affairs The Ministry states its position.',
      },
    ]);
    expect(record.body.some((b) => 'text' in b && b.text.includes('S/2022/567'))).toBe(false);
  });

  it('an annex heading with a footnote mark or the annexed text’s original language', () => {
    const annexed = (heading: string) =>
      read(`${TITLE}
${BODY}
${heading}

Statement of the Ministry of Foreign Affairs

The Ministry states that the situation remains grave.${' It is grave.'.repeat(30)}
`).record;
    for (const heading of [
      'Annex*',
      'Annex [Original: Russian]',
      'Annex\n[Original: Russian]',
      'Annex\n\n[Original: Russian]',
      'Annex to the letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General\n\n[Original: Arabic and French]',
      'Annex to the letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General*',
      'Annex to the letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General1',
    ]) {
      const record = annexed(heading);
      expect(
        record.annexes.map((a) => a.subtitle),
        heading,
      ).toEqual(['Statement of the Ministry of Foreign Affairs']);
      expect(
        record.signatories.map((x) => x.role),
        heading,
      ).toEqual(['Permanent Representative']);
      // Flattened: the heading is cut from the signature before it and the title after it.
      const flat = read(
        `${TITLE} ${BODY} ${heading} Statement of the Ministry of Foreign Affairs The Ministry states.${' It is grave.'.repeat(30)}`.replace(
          /\s+/g,
          ' ',
        ),
      ).record;
      expect(flat.annexes.length, `flattened ${heading}`).toBe(1);
    }
  });

  it('a bare annex heading over an annexed letter, as printed and flattened', () => {
    const annexed =
      'Letter dated 12 September 2022 from the Minister for Foreign Affairs of Armenia addressed to the Secretary-General';
    const text = `${TITLE}
${BODY}
Annex

${annexed}

Excellency,

I write to you about the situation.

(Signed) Ararat Example
`;
    for (const [copy, input] of [
      ['printed', text],
      ['flattened', text.replace(/\s+/g, ' ')],
    ] as const) {
      const { record } = read(input);
      expect(
        record.annexes.map((a) => [a.title, a.subtitle]),
        copy,
      ).toEqual([['Annex', annexed]]);
      expect(record.title, copy).toBe(TITLE);
      expect(
        record.signatories.map((s) => s.role),
        copy,
      ).toEqual(['Permanent Representative']);
    }
  });

  it('a flattened copy’s bare "Annex" under the signature, over the annexed text’s first sentence', () => {
    const { record } = read(
      `${TITLE} ${BODY} Annex On 20 January 1990, the Soviet army entered Baku. The Ministry remembers the victims.`.replace(
        /\s+/g,
        ' ',
      ),
    );
    expect(record.annexes.map((a) => a.title)).toEqual(['Annex']);
    expect(record.signatories.map((s) => s.role)).toEqual(['Permanent Representative']);
    // In the text, "Annex" and a capital are no heading.
    const inText = read(
      `${TITLE} I refer to the list in Annex I of the Agreement. ${BODY}`.replace(/\s+/g, ' '),
    ).record;
    expect(inText.annexes).toEqual([]);
  });

  it('an enclosure after an annex is part of that annex, not another', () => {
    const { record } = read(`${TITLE}
${BODY}
Annex to the letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the Secretary-General

Statement of the Ministry of Foreign Affairs

The Ministry reaffirms its position.

Enclosure

Declaration of the Ministers

The Ministers met in Yerevan.
`);
    expect(record.annexes.map((a) => [a.title.slice(0, 8), a.subtitle])).toEqual([
      ['Annex to', 'Statement of the Ministry of Foreign Affairs'],
    ]);
    expect((record.annexes[0] as Annex).body).toEqual([
      { type: 'paragraph', n: 1, text: 'The Ministry reaffirms its position.' },
      { type: 'heading', role: 'label', text: 'Enclosure' },
      { type: 'heading', role: 'subtitle', text: 'Declaration of the Ministers' },
      { type: 'paragraph', n: 2, text: 'The Ministers met in Yerevan.' },
    ]);
  });

  it('annexes lettered or numbered, and an "Annexes" heading over them, plain and flattened', () => {
    const annexed = (h1: string, h2: string, over = '') =>
      `${TITLE}
${BODY}
${over}${h1}

Statement of the Ministry of Foreign Affairs

The Ministry states that the situation remains grave.

${h2}

List of incidents

The incidents are listed in order of date.
`;
    for (const [h1, h2] of [
      ['Annex A', 'Annex B'],
      ['Annex 1', 'Annex 2'],
      [
        'Annex A to the letter dated 13 September 2022',
        'Annex B to the letter dated 13 September 2022',
      ],
      ['Enclosure 1', 'Enclosure 2'],
    ] as const) {
      const { record } = read(annexed(h1, h2));
      expect(
        record.annexes.map((a) => [a.title, a.subtitle]),
        h1,
      ).toEqual([
        [h1, 'Statement of the Ministry of Foreign Affairs'],
        [h2, 'List of incidents'],
      ]);
      expect(
        record.signatories.map((x) => x.name),
        h1,
      ).toEqual(['Jane Example']);
    }
    const flat = read(annexed('Annex A', 'Annex B').replace(/\s+/g, ' ')).record;
    expect(flat.annexes.map((a) => a.title)).toEqual(['Annex A', 'Annex B']);
    const headed = read(annexed('Annex I', 'Annex II', 'Annexes\n\n')).record;
    expect(headed.annexes.map((a) => a.title)).toEqual(['Annex I', 'Annex II']);
    expect(headed.body.at(-1)).toEqual({ type: 'heading', role: 'label', text: 'Annexes' });
    expect(headed.signatories.map((x) => x.name)).toEqual(['Jane Example']);
  });

  it('an enclosure with no annex before it is the letter’s attachment', () => {
    const { record } = read(`${TITLE}
${BODY}
Enclosure

The Ministers met in Yerevan.
`);
    expect(record.annexes.map((a) => a.title)).toEqual(['Enclosure']);
  });
});

describe('signatures', () => {
  const letter = (signature: string) =>
    read(`${TITLE}

I have the honour to transmit herewith a statement of the Ministry of Foreign Affairs (see annex).

${signature}
`).record.signatories;

  it('a footnote at the foot of the page under the signature is not the signatory’s role', () => {
    const { record } = read(`
United Nations S/2022/688

Security Council
Distr.: General
14 September 2022
Original: English

Letter dated 13 September 2022 from the Permanent Representative of Armenia to the United Nations addressed to the President of the Security Council

I have the honour to transmit herewith a statement of the Ministry of Foreign Affairs (see annex). 1

(Signed) Jane Example
Ambassador Extraordinary and Plenipotentiary
Permanent Representative

1
See also A/77/123–S/2022/567.

22-12345 (E) 150922
*2212345*
`);
    expect(record.signatories).toEqual([
      {
        name: 'Jane Example',
        title: 'Ambassador Extraordinary and Plenipotentiary',
        role: 'Permanent Representative',
      },
    ]);
    expect(refs(record)).toEqual(['A/77/123-S/2022/567']);
  });

  it('the full diplomatic title, and a role that names a long State', () => {
    expect(
      letter(`(Signed) Jane Example
Ambassador Extraordinary and Plenipotentiary
Permanent Representative of the United Kingdom of Great Britain and Northern Ireland to the United Nations`),
    ).toEqual([
      {
        name: 'Jane Example',
        title: 'Ambassador Extraordinary and Plenipotentiary',
        role: 'Permanent Representative of the United Kingdom of Great Britain and Northern Ireland to the United Nations',
      },
    ]);
  });

  it('words before the name: a form of address is not the name, a title is the title', () => {
    const signed = (block: string) => letter(block)[0];
    expect(signed('(Signed) H.E. Mr. Jane Example\nPermanent Representative')).toEqual({
      name: 'Jane Example',
      title: null,
      role: 'Permanent Representative',
    });
    expect(signed('(Signed) Ambassador Jane Example\nPermanent Representative')?.title).toBe(
      'Ambassador',
    );
    expect(signed('(Signed) Dr. Jane Example\nMinister for Foreign Affairs')).toEqual({
      name: 'Jane Example',
      title: 'Dr.',
      role: 'Minister for Foreign Affairs',
    });
    expect(signed('(Signed): Jane Example\nPermanent Representative')?.name).toBe('Jane Example');
    expect(signed('(Signed) Mr. Example\nPermanent Representative')?.name).toBe('Mr. Example');
    // A site's "Amb." is the title, and the letters of honours after the name are not the name.
    for (const block of [
      '(Signed) Amb. Jane Example, EBS\nPermanent Representative',
      'Amb. Jane Example, EBS, OBE\nPermanent Representative',
    ])
      expect(signed(block), block).toEqual({
        name: 'Jane Example',
        title: 'Ambassador',
        role: 'Permanent Representative',
      });
  });

  it('"Signed:" without brackets, and a complimentary close over the name, in a copy that lost its blank lines', () => {
    const jane = [{ name: 'Jane Example', title: null, role: 'Permanent Representative' }];
    for (const signature of [
      'Signed: Jane Example\nPermanent Representative',
      'Yours sincerely,\nJane Example\nPermanent Representative',
      'Sincerely,\n(Signed) Jane Example\nPermanent Representative',
    ]) {
      const text = `${SC_MASTHEAD}\n${TITLE}\nI have the honour to transmit herewith a statement of the Ministry of Foreign Affairs.\nPlease accept the assurances of my highest consideration.\n${signature}\n`;
      expect(read(text).record.signatories, signature).toEqual(jane);
      expect(read(text.replace(/\s+/g, ' ')).record.signatories, `${signature} flat`).toEqual(jane);
    }
  });

  it('the offices of the United Nations as a role, on the name’s line or under it', () => {
    expect(
      [
        '(Signed) Zhang Jun President of the Security Council',
        '(Signed) Jane Example, Chair of the Security Council Committee established pursuant to resolution 1533 (2004)',
        '(Signed) António Guterres Secretary-General',
        '(Signed) Jane Example\nVice-President of the General Assembly',
      ].map((block) => letter(block)[0]),
    ).toEqual([
      { name: 'Zhang Jun', title: null, role: 'President of the Security Council' },
      {
        name: 'Jane Example',
        title: null,
        role: 'Chair of the Security Council Committee established pursuant to resolution 1533 (2004)',
      },
      { name: 'António Guterres', title: null, role: 'Secretary-General' },
      { name: 'Jane Example', title: null, role: 'Vice-President of the General Assembly' },
    ]);
  });

  it('a copy that dropped the name: no signatory, where the rank would have been read as one', () => {
    for (const block of [
      '(Signed)\nAmbassador\nPermanent Representative',
      '(Signed) Ambassador\nPermanent Representative',
      '(Signed) Permanent Representative',
      '(Signed) Ambassador Permanent Representative',
    ])
      expect(letter(block), block).toEqual([]);
  });

  it('a copy cut short in the rank after the name: the fragment is not the name’s', () => {
    const nina = (signature: string) => letter(signature).map((s) => s.name);
    for (const cut of [
      '(Signed) Nina Example Am',
      '(Signed) Nina Example Permanent Represe',
      '(Signed) Nina Example\nAmbassador Permanent Repr',
      '(Signed) Nina Example Chargé d’aff',
    ])
      expect(nina(cut.trimEnd()), cut).toEqual(['Nina Example']);
    // Where the letter goes on, the words are the name's, whatever they are.
    expect(nina('(Signed) Nina Example Am\n\nAnnex\n\nThe text.')).toEqual(['Nina Example Am']);
  });

  it('"Ambassador and Permanent Representative": the title, then the role', () => {
    expect(letter('(Signed) Jane Example\nAmbassador and Permanent Representative')).toEqual([
      { name: 'Jane Example', title: 'Ambassador', role: 'Permanent Representative' },
    ]);
    // The "and" left at the end of the title's line.
    expect(
      letter(
        '(Signed) Jane Example\nAmbassador Extraordinary and Plenipotentiary and\nPermanent Representative',
      ),
    ).toEqual([
      {
        name: 'Jane Example',
        title: 'Ambassador Extraordinary and Plenipotentiary',
        role: 'Permanent Representative',
      },
    ]);
  });

  it('a signature a web page printed without "(Signed)", last in the letter or before an annex', () => {
    const jane = [{ name: 'Jane Example', title: 'Ambassador', role: 'Permanent Representative' }];
    expect(letter('Jane Example\nAmbassador\nPermanent Representative')).toEqual(jane);
    expect(letter('Jane Example Ambassador Permanent Representative')).toEqual(jane);
    expect(
      letter('Jane Example\n\nAmbassador\nPermanent Representative\n\nAnnex\n\nThe text.'),
    ).toEqual(jane);
    // The site's tags and footer under it are chrome, not text after the signature.
    expect(
      letter(
        'Jane Example\nAmbassador\nPermanent Representative\n\nTags: 20 January, Black January\n© 2023 Permanent Mission',
      ),
    ).toEqual(jane);
    // Not a name and a role with text after them, nor a name alone, nor a line with more words.
    expect(letter('Jane Example\nPermanent Representative\n\nThe letter goes on here.')).toEqual(
      [],
    );
    expect(letter('Jane Example')).toEqual([]);
    expect(letter('The Permanent Mission of Latvia\nPermanent Representative')).toEqual([]);
  });

  it('a name, title and role printed in capitals on one line', () => {
    expect(letter('(Signed) JANE EXAMPLE AMBASSADOR PERMANENT REPRESENTATIVE')).toEqual([
      { name: 'JANE EXAMPLE', title: 'Ambassador', role: 'PERMANENT REPRESENTATIVE' },
    ]);
  });
});

describe('what a document is', () => {
  it('titles of several letters or notes: "Letters dated 6 and 10 March", "Identical notes verbales"', () => {
    const cases: Array<[string, DocumentRecord['kind'], string]> = [
      [
        'Identical notes verbales dated 29 June 2001 from the Permanent Mission of Iraq to the United Nations addressed to the Secretary-General and the President of the Security Council',
        'note-verbale',
        'Iraq',
      ],
      [
        'Notes verbales dated 14 and 28 February 2020 from the Permanent Mission of Armenia to the United Nations addressed to the Secretary-General',
        'note-verbale',
        'Armenia',
      ],
      [
        'Letters dated 6 and 10 March 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
        'letter',
        'Azerbaijan',
      ],
    ];
    for (const [title, kind, country] of cases) {
      const { record } = read(`
United Nations S/2020/100
Security Council Distr.: General
3 March 2020

${title}

I have the honour to write.
`);
      expect([record.title, record.kind, record.author?.country]).toEqual([title, kind, country]);
      expect(record.addressee?.name).toBe('Secretary-General of the United Nations');
    }
  });

  it('a note verbale with its title line', () => {
    const { record } = read(`
United Nations A/78/321

General Assembly
Distr.: General
1 September 2023
Original: English

Seventy-eighth session

Note verbale dated 30 August 2023 from the Permanent Mission of Azerbaijan to the United Nations addressed to the Secretary-General

The Permanent Mission of Azerbaijan to the United Nations presents its compliments to the Secretary-General and has the honour to transmit herewith a statement (see annex).
`);
    expect(record.kind).toBe('note-verbale');
    expect(record.author).toEqual({
      name: 'Permanent Mission of Azerbaijan to the United Nations',
      kind: 'organization',
      country: 'Azerbaijan',
    });
  });

  it('a note verbale with no title line: the mission is the author, the addressee is the one named', () => {
    const { record } = read(`
The Permanent Mission of Armenia to the United Nations presents its compliments to the Office of the United Nations High Commissioner for Human Rights and has the honour to transmit the following.

The Permanent Mission avails itself of this opportunity to renew the assurances of its highest consideration.
`);
    expect(record.kind).toBe('note-verbale');
    expect(record.author?.country).toBe('Armenia');
    expect(record.addressee?.name).toBe(
      'Office of the United Nations High Commissioner for Human Rights',
    );
    expect(record.provenance.author.status).toBe('stated');
  });

  it('a note verbale whose title names no State: its opening names the mission in full', () => {
    const { record } = read(`
Note verbale dated 5 March 2020 from the Permanent Mission to the United Nations addressed to the Secretary-General

The Permanent Mission of the Bolivarian Republic of Venezuela to the United Nations presents its compliments to the Secretary-General and, with reference to his note, has the honour to transmit the following.
`);
    expect(record.author?.country).toBe('Venezuela (Bolivarian Republic of)');
    expect(record.provenance.author.status).toBe('stated');
    const untitled = read(record.body[1]?.type === 'paragraph' ? record.body[1].text : '').record;
    expect(untitled.addressee?.name).toBe('Secretary-General of the United Nations');
  });

  it('a statement whose title names its speaker: the speaker is the author, with the State', () => {
    const { record } = read(`
Statement by H.E. Ms. Jane Example, Permanent Representative of the Republic of Azerbaijan to the United Nations, at the Security Council open debate on the protection of civilians

New York, 12 March 2024

Mr. President,

I thank you for convening this debate.
`);
    expect(record.kind).toBe('statement');
    expect(record.date).toBe('2024-03-12');
    expect(record.author).toMatchObject({ kind: 'person', country: 'Azerbaijan' });
    expect(record.provenance.author.status).toBe('stated');
  });

  it('a ministry’s statement with a bare date line, and a letter from a minister', () => {
    const statement = read(`
Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on the anniversary

26 February 2022

Thirty years ago today, the town was destroyed.
`).record;
    expect([statement.kind, statement.date, statement.author?.country]).toEqual([
      'statement',
      '2022-02-26',
      'Azerbaijan',
    ]);
    const letter = read(
      `Letter dated 12 July 2020 from the Minister for Foreign Affairs of Armenia addressed to the Secretary-General
${BODY}`,
    ).record;
    expect(letter.author).toMatchObject({
      name: 'Minister for Foreign Affairs of Armenia',
      country: 'Armenia',
    });
  });

  it('a statement whose title ends with its date: the date is the statement’s, not the speaker’s', () => {
    const statement = (title: string) =>
      read(`
${title}

On the night of 19 to 20 January 1990, units of the Soviet Army entered the city.
`).record;
    const dated = statement(
      'Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan, dated 22 January 1990',
    );
    expect([dated.kind, dated.date]).toEqual(['statement', '1990-01-22']);
    expect(dated.author?.name).toBe('Ministry of Foreign Affairs of the Republic of Azerbaijan');
    // "of <date>" may date what the statement is about: the speaker ends before it, the date stays unknown.
    const of = statement(
      'Statement by the Ministry of Foreign Affairs of the Republic of Azerbaijan of 20 January 1990',
    );
    expect([of.date, of.author?.name]).toEqual([
      null,
      'Ministry of Foreign Affairs of the Republic of Azerbaijan',
    ]);
  });

  it('a masthead document that is no letter: a note by the Secretary-General, a presidential statement', () => {
    const note = read(`
United Nations A/75/123

General Assembly Distr.: General
2 July 2020

Original: English

Seventy-fifth session
Item 72 (b) of the preliminary list*
Promotion and protection of human rights: human rights questions

Situation of human rights in the Republic of Example

Note by the Secretary-General

The Secretary-General has the honour to transmit to the General Assembly the report of the Special Rapporteur, submitted in accordance with Human Rights Council resolution 43/1.

* A/75/50.
`);
    expect(validateRecord(note.record).ok).toBe(true);
    expect(note.warnings).toEqual([]);
    expect(note.record).toMatchObject({
      kind: 'unknown',
      title: 'Situation of human rights in the Republic of Example',
      symbols: ['A/75/123'],
      date: '2020-07-02',
      distributionDate: '2020-07-02',
      originalLanguage: 'en',
      author: { name: 'Secretary-General of the United Nations', kind: 'office', country: null },
      addressee: null,
    });
    expect(organs(note.record)).toEqual(['GA regular 75']);
    expect(agenda(note.record)).toEqual([
      '72 (b): Promotion and protection of human rights: human rights questions',
    ]);
    expect(note.record.body.slice(1, 4)).toMatchObject([
      { type: 'heading', role: 'title' },
      { type: 'heading', role: 'subtitle', text: 'Note by the Secretary-General' },
      { type: 'paragraph', n: 1 },
    ]);
    expect(note.record.provenance.author).toEqual({
      status: 'stated',
      evidence: [{ line: 14, quote: 'Note by the Secretary-General' }],
    });
    const statement = read(`
United Nations S/PRST/2020/5

Security Council Distr.: General
12 March 2020

Original: English

Statement by the President of the Security Council

At its 8742nd meeting, held on 12 March 2020, the President of the Security Council made the following statement on behalf of the Council:

"The Security Council recalls its resolutions 2349 (2017) and 2500 (2019)."
`).record;
    expect(statement).toMatchObject({
      kind: 'statement',
      symbols: ['S/PRST/2020/5'],
      date: '2020-03-12',
      author: { name: 'President of the Security Council', kind: 'office', country: null },
    });
    expect(organs(statement)).toEqual(['SC 2020']);
    expect(refs(statement)).toEqual(['S/RES/2349 (2017)', 'S/RES/2500 (2019)']);
  });

  it('a note verbale under a masthead of many blocks is a note, its opening no title', () => {
    const masthead = [
      'United Nations A/75/356–S/2020/947',
      'General Assembly',
      'Security Council',
      'Distr.: General',
      '29 September 2020',
      'Original: English',
      'General Assembly',
      'Seventy-fifth session',
      'Agenda item 34',
      'Security Council',
      'Seventy-fifth year',
    ].join('\n\n');
    const { record } = read(`${masthead}

The Permanent Mission of Georgia to the United Nations presents its compliments to the Secretary-General of the United Nations and has the honour to transmit herewith the statement of the Ministry of Foreign Affairs of Georgia (see annex).

The Permanent Mission would be grateful if the present note could be circulated as a document of the General Assembly, under agenda item 34, and of the Security Council.
`);
    expect(record).toMatchObject({
      kind: 'note-verbale',
      symbols: ['A/75/356', 'S/2020/947'],
      author: { name: 'Permanent Mission of Georgia to the United Nations', country: 'Georgia' },
      addressee: { name: 'Secretary-General of the United Nations' },
    });
  });

  const MASTHEAD_2020 =
    'United Nations A/75/356–S/2020/947 General Assembly Security Council Distr.: General 29 September 2020 Original: English General Assembly Seventy-fifth session Agenda item 34 Prevention of armed conflict Security Council Seventy-fifth year';
  const wrapAt = (text: string, width: number) =>
    text.replace(/\s+/g, ' ').replace(new RegExp(`(.{1,${width}})(?: |$)`, 'g'), '$1\n');

  it('a flattened copy wrapped again at a width: read as the flattened copy, quoted line by line', () => {
    for (const width of [60, 72, 80]) {
      const { record, warnings } = read(
        `Total Page:2\n${wrapAt(`${MASTHEAD_2020} ${TITLE} ${BODY}`, width)}`,
      );
      expect(record, String(width)).toMatchObject({
        kind: 'letter',
        title: TITLE,
        date: '2022-09-13',
        symbols: ['A/75/356', 'S/2020/947'],
        distributionDate: '2020-09-29',
        originalLanguage: 'en',
        author: { country: 'Armenia' },
        addressee: { name: 'Secretary-General of the United Nations' },
        signatories: [{ name: 'Jane Example', role: 'Permanent Representative' }],
      });
      expect(agenda(record)).toEqual(['34: Prevention of armed conflict']);
      expect(organs(record)).toEqual(['GA regular 75', 'SC 2020']);
      expect(warnings.find((w) => w.code === 'flattened')?.message).toContain('wrapped again');
      // The title runs over input lines: each quotes its own part, as printed.
      const lines = `Total Page:2\n${wrapAt(`${MASTHEAD_2020} ${TITLE} ${BODY}`, width)}`.split(
        '\n',
      );
      const title = record.provenance.title;
      expect(title.status === 'stated' && title.evidence.length).toBeGreaterThan(1);
      for (const e of title.status === 'stated' ? title.evidence : [])
        expect(lines[e.line - 1]).toContain(e.quote);
      expect(title.status === 'stated' && title.evidence.map((e) => e.quote).join(' ')).toBe(TITLE);
    }
  });

  it('a letter whose title a copy lost, its masthead wrapped: the masthead, and no title made up', () => {
    const { record, warnings } = read(`${wrapAt(MASTHEAD_2020, 72)}${BODY}`);
    expect(record).toMatchObject({
      kind: 'letter',
      title: 'Untitled document',
      titleIsDescriptive: true,
      symbols: ['A/75/356', 'S/2020/947'],
      distributionDate: '2020-09-29',
      originalLanguage: 'en',
      date: null,
      author: null,
      addressee: null,
    });
    expect(record.provenance.addressee).toEqual({ status: 'not-found' });
    expect(warnings.map((w) => w.code)).toContain('no-title');
  });

  it('text that is not a UN document says so', () => {
    const { record, warnings } = ingestText('Hello world, this is not a letter.');
    expect(record.kind).toBe('unknown');
    expect(warnings.map((w) => w.code)).toEqual(['no-structure']);
    expect(validateRecord(record)).toMatchObject({ ok: true });
  });

  it('a web page’s copy with no masthead: the symbol its title line ends with', () => {
    const { record, warnings } = read(`${TITLE} (A/77/385–S/2022/688)\n${BODY}`);
    expect(record.symbols).toEqual(['A/77/385', 'S/2022/688']);
    expect(record.provenance.symbols.status).toBe('curated');
    expect(warnings.map((w) => w.code)).toEqual(['symbol-only-in-title']);
    expect(refs(record)).toEqual([]);
    // Words in the parentheses: not a symbol of the document's own.
    const other = read(`${TITLE} (see A/77/385)\n${BODY}`);
    expect(other.record.symbols).toEqual([]);
  });

  it('the document’s own symbols are not references: a U.N. Document header, a running header', () => {
    const { record } = read(`
U.N. Document S/1998/464

Letter dated 29 May 1998 from the Permanent Representative of Pakistan to the United Nations addressed to the President of the Security Council

I have the honour to refer to document S/1998/450.

S/1998/464

I should be grateful if you would have the present letter circulated as a document of the Security Council.
`);
    expect(record.symbols).toEqual(['S/1998/464']);
    expect(refs(record)).toEqual(['S/1998/450']);
  });
});

describe('references', () => {
  it('resolutions cited in a list, and another body’s resolution left without a symbol', () => {
    const { record } = read(`${TITLE}

The occupation continues in defiance of Security Council resolutions 822 (1993), 853 (1993), 874 (1993) and 884 (1993), and of Human Rights Council resolution 43/1.

The Parliamentary Assembly of the Council of Europe, in its resolution 1416 (2005), and the OIC, in resolution 10/11, said the same (see A/74/649 and Corr.1).

(Signed) Jane Example
`);
    expect(refs(record)).toEqual([
      'S/RES/822 (1993)',
      'S/RES/853 (1993)',
      'S/RES/874 (1993)',
      'S/RES/884 (1993)',
      'A/HRC/RES/43/1',
      'A/74/649',
      'A/74/649/Corr.1',
    ]);
  });
});

describe('one bad field never costs the record', () => {
  it('drops an invalid value, marks it not-found, warns, and keeps the rest', () => {
    const { record } = read(`${TITLE}\n${BODY}`);
    const bad = {
      ...record,
      organs: [{ organ: 'Security Council', year: 1200 }],
    } as DocumentRecord;
    const issues = validateRecord(bad);
    expect(issues.ok).toBe(false);
    const saved = salvage(bad, issues.ok ? [] : issues.issues);
    expect(saved?.record.organs).toEqual([]);
    expect(saved?.record.provenance.organs).toMatchObject({ status: 'not-found' });
    expect(saved?.record.title).toBe(TITLE);
    expect(saved?.warnings.map((w) => w.code)).toEqual(['dropped-invalid-value']);
    expect(validateRecord(saved?.record)).toMatchObject({ ok: true });
  });

  it('a value in the text itself cannot be dropped: null, so the caller keeps the text whole', () => {
    const { record } = read(`${TITLE}\n${BODY}`);
    expect(salvage(record, [{ code: 'schema-x', message: 'bad', path: ['body', 0] }])).toBeNull();
  });
});
