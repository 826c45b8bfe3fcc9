import type { Mention } from '../../schema-facts.js';
import { STATES, UN_ORGANS } from './member-states.js';

/**
 * Names curated from the five documents. Matching is case-sensitive on word boundaries; a longer
 * form wins over a shorter one it contains (e.g. "Nagorno-Karabakh" over "Karabakh").
 */
const CURATED: ReadonlyArray<{ kind: Mention['kind']; name: string; forms: string[] }> = [
  { kind: 'person', name: 'Heydar Aliyev', forms: ['Heydar Aliyev'] },
  { kind: 'person', name: 'Nikol Pashinyan', forms: ['Nikol Pashinyan'] },
  { kind: 'place', name: 'Azerbaijan', forms: ['Azerbaijan', 'Azerbaijani Republic'] },
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

/**
 * Other names the documents use for some States, and the names a State bore before the United
 * Nations recorded its change of name (the same Member, so the same record of the State).
 */
const ALIASES: Readonly<Record<string, string[]>> = {
  Türkiye: ['Turkey'],
  Belarus: ['Byelorussian Soviet Socialist Republic'],
  Ukraine: ['Ukrainian Soviet Socialist Republic'],
  'Cabo Verde': ['Cape Verde'],
  Eswatini: ['Swaziland'],
  'North Macedonia': ['former Yugoslav Republic of Macedonia'],
  Myanmar: ['Burma'],
  Libya: ['Libyan Arab Jamahiriya'],
  'Russian Federation': ['Russia'],
  'Iran (Islamic Republic of)': ['Iran'],
  'United States of America': ['United States'],
  'United Kingdom of Great Britain and Northern Ireland': ['United Kingdom'],
  'Syrian Arab Republic': ['Syria'],
  'Republic of Moldova': ['Moldova'],
  'Venezuela (Bolivarian Republic of)': ['Venezuela'],
  'Bolivia (Plurinational State of)': ['Bolivia'],
  'Viet Nam': ['Vietnam'],
  Czechia: ['Czech Republic'],
};

/** Titles name "the Islamic Republic of Iran" where the list of States has "Iran (Islamic Republic of)". */
function longForm(name: string): string[] {
  const m = /^(.+) \((.+)\)$/.exec(name);
  return m ? [`${m[2]} ${m[1]}`] : [];
}

/**
 * Canonical names of the people, places and organisations the documents name, with every spelling
 * they use: the names curated from the corpus, then every UN Member and observer State and the
 * principal organs, so that ingested letters of any Member State find their mentions too.
 */
export const GAZETTEER: ReadonlyArray<{ kind: Mention['kind']; name: string; forms: string[] }> = [
  ...CURATED,
  ...STATES.filter((name) => !CURATED.some((e) => e.name === name)).map((name) => ({
    kind: 'place' as const,
    name,
    forms: [name, ...longForm(name), ...(ALIASES[name] ?? [])],
  })),
  ...UN_ORGANS.map((name) => ({ kind: 'organization' as const, name, forms: [name] })),
];

const STATE_FORMS = GAZETTEER.filter((e) => e.kind === 'place' && STATES.includes(e.name)).flatMap(
  (e) => e.forms.map((form) => [form, e.name] as const),
);

/**
 * The UN short name of a State written in its long form ("Republic of Azerbaijan" → "Azerbaijan",
 * "Islamic Republic of Iran" → "Iran (Islamic Republic of)"); other names are returned unchanged.
 */
export function stateName(name: string): string {
  const trimmed = name.trim();
  // A copy's straight apostrophe, dropped accents ("Cote d'Ivoire") and capitals ("AZERBAIJAN",
  // as a letterhead prints it) are the same name.
  const plain = fold(trimmed);
  // Longest first, so that "… of the Democratic Republic of the Congo" is not read as "Congo".
  foldedForms ??= STATE_FORMS.map(([form, canonical]) => [fold(form), canonical] as const).sort(
    (a, b) => b[0].length - a[0].length,
  );
  for (const [form, canonical] of foldedForms) if (plain === form) return canonical;
  if (NOT_STATES.test(plain)) return trimmed;
  for (const [form, canonical] of foldedForms)
    if (plain.endsWith(` of ${form}`) || plain.endsWith(` of the ${form}`)) return canonical;
  return trimmed;
}

/** Observers whose names end in a State's: the Order is not Malta. */
const NOT_STATES = /\border of malta$/;

let foldedForms: ReadonlyArray<readonly [string, string]> | undefined;

/** What is left where a copy dropped a State's name: nothing, "the", "Republic of", "Saint Vincent and the". */
const RESIDUE =
  /^$|(?:^|\s)(?:of|the|and)$|^(?:Permanent (?:Observer )?Mission|Delegation|Embassy)\b/i;

/**
 * A name folded as `stateName` folds it, with c read as e and l, 1 or | as i, as an OCR copy
 * misreads them ("Armcnia", "Secretary-Gcneral", "Armenla", "Ukra1ne", "RUSSlAN"): two names that
 * fold alike may be one misread.
 */
export const ocrFold = (name: string) => fold(name).replace(/c/g, 'e').replace(/[l1|]/g, 'i');
let misreadForms: ReadonlyMap<string, string> | undefined;

/**
 * The State a title or letterhead prints where it names one ("of [the] X"): its UN short name (also
 * where an OCR copy printed c for e), the name as printed when it is no Member or observer State,
 * or null when the copy dropped the name.
 */
export function statePrinted(name: string): string | null {
  if (RESIDUE.test(name.trim())) return null;
  const printed = name.replace(/^of\s+/i, '');
  const read = stateName(printed);
  misreadForms ??= new Map(STATE_FORMS.map(([form, canonical]) => [ocrFold(form), canonical]));
  // The whole name misread before a State its last words name: "the Democratic Repub1ic of the
  // Congo" is not the Congo.
  const whole = misreadForms.get(ocrFold(printed.trim().replace(/^the\s+/i, '')));
  if (whole) return whole;
  if (STATES.includes(read)) return read;
  // As stateName reads them, its last words after "of" ("Republic of Armcnia").
  const misread = ocrFold(read.replace(/^the\s+/i, ''));
  const tails = [...misread.matchAll(/ of (?:the )?/g)].map((m) => m.index + m[0].length);
  for (const at of tails) {
    const state = misreadForms.get(misread.slice(at));
    if (state) return state;
  }
  return read;
}

const fold = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase();
