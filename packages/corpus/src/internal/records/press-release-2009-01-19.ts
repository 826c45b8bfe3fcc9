import { MISSION, sameEventAsOthers } from './common.js';
import { defineRecord } from './define.js';
import { curated, notApplicable, notFound, stated } from './provenance.js';

/** 004: untitled "Special Issue" press release of 19 January 2009 (nineteenth anniversary). */
export const pressRelease20090119 = defineRecord({
  id: '2009-01-19-press-release',
  kind: 'press-release',
  title: 'Special issue on the nineteenth anniversary of 20 January 1990',
  titleIsDescriptive: true,
  date: '2009-01-19',
  distributionDate: null,
  symbols: [],
  distribution: null,
  originalLanguage: null,
  languages: ['en'],
  organs: [],
  agendaItems: [],
  issuer: MISSION,
  author: MISSION,
  addressee: null,
  signatories: [],
  occasion: { date: '2009-01-20', description: 'Nineteenth anniversary of 20 January 1990' },
  body: [
    {
      type: 'letterhead',
      lines: ['The Permanent Mission of the Republic of Azerbaijan', 'to the United Nations'],
    },
    { type: 'heading', role: 'label', text: 'Special Issue' },
    { type: 'heading', role: 'label', text: 'Press-release' },
    {
      type: 'paragraph',
      n: 1,
      text: 'Nineteen years have passed since 20 January - a date of horrible tragedy for and heroism of the people of Azerbaijan. That day of the year 1990 opened a new page in the history of struggle of the people for independence while speeding up the collapse of “empire of evil” - former Soviet Union and the process of gaining freedom by other nations.',
    },
    {
      type: 'paragraph',
      n: 2,
      text: 'Late at night on January 19, 1990, without declaring the state of emergency and upon the order of the leadership of the Soviet Union, about 30000 Soviet troops using heavy armored military equipment moved to Baku, capital of Azerbaijan. A large-scale military operation, aimed at targeting peaceful population was prepared by the special forces of the Ministry of Defense, Ministry of Interior and State Security Committee of the Soviet Union. The main objective of bringing the troops into Baku and some other cities of the country was imposing the people to silence by means of dispersing peaceful demonstrations commenced as a struggle for independence and against one-sided and biased policy conducted by Soviet leadership on the Nagorno-Karabakh conflict.',
    },
    {
      type: 'paragraph',
      n: 3,
      text: 'As a result of the operation against unarmed peaceful population, 134 people were killed; more than 600 were wounded in Baku and throughout other regions of Azerbaijan. In the aftermath of the events mass arrests were conducted in Baku and other parts of the country.',
    },
    {
      type: 'paragraph',
      n: 4,
      text: 'The tragedy of 20 January was one of the bloodiest acts of terror perpetrated by totalitarianism during the twentieth century, and a crime against the people of Azerbaijan. It is more than evident that the use of force by the leadership of the former Soviet Union against the peaceful population had constituted a grave violation of human rights and freedoms fundamental. Those who committed this crime have yet to be punished.',
    },
    {
      type: 'paragraph',
      n: 5,
      text: '20 January 1990 has left deep and indelible trace in the memory of the people of Azerbaijan. January events are the testimony of not only condolence and tragedy, but of courage and honour of Azerbaijani nation.',
    },
    { type: 'dateline', text: 'New York, 19 January 2009' },
  ],
  annexes: [],
  references: [],
  figures: [
    {
      metric: 'troops',
      value: 30_000,
      qualifier: 'approximately',
      unit: 'soldiers',
      term: 'Soviet troops',
      quote: 'about 30000 Soviet troops using heavy armored military equipment moved to Baku',
      paragraph: { paragraph: 2 },
    },
    {
      metric: 'killed',
      value: 134,
      qualifier: 'exact',
      unit: 'people',
      term: 'people were killed',
      quote: '134 people were killed',
      paragraph: { paragraph: 3 },
    },
    {
      metric: 'wounded',
      value: 600,
      qualifier: 'more-than',
      unit: 'people',
      term: 'wounded',
      quote: 'more than 600 were wounded in Baku and throughout other regions of Azerbaijan',
      paragraph: { paragraph: 3 },
    },
  ],
  relations: sameEventAsOthers(
    '2009-01-19-press-release',
    'Late at night on January 19, 1990, without declaring the state of emergency and upon the order of the leadership of the Soviet Union, about 30000 Soviet troops',
    { paragraph: 2 },
  ),
  source: {
    fileName: '004_d2cd1108914180da.txt',
    sha256: '2d83aa028bfc8dbac7a94be4b6b586c0c0f986448feddeff27a5c037e598471c',
    digitisation:
      'Text of the Mission’s press release as extracted to Markdown: the "Special Issue" label is bold, a rule separates the letterhead, and the letterhead line ends in a Markdown line break.',
    normalisations: [
      { kind: 'markdown-emphasis', lines: [10], description: 'Bold "Special Issue" label.' },
      { kind: 'markdown-rule', lines: [8], description: 'Rule added by the extraction.' },
      { kind: 'hard-line-break', lines: [5], description: 'Trailing spaces as a line break.' },
    ],
  },
  provenance: {
    kind: stated([12, 'Press-release']),
    title: curated(
      'The release prints no title, only the labels "Special Issue" and "Press-release"; the title is a description made from its label "Special Issue" and its first sentence ("Nineteen years have passed since 20 January"). Its issuer and its genre are recorded in their own fields, so the description does not repeat them, and citations print them beside it.',
      [10, 'Special Issue'],
      [14, 'Nineteen years have passed since 20 January'],
    ),
    date: stated([24, 'New York, 19 January 2009']),
    distributionDate: notApplicable('Press releases have no UN distribution date.'),
    symbols: notFound('Press releases of the Mission carry no UN document symbol.'),
    distribution: notApplicable('Press releases have no UN distribution category.'),
    originalLanguage: notFound('The release does not say in which language it was written.'),
    languages: curated('The text of the source file is in English.'),
    organs: notApplicable('A press release is not a document of a UN organ.'),
    agendaItems: notApplicable('A press release is not circulated under agenda items.'),
    issuer: stated(
      [5, 'The Permanent Mission of the Republic of Azerbaijan'],
      [6, 'to the United Nations'],
    ),
    author: curated(
      'A press release that names no author is the work of the mission that issues it.',
    ),
    addressee: notApplicable('A press release is addressed to the public.'),
    signatories: notFound('The press release is unsigned.'),
    occasion: curated(
      'The nineteenth anniversary of 20 January 1990 is 20 January 2009; the release, dated the day before, says so.',
      [14, 'Nineteen years have passed since 20 January'],
    ),
  },
});
