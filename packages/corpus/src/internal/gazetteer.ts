import type { Mention } from '../schema-facts.js';

/**
 * Canonical names of the people, places and organisations the documents name, with every spelling
 * they use. Matching is case-sensitive on word boundaries; a longer form wins over a shorter one
 * it contains (e.g. "Nagorno-Karabakh" over "Karabakh").
 */
export const GAZETTEER: ReadonlyArray<{ kind: Mention['kind']; name: string; forms: string[] }> = [
  { kind: 'person', name: 'Heydar Aliyev', forms: ['Heydar Aliyev'] },
  { kind: 'person', name: 'Nikol Pashinyan', forms: ['Nikol Pashinyan'] },
  { kind: 'place', name: 'Azerbaijan', forms: ['Azerbaijan'] },
  { kind: 'place', name: 'Armenia', forms: ['Armenia'] },
  { kind: 'place', name: 'Baku', forms: ['Baku'] },
  { kind: 'place', name: 'Sumgayit', forms: ['Sumgayit', 'Sumgait'] },
  { kind: 'place', name: 'Lankaran', forms: ['Lankaran'] },
  { kind: 'place', name: 'Neftchala', forms: ['Neftchala'] },
  { kind: 'place', name: 'Moscow', forms: ['Moscow'] },
  {
    kind: 'place',
    name: 'Karabakh',
    forms: ['Nagorno-Karabakh Autonomous Region', 'Nagorno-Karabakh', 'Karabakh'],
  },
  {
    kind: 'place',
    name: "Martyrs' Alley",
    forms: ['Martyrs’ Alley', "Martyr's Alley", 'Alley of Martyrs'],
  },
  { kind: 'place', name: 'Soviet Union', forms: ['Soviet Union', 'USSR'] },
  { kind: 'place', name: 'Azerbaijan SSR', forms: ['Azerbaijan SSR', 'Azerbaijani SSR'] },
  { kind: 'place', name: 'Armenian SSR', forms: ['Soviet Socialist Republic of Armenia'] },
  { kind: 'organization', name: 'Soviet Army', forms: ['Soviet Army', 'Soviet army'] },
  { kind: 'organization', name: 'Milli Majlis', forms: ['Milli Majlis'] },
  { kind: 'organization', name: 'Human Rights Watch', forms: ['Human Rights Watch'] },
  {
    kind: 'organization',
    name: 'Ministry of Foreign Affairs of the Republic of Azerbaijan',
    forms: ['Ministry of Foreign Affairs of the Republic of Azerbaijan'],
  },
  {
    kind: 'organization',
    name: 'Permanent Representation of Azerbaijan in Moscow',
    forms: [
      'Permanent Representation of Azerbaijan in Moscow',
      'Permanent Mission of Azerbaijan in Moscow',
    ],
  },
  {
    kind: 'organization',
    name: 'State Security Committee of the USSR (KGB)',
    forms: ['USSR State Security Committee (KGB)', 'State Security Committee of the Soviet Union'],
  },
  {
    kind: 'organization',
    name: 'Ministry of Defense of the Soviet Union',
    forms: ['Ministry of Defense'],
  },
  {
    kind: 'organization',
    name: 'Ministry of Interior of the Soviet Union',
    forms: ['Ministry of Interior'],
  },
];
