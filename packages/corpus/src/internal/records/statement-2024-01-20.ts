import { MISSION, sameEventAsOthers } from './common.js';
import { defineRecord } from './define.js';
import { curated, notApplicable, notFound, stated, statedWithNote } from './provenance.js';

const NOT_PRINTED =
  'The text prints no letterhead, issuer, place or date line. The seed set was collected as texts issued by or for the Permanent Mission of the Republic of Azerbaijan to the United Nations, and the text speaks for Azerbaijan in the first person ("our people", "our country").';

/** 003: statement on the thirty-fourth anniversary (2024); it prints no issuer and no date. */
export const statement20240120 = defineRecord({
  id: '2024-01-20-statement',
  kind: 'statement',
  title: '34th anniversary of the “Black January” tragedy',
  titleIsDescriptive: false,
  date: null,
  distributionDate: null,
  symbols: [],
  distribution: null,
  originalLanguage: null,
  languages: ['en'],
  organs: [],
  agendaItems: [],
  issuer: MISSION,
  author: null,
  addressee: null,
  signatories: [],
  occasion: { date: '2024-01-20', description: 'Thirty-fourth anniversary of “Black January”' },
  body: [
    { type: 'heading', role: 'title', text: '34th anniversary of the “Black January” tragedy' },
    {
      type: 'paragraph',
      n: 1,
      text: 'January 20, 2024, marks the 34th anniversary of the military invasion and vicious massacre of civilians in the city of Baku, Azerbaijan by the forces of the Soviet Army back in January 20, 1990. On the night of January 19 to 20, 1990, by order of the USSR leadership, 26,000 Soviet troops invaded Baku and Sumgait, as well as other cities of Azerbaijan. As a result of this military intervention, 147 civilians were killed and 744 were seriously injured. This event went down in the history of modern Azerbaijan as "Black January".',
    },
    {
      type: 'paragraph',
      n: 2,
      text: "Before these tragic events, the groundless territorial claims of Armenia against Azerbaijan in the late 1980s, the aggressive separatist activities of Armenian radicals in the Nagorno-Karabakh Autonomous Region of the former Azerbaijan SSR and the Soviet leadership's support to this illegal activity, as well as the violent and brutal deportation of hundreds of thousands of Azerbaijanis from Armenia spurred the expansion of the movement against the Soviet Government in Azerbaijan. The Soviet Army deployed to the country in order to prevent the national movement and break the will of the Azerbaijani people for independence, committed an unprecedented massacre against the peaceful population, violating the norms of international law, the Constitutions of the former USSR, and the Azerbaijani SSR.",
    },
    {
      type: 'paragraph',
      n: 3,
      text: 'Human Rights Watch report on “Black January in Azerbaijan” stated, “Indeed, the violence used by the Soviet Army on the night of January 19-20 was so out of proportion to the resistance offered by Azerbaijanis as to constitute an exercise in collective punishment. Since Soviet officials have stated publicly that the purpose of the intervention of Soviet troops was to prevent the ouster of the Communist-dominated government of the Republic of Azerbaijan by the nationalist-minded, noncommunist opposition, the punishment inflicted on Baku by Soviet soldiers may have been intended as a warning to nationalists, not only in Azerbaijan but in the other Republics of the Soviet Union”.',
    },
    {
      type: 'paragraph',
      n: 4,
      text: 'At a press conference at the Permanent Representation of Azerbaijan in Moscow immediately after the tragic events, National leader Heydar Aliyev strongly condemned this atrocity and demanded a political assessment of the massacre against our people and punishment for the perpetrators. At a special session of the Milli Majlis (Parliament) in February 1994, the brutal murder of innocent people on January 20, 1990, was regarded as military aggression and crime, and as a result of the deliberations in March 1994, the decision “On the tragic events committed in Baku on January 20, 1990” was adopted.',
    },
    {
      type: 'paragraph',
      n: 5,
      text: 'Although 34 years have passed since the January 20, 1990 events, which were a gross violation of the UN Universal Declaration of Human Rights, the International Covenant on Civil and Political Rights, and other international legal documents, and was one of the serious crimes of the 20th century by its essence and scope, it had not received an international political and legal assessment. The former Soviet leadership is directly responsible for this crime. According to international law, the events of January 20 must be described as a crime against humanity, and its initiators and perpetrators must be brought to justice.',
    },
    {
      type: 'paragraph',
      n: 6,
      text: 'Today, the souls of our heroic martyrs who gave their lives for the independence of Azerbaijan, and for the sovereignty and territorial integrity of our country, have found peace. Under the leadership of the Victorious Supreme Commander-in-Chief, the brave Army of Azerbaijan liberated our territories from occupation, and the territorial integrity of Azerbaijan is restored.',
    },
    {
      type: 'paragraph',
      n: 7,
      text: 'Even though the Azerbaijani people suffered great losses from the tragedy of 20 January 1990, their pride and dignity remained untainted. Black January was a turning point in the history of Azerbaijan and proved to be a vivid manifestation of the bravery and determination of its people to defend their national identity. To commemorate the memory of Azerbaijanis who heroically perished in this tragedy, the “Alley of Martyrs” has been laid out at the highest point of the capital city of Baku. People from all over the country pay a visit to the Alley to honor and revere the victims of those events that paved the way for the independence and prosperity of the Republic of Azerbaijan today.',
    },
    {
      type: 'paragraph',
      n: 8,
      text: 'Independence, sovereignty, and territorial integrity of Azerbaijan will be strengthened, and those who question these supreme principles forming the basis of statehood and those who promote the revanchist ideas, will be faced with the proper response, and all necessary steps will be taken to bring to justice those responsible for various crimes against the People and the State of Azerbaijan.',
    },
  ],
  annexes: [],
  references: [
    {
      type: 'work',
      workType: 'report',
      title: 'Black January in Azerbaijan',
      author: 'Human Rights Watch',
      quote: 'Human Rights Watch report on “Black January in Azerbaijan” stated',
      paragraph: { paragraph: 3 },
    },
    {
      type: 'work',
      workType: 'decision',
      title: 'On the tragic events committed in Baku on January 20, 1990',
      author: 'Milli Majlis',
      quote:
        'the decision “On the tragic events committed in Baku on January 20, 1990” was adopted',
      paragraph: { paragraph: 4 },
    },
    {
      type: 'work',
      workType: 'instrument',
      title: 'Universal Declaration of Human Rights',
      author: 'United Nations',
      quote: 'the UN Universal Declaration of Human Rights',
      paragraph: { paragraph: 5 },
    },
    {
      type: 'work',
      workType: 'instrument',
      title: 'International Covenant on Civil and Political Rights',
      author: null,
      quote: 'the International Covenant on Civil and Political Rights',
      paragraph: { paragraph: 5 },
    },
  ],
  figures: [
    {
      metric: 'troops',
      value: 26_000,
      qualifier: 'exact',
      unit: 'soldiers',
      term: 'Soviet troops',
      quote: '26,000 Soviet troops invaded Baku and Sumgait, as well as other cities of Azerbaijan',
      paragraph: { paragraph: 1 },
    },
    {
      metric: 'killed',
      value: 147,
      qualifier: 'exact',
      unit: 'people',
      term: 'civilians were killed',
      quote: '147 civilians were killed',
      paragraph: { paragraph: 1 },
    },
    {
      metric: 'wounded',
      value: 744,
      qualifier: 'exact',
      unit: 'people',
      term: 'seriously injured',
      quote: '744 were seriously injured',
      paragraph: { paragraph: 1 },
    },
  ],
  relations: sameEventAsOthers(
    '2024-01-20-statement',
    'On the night of January 19 to 20, 1990, by order of the USSR leadership, 26,000 Soviet troops invaded Baku and Sumgait',
    { paragraph: 1 },
  ),
  source: {
    fileName: '003_d0690a29e5b8935e.txt',
    sha256: '9d9cfafa424f420af25dfe9f22885d5884a4ed7134ac872215f0acb94fc74535',
    digitisation:
      'Text of a statement as extracted to Markdown from a web page: the title is a bold heading, ordinal suffixes are HTML superscripts, emphasis is bold, and a page break survives as blank lines inside a paragraph.',
    normalisations: [
      { kind: 'markdown-heading', lines: [3], description: 'The title is a ## heading.' },
      {
        kind: 'markdown-emphasis',
        lines: [3, 5, 9],
        description: 'Bold title, first sentence and paragraph 3.',
      },
      { kind: 'html-superscript', lines: [3, 5], description: '34<sup>th</sup> is read as 34th.' },
      {
        kind: 'page-break-join',
        lines: [17],
        description: 'Paragraph 6 continues after a page break ("Under the / leadership").',
      },
    ],
  },
  provenance: {
    kind: curated(
      'The text has a title but no letterhead, press-release label, place or date line, and no addressee: it is recorded as a statement.',
    ),
    title: statedWithNote('34<sup>th</sup> is read as 34th.', [
      3,
      'anniversary of the “Black January” tragedy',
    ]),
    date: notFound(
      'The text prints no date of issue; the anniversary it marks is recorded as the occasion.',
    ),
    distributionDate: notApplicable('Not a UN masthead document.'),
    symbols: notFound('The text carries no UN document symbol.'),
    distribution: notApplicable('Not a UN masthead document.'),
    originalLanguage: notFound('The text does not say in which language it was written.'),
    languages: curated('The text of the source file is in English.'),
    organs: notApplicable('The statement is not a document of a UN organ.'),
    agendaItems: notApplicable('The statement is not circulated under agenda items.'),
    issuer: curated(NOT_PRINTED),
    author: notFound('No author is printed.'),
    addressee: notFound('No addressee is printed.'),
    signatories: notFound('The statement is unsigned.'),
    occasion: stated([5, 'January 20, 2024, marks the 34']),
  },
});
