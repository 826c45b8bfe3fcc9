import {
  DIGITISED_LETTER,
  ISSUER_OF_LETTERS_REASON,
  PERMANENT_REPRESENTATIVE,
  SECRETARY_GENERAL,
  sameEventAsOthers,
  UNITED_NATIONS,
  YASHAR_ALIYEV,
} from './common.js';
import { defineRecord } from './define.js';
import { curated, notFound, stated } from './provenance.js';

const ga = { organ: 'General Assembly', session: 77 } as const;

/** 001: letter of 20 January 2023 to the Secretary-General, annexing a statement of the Ministry. */
export const letter20230120 = defineRecord({
  id: '2023-01-20-letter',
  kind: 'letter',
  title:
    'Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
  titleIsDescriptive: false,
  date: '2023-01-20',
  distributionDate: '2023-01-20',
  symbols: [],
  distribution: 'General',
  originalLanguage: 'en',
  languages: ['en'],
  organs: [{ organ: 'General Assembly', session: 77, sessionType: 'regular' }],
  agendaItems: [
    { ...ga, number: '30', title: 'Prevention of armed conflict' },
    { ...ga, number: '68', title: 'Promotion and protection of human rights' },
    { ...ga, number: '73', title: 'Responsibility of States for internationally wrongful acts' },
    { ...ga, number: '78', title: 'Crimes against humanity' },
    { ...ga, number: '84', title: 'The rule of law at the national and international levels' },
    {
      ...ga,
      number: '132',
      title:
        'The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity',
    },
  ],
  issuer: UNITED_NATIONS,
  author: PERMANENT_REPRESENTATIVE,
  addressee: SECRETARY_GENERAL,
  signatories: [YASHAR_ALIYEV],
  occasion: { date: '2023-01-20', description: 'National Mourning Day (thirty-third anniversary)' },
  body: [
    {
      type: 'masthead',
      lines: [
        'General Assembly',
        'Distr.: General',
        '20 January 2023',
        'Original: English',
        'Seventy-seventh session',
        'Agenda items 30, 68, 73, 78, 84 and 132',
        'Prevention of armed conflict',
        'Promotion and protection of human rights',
        'Responsibility of States for internationally wrongful acts',
        'Crimes against humanity',
        'The rule of law at the national and international levels',
        'The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity',
      ],
    },
    {
      type: 'heading',
      role: 'title',
      text: 'Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
    },
    {
      type: 'paragraph',
      n: 1,
      text: "On 20 January 2023, Azerbaijan commemorates National Mourning Day and pays tribute to its brave sons and daughters who, 33 years ago, sacrificed their lives for the country's independence, sovereignty and territorial integrity.",
    },
    {
      type: 'paragraph',
      n: 2,
      text: 'I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on that occasion (see annex).',
    },
    {
      type: 'paragraph',
      n: 3,
      text: 'I should be grateful if you would have the present letter and its annex circulated as a document of the General Assembly, under agenda items 30, 68, 73, 78, 84 and 132.',
    },
    {
      type: 'signature',
      lines: ['(Signed) Yashar Aliyev', 'Ambassador', 'Permanent Representative'],
    },
  ],
  annexes: [
    {
      n: 1,
      title:
        'Annex to the letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
      subtitle:
        'Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on 20 January – National Mourning Day',
      date: '2023-01-20',
      body: [
        { type: 'dateline', text: '20 January 2023' },
        {
          type: 'paragraph',
          n: 1,
          text: 'On the night of 19–20 January 1990, by the order of the USSR leadership, as a result of military aggression against Azerbaijan by units of the Soviet Army, special forces and a contingent of internal troops, massacres of civilians, including children, women and elderly, were committed in the cities of Baku, Sumgayit, Lankaran and Neftchala. 150 civilians were killed, 744 were seriously injured and 4 went missing.',
        },
        {
          type: 'paragraph',
          n: 2,
          text: "The Soviet army, which was deployed to the country with the aim of forcibly suppressing the mass protests of the Azerbaijani people and the national independence movement started in response to the discriminatory policy of the USSR leadership towards the people of Azerbaijan, the deportation of hundreds of thousands of Azerbaijanis from their historical lands in the territory of present-day Armenia and Armenia's unfounded territorial claims to the Karabakh region of Azerbaijan, committed an unprecedented massacre of the civilian population, grossly violating international law and the Constitution.",
        },
        {
          type: 'paragraph',
          n: 3,
          text: 'On 21 January 1990, immediately after the tragic events, at the Permanent Mission of Azerbaijan in Moscow, National Leader Heydar Aliyev, demonstrating his solidarity with the people of Azerbaijan, strongly condemned this crime committed against the people of Azerbaijan and demanded a political and legal assessment of the massacre and the punishment of those responsible.',
        },
        {
          type: 'paragraph',
          n: 4,
          text: 'At a special session of the Milli Majlis (Parliament) held in February 1994, the brutal killing of innocent people on 20 January 1990 was qualified as military aggression and a crime, and in March 1994 a decision "On the tragic events committed in Baku on 20 January 1990" was adopted. 20 January was declared the National Mourning Day.',
        },
        {
          type: 'paragraph',
          n: 5,
          text: 'The tragedy of 20 January had a decisive influence on the formation of the national identity of Azerbaijan and became a turning point in the restoration of the State independence of Azerbaijan. The people of Azerbaijan, subjected to military, political and moral aggression by the Soviet regime 33 years ago, showed commitment to their historical traditions of struggle. On that tragic day, the sons of the Motherland, who gave their lives to defend justice, wrote a brilliant page in the heroic chronicle of our people. On 20 January 1990, which is marked in our history not only as a day mourning, but also as a day of national pride, the people of Azerbaijan conveyed to the whole world that they deserve to live freely, sovereignly and independently.',
        },
        {
          type: 'paragraph',
          n: 6,
          text: 'Despite the fact that 33 years have passed, the events of 20 January, being one of the most terrible crimes committed in the 20th century by its essence and scope, in which all international legal documents were grossly violated, have not yet been given an international legal assessment. The leadership of the former Soviet Union bears direct responsibility for this crime. In accordance with international law, the 20 January tragedy must be qualified as a crime against humanity and those who ordered and perpetrated it must be held accountable.',
        },
        {
          type: 'paragraph',
          n: 7,
          text: 'Today, the souls of our heroic martyrs who gave their lives for the independence, sovereignty and territorial integrity of Azerbaijan are at peace. Under the leadership of the Victorious Commander-in-Chief, the courageous Azerbaijani Army liberated our territories, which had been under enemy occupation for 30 years, and the territorial integrity of Azerbaijan was restored. The actions against the independence, sovereignty and territorial integrity of Azerbaijan will continue to be adequately countered.',
        },
        {
          type: 'paragraph',
          n: 8,
          text: 'We once again commemorate with deep sadness the dear memory of our compatriots who sacrificed their lives for the territorial integrity of our country, the freedom of our people and the independence of our State.',
        },
      ],
    },
  ],
  references: [
    {
      type: 'work',
      workType: 'statement',
      title:
        'Statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on 20 January – National Mourning Day',
      author: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
      quote:
        'the statement of the Ministry of Foreign Affairs of the Republic of Azerbaijan on that occasion (see annex)',
      paragraph: { paragraph: 2 },
    },
    {
      type: 'work',
      workType: 'decision',
      title: 'On the tragic events committed in Baku on 20 January 1990',
      author: 'Milli Majlis',
      quote: 'a decision "On the tragic events committed in Baku on 20 January 1990" was adopted',
      paragraph: { annex: 1, paragraph: 4 },
    },
  ],
  figures: [
    {
      metric: 'killed',
      value: 150,
      qualifier: 'exact',
      unit: 'people',
      term: 'civilians were killed',
      quote: '150 civilians were killed',
      paragraph: { annex: 1, paragraph: 1 },
    },
    {
      metric: 'wounded',
      value: 744,
      qualifier: 'exact',
      unit: 'people',
      term: 'seriously injured',
      quote: '744 were seriously injured',
      paragraph: { annex: 1, paragraph: 1 },
    },
    {
      metric: 'missing',
      value: 4,
      qualifier: 'exact',
      unit: 'people',
      term: 'went missing',
      quote: '4 went missing',
      paragraph: { annex: 1, paragraph: 1 },
    },
  ],
  relations: sameEventAsOthers(
    '2023-01-20-letter',
    'On the night of 19–20 January 1990, by the order of the USSR leadership, as a result of military aggression against Azerbaijan',
    { annex: 1, paragraph: 1 },
  ),
  source: {
    fileName: '001_c839c05d71a3b24a.txt',
    sha256: '9ee0bc66e1a52d57a473f0f504f997125ea5d7731f352f29a69ed9215db167f4',
    digitisation: DIGITISED_LETTER,
    normalisations: [
      {
        kind: 'markdown-heading',
        lines: [5, 14, 18, 20, 22, 24, 26, 28, 30, 44, 46],
        description: 'Masthead, title and annex headings carry # marks.',
      },
      { kind: 'markdown-emphasis', lines: [44, 46], description: 'Bold annex title and subtitle.' },
      { kind: 'markdown-rule', lines: [12, 68], description: 'Rules added by the extraction.' },
      {
        kind: 'hard-line-break',
        lines: [7, 38, 39],
        description: 'Trailing spaces as line breaks.',
      },
      {
        kind: 'page-break-join',
        lines: [64],
        description:
          'Annex paragraph 7 continues after a page break ("Under the leadership / of the").',
      },
    ],
  },
  provenance: {
    kind: stated([30, 'Letter dated 20 January 2023']),
    title: stated([
      30,
      'Letter dated 20 January 2023 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
    ]),
    date: stated([30, 'Letter dated 20 January 2023']),
    distributionDate: stated([7, 'Distr.: General'], [8, '20 January 2023']),
    symbols: notFound('The masthead as digitised prints no document symbol.'),
    distribution: stated([7, 'Distr.: General']),
    originalLanguage: stated([10, 'Original: English']),
    languages: curated('The text of the source file is in English.'),
    organs: stated([5, 'General Assembly'], [14, 'Seventy-seventh session']),
    agendaItems: stated(
      [16, 'Agenda items 30, 68, 73, 78, 84 and 132'],
      [18, 'Prevention of armed conflict'],
      [20, 'Promotion and protection of human rights'],
      [22, 'Responsibility of States for internationally wrongful acts'],
      [24, 'Crimes against humanity'],
      [26, 'The rule of law at the national and international levels'],
      [
        28,
        'The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity',
      ],
    ),
    issuer: curated(ISSUER_OF_LETTERS_REASON, [5, 'General Assembly']),
    author: stated([30, 'from the Permanent Representative of Azerbaijan to the United Nations']),
    addressee: stated([30, 'addressed to the Secretary-General']),
    signatories: stated(
      [38, '(Signed) Yashar Aliyev'],
      [39, 'Ambassador'],
      [40, 'Permanent Representative'],
    ),
    occasion: stated([32, 'On 20 January 2023, Azerbaijan commemorates National Mourning Day']),
  },
});
