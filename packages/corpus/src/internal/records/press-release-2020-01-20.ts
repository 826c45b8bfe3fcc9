import { TEXT_REUSE_METHOD } from '../../text-reuse.js';
import { MISSION, sameEventAsOthers } from './common.js';
import { defineRecord } from './define.js';
import { curated, notApplicable, notFound, stated } from './provenance.js';

/** 002: press release of 20 January 2020 (thirtieth anniversary). */
export const pressRelease20200120 = defineRecord({
  id: '2020-01-20-press-release',
  kind: 'press-release',
  title: 'Thirtieth anniversary of the "Black January"',
  titleIsDescriptive: false,
  date: '2020-01-20',
  distributionDate: null,
  symbols: [],
  distribution: null,
  originalLanguage: null,
  languages: ['en', 'az'],
  organs: [],
  agendaItems: [],
  issuer: MISSION,
  author: MISSION,
  addressee: null,
  signatories: [],
  occasion: { date: '2020-01-20', description: 'Thirtieth anniversary of “Black January”' },
  body: [
    {
      type: 'letterhead',
      lines: [
        'Azərbaycan Respublikasının',
        'BMT yanında Daimi',
        'Nümayəndəliyi',
        'Permanent Mission of the',
        'Republic of Azerbaijan',
        'to the United Nations',
        '633 Third Avenue, Suite 3210, New York, NY, 10017',
        'Tel: (212) 371-2559, 371-2832 (ext. 101); Fax: (212) 371-2784, (646) 738-6143',
      ],
    },
    { type: 'dateline', text: 'Press release, 20 January 2020' },
    { type: 'heading', role: 'title', text: 'Thirtieth anniversary of the "Black January"' },
    {
      type: 'paragraph',
      n: 1,
      text: 'On 20 January 2020, Azerbaijan commemorates the thirtieth anniversary of the "Black January". Thousands of people visited today the Martyr\'s Alley in the capital of Azerbaijan – Baku – to pay tribute to those who sacrificed their lives for the independent and prosperous Azerbaijan.',
    },
    {
      type: 'paragraph',
      n: 2,
      text: 'At the end of the 1980s the people of Azerbaijan had gone into the streets and squares of Baku and other major cities to protest against illegal territorial claims of neighboring Armenia, killings, persecution and forcible mass expulsion of more than 200 thousand Azerbaijanis from their ancestral lands in Armenia and the unjust policy pursued by the leadership of the Soviet Union towards Azerbaijan and its territorial integrity. In response, the Soviet leadership resorted to force to suppress the free expression of popular will.',
    },
    {
      type: 'paragraph',
      n: 3,
      text: 'Over the night from 19 to 20 January 1990, following a series of provocations orchestrated by the central authorities and the USSR State Security Committee (KGB), Soviet troops attacked Baku and other major cities and towns in Azerbaijan. As a result of a full-scale military assault, 131 civilians were killed, 744 people were wounded and 841 were indiscriminately and unlawfully detained or arrested.',
    },
    {
      type: 'paragraph',
      n: 4,
      text: 'Among other acts, Soviet soldiers were observed executing the wounded, firing at passerby and at dwellings, stores, medical and other facilities. In several cases, tanks and other armored vehicles crushed or opened fire upon moving as well as parked vehicles. Clearly marked ambulances were targets of shooting and also were not allowed to aid the wounded. Many civilians were shot in their apartments, building entryways, buses and places of employment. During the investigation of bullet wounds on the bodies, forensic experts noted the particularly damaging effects of the bullets.',
    },
    {
      type: 'paragraph',
      n: 5,
      text: 'By using military force, the Soviet leadership was hoping to frighten the people of Azerbaijan, break its resistance and maintain the communist rule in the republic. However, the "Black January" gave a new impetus to the national liberation movement. On 22 January 1990, 2 million people attended the funeral ceremony of martyr\'s in Baku. On 18 October 1991, Azerbaijan restored its independence. Indeed, the "Black January" is not only a tragedy, but also a victory of the unarmed people over the totalitarian regime.',
    },
    {
      type: 'paragraph',
      n: 6,
      text: 'Those who ordered and perpetrated bloodshed in January 1990 have yet to be punished. Azerbaijan is determined to end impunity for the heinous crime committed against its people and to bring those responsible to justice.',
    },
  ],
  annexes: [],
  references: [],
  figures: [
    {
      metric: 'expelled',
      value: 200_000,
      qualifier: 'more-than',
      unit: 'people',
      term: 'forcible mass expulsion',
      quote:
        'forcible mass expulsion of more than 200 thousand Azerbaijanis from their ancestral lands in Armenia',
      paragraph: { paragraph: 2 },
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
      quote: '841 were indiscriminately and unlawfully detained or arrested',
      paragraph: { paragraph: 3 },
    },
    {
      metric: 'funeral-attendance',
      value: 2_000_000,
      qualifier: 'exact',
      unit: 'people',
      term: "attended the funeral ceremony of martyr's",
      quote:
        "On 22 January 1990, 2 million people attended the funeral ceremony of martyr's in Baku",
      paragraph: { paragraph: 5 },
    },
  ],
  relations: [
    {
      type: 'sharesTextWith',
      target: '2020-01-17-letter',
      targetKind: 'record',
      evidence:
        'Paragraphs 1 to 5 restate paragraphs 1 to 5 of the letter of 17 January 2020, mostly word for word, with changes (e.g. "Soviet soldiers" for "the invaders").',
      measure: { method: TEXT_REUSE_METHOD, value: 0.52 },
    },
    ...sameEventAsOthers(
      '2020-01-20-press-release',
      'Over the night from 19 to 20 January 1990, following a series of provocations orchestrated by the central authorities',
      { paragraph: 3 },
    ),
  ],
  source: {
    fileName: '002_8fb2924badc1efc1.txt',
    sha256: 'af34b628ec9c98f3ab5cf8a8d6d09bab513bbf4940f3738ee654c003a46894c6',
    digitisation:
      'Text of the Mission’s press release as extracted to Markdown: the bilingual letterhead, the dateline and the title carry bold marks, and the letterhead lines end in Markdown line breaks.',
    normalisations: [
      {
        kind: 'markdown-emphasis',
        lines: [3, 5, 9, 11, 18, 20],
        description: 'Bold letterhead, dateline and title.',
      },
      { kind: 'markdown-rule', lines: [13, 34], description: 'Rules added by the extraction.' },
      {
        kind: 'hard-line-break',
        lines: [3, 4, 9, 10, 15],
        description: 'Trailing spaces as line breaks.',
      },
    ],
  },
  provenance: {
    kind: stated([18, 'Press release']),
    title: stated([20, 'Thirtieth anniversary of the "Black January"']),
    date: stated([18, 'Press release, 20 January 2020']),
    distributionDate: notApplicable('Press releases have no UN distribution date.'),
    symbols: notFound('Press releases of the Mission carry no UN document symbol.'),
    distribution: notApplicable('Press releases have no UN distribution category.'),
    originalLanguage: notFound('The release does not say in which language it was written.'),
    languages: curated(
      'The letterhead is printed in Azerbaijani and English; the text is in English.',
      [3, 'Azərbaycan Respublikasının'],
      [9, 'Permanent Mission of the'],
    ),
    organs: notApplicable('A press release is not a document of a UN organ.'),
    agendaItems: notApplicable('A press release is not circulated under agenda items.'),
    issuer: stated(
      [9, 'Permanent Mission of the'],
      [10, 'Republic of Azerbaijan'],
      [11, 'to the United Nations'],
    ),
    author: curated(
      'A press release that names no author is the work of the mission that issues it.',
    ),
    addressee: notApplicable('A press release is addressed to the public.'),
    signatories: notFound('The press release is unsigned.'),
    occasion: stated([22, 'On 20 January 2020, Azerbaijan commemorates the thirtieth anniversary']),
  },
});
