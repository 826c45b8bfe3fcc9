import { TEXT_REUSE_METHOD } from '../../text-reuse.js';
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
import { curated, notFound, stated, statedWithNote } from './provenance.js';

const ga = { organ: 'General Assembly', session: 74 } as const;

/** 000: letter of 17 January 2020 to the Secretary-General (thirtieth anniversary). */
export const letter20200117 = defineRecord({
  id: '2020-01-17-letter',
  kind: 'letter',
  title:
    'Letter dated 17 January 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
  titleIsDescriptive: false,
  date: '2020-01-17',
  distributionDate: '2020-01-20',
  symbols: [],
  distribution: 'General',
  originalLanguage: 'en',
  languages: ['en'],
  organs: [
    { organ: 'General Assembly', session: 74, sessionType: 'regular' },
    { organ: 'Security Council', year: 2020 },
  ],
  agendaItems: [
    {
      ...ga,
      number: '32',
      title:
        'Protracted conflicts in the GUAM area and their implications for international peace, security and development',
    },
    { ...ga, number: '37', title: 'The situation in the occupied territories of Azerbaijan' },
    { ...ga, number: '75', title: 'Responsibility of States for internationally wrongful acts' },
    { ...ga, number: '83', title: 'The rule of law at the national and international levels' },
  ],
  issuer: UNITED_NATIONS,
  author: PERMANENT_REPRESENTATIVE,
  addressee: SECRETARY_GENERAL,
  signatories: [YASHAR_ALIYEV],
  occasion: { date: '2020-01-20', description: 'Thirtieth anniversary of “Black January”' },
  body: [
    {
      type: 'masthead',
      lines: [
        'General Assembly Security Council',
        'Distr.: General',
        '20 January 2020',
        'Original: English',
        'General Assembly',
        'Seventy-fourth session',
        'Agenda items 32, 37, 75 and 83',
        'Protracted conflicts in the GUAM area and their',
        'implications for international peace, security',
        'and development',
        'The situation in the occupied territories of Azerbaijan',
        'Responsibility of States for internationally wrongful acts',
        'The rule of law at the national and international levels',
        'Security Council',
        'Seventy-fifth year',
      ],
    },
    {
      type: 'heading',
      role: 'title',
      text: 'Letter dated 17 January 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
    },
    {
      type: 'paragraph',
      n: 1,
      text: 'On 20 January 2020, Azerbaijan will commemorate the thirtieth anniversary of the “Black January”. Thousands of people will visit that day the Martyrs’ Alley in the capital of Azerbaijan – Baku – to pay tribute to those who sacrificed their lives for the independent and prosperous Azerbaijan.',
    },
    {
      type: 'paragraph',
      n: 2,
      text: 'At the end of the 1980s the people of Azerbaijan went into the streets and squares of Baku and other major cities to protest against unlawful territorial claims of neighbouring Armenia, killings, persecution and mass expulsion of more than 200,000 Azerbaijanis from their ancestral lands in Armenia and the unjust policy pursued by the leadership of the Soviet Union towards Azerbaijan. In response, the Soviet leadership resorted to force to suppress the free expression of popular will.',
    },
    {
      type: 'paragraph',
      n: 3,
      text: 'Over the night from 19 to 20 January 1990, following a series of externally organized and instigated provocations aimed at destabilizing the situation on the ground and attaching a radical character to legitimate demands and aspirations, 26,000 Soviet troops attacked Baku and other major cities and towns in Azerbaijan. As a result of a full-scale military assault, 131 civilians were killed, 744 people were wounded and 841 were indiscriminately detained or arrested.',
    },
    {
      type: 'paragraph',
      n: 4,
      text: 'Among other acts, the invaders were observed executing the wounded, firing at passers-by and at dwellings, stores, medical and other facilities. In several cases, tanks and other armoured vehicles crushed or opened fire upon moving as well as parked vehicles. Clearly marked ambulances were targets of shooting and also were not allowed to aid the wounded. Some residents were shot in their apartments, building entryways and on buses. During the examination of bullet wounds, experts noted the excessive damaging effects of the bullets.',
    },
    {
      type: 'paragraph',
      n: 5,
      text: 'By using military force, the Soviet leadership hoped to frighten the people of Azerbaijan, break their will and maintain the communist rule in the republic. However, the “Black January” gave a new impetus to the national liberation movement. On 22 January 1990, 2 million people attended the funeral ceremony in Baku. On 18 October 1991, Azerbaijan restored its independence.',
    },
    {
      type: 'paragraph',
      n: 6,
      text: 'In this context, I would like to draw your attention to a statement by the Prime Minister of Armenia, Nikol Pashinyan, on the so-called “thirtieth anniversary of anti-Armenian pogroms in Baku”, attached to the letter dated 13 January 2020 from the Permanent Representative of Armenia (A/74/649-S/2020/34).',
    },
    {
      type: 'paragraph',
      n: 7,
      text: 'It is noticeable that the current leadership of Armenia, which projects itself as a proponent of human rights and democracy, albeit wrongly and unsuccessfully, and continues to exploit the cynical and perpetual narrative of victimized Armenians, shows a profound disrespect for the memory of those innocent residents of Baku and other cities and towns in Azerbaijan killed by Soviet Army in January 1990.',
    },
    {
      type: 'paragraph',
      n: 8,
      text: 'The Prime Minister of Armenia resorts willingly to the methods employed by his country’s previous Government to disseminate lies and apparent distortions in order to camouflage Armenia’s own heinous crimes committed against Azerbaijan and its people.',
    },
    {
      type: 'paragraph',
      n: 9,
      text: 'As a consequence, the aforementioned statement omits to mention that the citizens of the Soviet Socialist Republic of Armenia of Azerbaijani origin solely because of their ethnic identity were the first to be subjected to violence and abuse, starting in November 1987, and that the Azerbaijanis were the first victims of the conflict.',
    },
    {
      type: 'paragraph',
      n: 10,
      text: 'Further, while profusely talking about the “victims of pogroms”, “ethnic cleansing” and “mass deportations”, the Prime Minister of Armenia, at the same time, passes over in silence the irrefutable fact that both the territory of Armenia itself and the occupied territories of Azerbaijan were ethnically cleansed of their Azerbaijani population and that the process of mass expulsion was accompanied by killings, torture, enforced disappearances, the destruction of property and pillaging.',
    },
    {
      type: 'paragraph',
      n: 11,
      text: 'Armenia’s denial of responsibility for its wrongdoings and the resulting human suffering, including through apparent falsifications and distortions of the past and present and glorification of war crimes and their perpetrators, is in defiance of human rights, a direct obstacle to lasting peace and genuine reconciliation and a threat to regional security and stability.',
    },
    {
      type: 'paragraph',
      n: 12,
      text: 'I should be grateful if you would have the present letter circulated as a document of the General Assembly, under agenda items 32, 37, 75 and 83, and of the Security Council.',
    },
    {
      type: 'signature',
      lines: ['(Signed) Yashar Aliyev', 'Ambassador', 'Permanent Representative'],
    },
  ],
  annexes: [],
  references: [
    {
      type: 'un-document',
      symbol: 'A/74/649-S/2020/34',
      members: ['A/74/649', 'S/2020/34'],
      asPrinted: '[A/74/649-S/2020/34](#)',
      description: 'Letter dated 13 January 2020 from the Permanent Representative of Armenia',
      paragraph: { paragraph: 6 },
    },
  ],
  figures: [
    {
      metric: 'expelled',
      value: 200_000,
      qualifier: 'more-than',
      unit: 'people',
      term: 'mass expulsion',
      quote:
        'mass expulsion of more than 200,000 Azerbaijanis from their ancestral lands in Armenia',
      paragraph: { paragraph: 2 },
    },
    {
      metric: 'troops',
      value: 26_000,
      qualifier: 'exact',
      unit: 'soldiers',
      term: 'Soviet troops',
      quote: '26,000 Soviet troops attacked Baku and other major cities and towns in Azerbaijan',
      paragraph: { paragraph: 3 },
    },
    {
      metric: 'killed',
      value: 131,
      qualifier: 'exact',
      unit: 'people',
      term: 'civilians were killed',
      quote: '131 civilians were killed',
      paragraph: { paragraph: 3 },
    },
    {
      metric: 'wounded',
      value: 744,
      qualifier: 'exact',
      unit: 'people',
      term: 'wounded',
      quote: '744 people were wounded',
      paragraph: { paragraph: 3 },
    },
    {
      metric: 'detained',
      value: 841,
      qualifier: 'exact',
      unit: 'people',
      term: 'detained or arrested',
      quote: '841 were indiscriminately detained or arrested',
      paragraph: { paragraph: 3 },
    },
    {
      metric: 'funeral-attendance',
      value: 2_000_000,
      qualifier: 'exact',
      unit: 'people',
      term: 'attended the funeral ceremony',
      quote: 'On 22 January 1990, 2 million people attended the funeral ceremony in Baku',
      paragraph: { paragraph: 5 },
    },
  ],
  relations: [
    {
      type: 'repliesTo',
      target: 'A/74/649-S/2020/34',
      targetKind: 'un-symbol',
      evidence:
        'I would like to draw your attention to a statement by the Prime Minister of Armenia, Nikol Pashinyan, on the so-called “thirtieth anniversary of anti-Armenian pogroms in Baku”, attached to the letter dated 13 January 2020 from the Permanent Representative of Armenia (A/74/649-S/2020/34)',
      paragraph: { paragraph: 6 },
    },
    {
      type: 'sharesTextWith',
      target: '2020-01-20-press-release',
      targetKind: 'record',
      evidence:
        'The press release of 20 January 2020 restates paragraphs 1 to 5 of this letter, mostly word for word.',
      measure: { method: TEXT_REUSE_METHOD, value: 0.29 },
    },
    ...sameEventAsOthers(
      '2020-01-17-letter',
      'Over the night from 19 to 20 January 1990, following a series of externally organized and instigated provocations',
      { paragraph: 3 },
    ),
  ],
  source: {
    fileName: '000_6516c04ea7e15ba1.txt',
    sha256: '3b3d566367eb9224df0f120f8127cb7b81b5307505658d09ab09d9c848fb4488',
    digitisation: DIGITISED_LETTER,
    normalisations: [
      {
        kind: 'markdown-emphasis',
        lines: [12, 13, 17, 19, 27, 28],
        description: 'Bold masthead lines.',
      },
      {
        kind: 'markdown-link',
        lines: [46],
        description: 'The symbol A/74/649-S/2020/34 was a link.',
      },
      {
        kind: 'page-break-join',
        lines: [42],
        description:
          'Paragraph 4 continues after a page break ("apartments, / building entryways").',
      },
    ],
  },
  provenance: {
    kind: stated([30, 'Letter dated 17 January 2020']),
    title: stated([
      30,
      'Letter dated 17 January 2020 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General',
    ]),
    date: stated([30, 'Letter dated 17 January 2020']),
    distributionDate: stated([7, 'Distr.: General'], [8, '20 January 2020']),
    symbols: notFound(
      'The masthead as digitised prints no document symbol. A/74/649-S/2020/34 (paragraph 6) is the symbol of a different document that this letter answers.',
    ),
    distribution: stated([7, 'Distr.: General']),
    originalLanguage: stated([10, 'Original: English']),
    languages: curated('The text of the source file is in English.'),
    organs: statedWithNote(
      'The Security Council counts its years from 1946: its seventy-fifth year is 2020.',
      [5, 'General Assembly Security Council'],
      [13, 'Seventy-fourth session'],
      [28, 'Seventy-fifth year'],
    ),
    agendaItems: stated(
      [15, 'Agenda items 32, 37, 75 and 83'],
      [17, 'Protracted conflicts in the GUAM area and their'],
      [18, 'implications for international peace, security'],
      [19, 'and development'],
      [21, 'The situation in the occupied territories of Azerbaijan'],
      [23, 'Responsibility of States for internationally wrongful acts'],
      [25, 'The rule of law at the national and international levels'],
    ),
    issuer: curated(ISSUER_OF_LETTERS_REASON, [5, 'General Assembly Security Council']),
    author: stated([30, 'from the Permanent Representative of Azerbaijan to the United Nations']),
    addressee: stated([30, 'addressed to the Secretary-General']),
    signatories: stated(
      [60, '(Signed) Yashar Aliyev'],
      [61, 'Ambassador'],
      [62, 'Permanent Representative'],
    ),
    occasion: stated([
      32,
      'On 20 January 2020, Azerbaijan will commemorate the thirtieth anniversary of the “Black January”',
    ]),
  },
});
