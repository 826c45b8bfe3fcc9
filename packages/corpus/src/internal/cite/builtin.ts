import type { DocumentRecord } from '../../schema.js';

/** Where a citation comes from in a CSL style: its citation layout, its bibliography layout, or the note made running text. */
export type Layout = 'citation' | 'bibliography' | 'running-text';

/** How a built-in style names authors, writes pinpoints and treats descriptive titles. */
export interface BuiltinStyle {
  title: string;
  modes: Readonly<Partial<Record<'note' | 'bibliography' | 'in-text', Layout>>>;
  /** The author as the style writes it, one literal; `undefined` where the style prints none. */
  author: (record: DocumentRecord) => string | undefined;
  pinpoint: { annex: string; section: string; paragraph: string | null };
  /** A descriptive title printed as is, with its first letter lower-cased, or left out. */
  descriptive: 'as-is' | 'lower-first' | 'omit';
}

const OSCOLA_ORGANS: Record<string, string> = {
  'General Assembly': 'UNGA',
  'Security Council': 'UNSC',
  'Economic and Social Council': 'ECOSOC',
  'Human Rights Council': 'UNHRC',
};

const organs = (r: DocumentRecord) => r.organs.map((o) => o.organ);
const isMasthead = (r: DocumentRecord) => r.organs.length > 0;
const and = (names: readonly string[], word: string) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${word} ${names.at(-1)}`;
/** "Azerbaijan, Permanent Mission of …": a government unit after its country, largest unit first. */
const governmentUnit = (r: DocumentRecord): string | undefined =>
  r.issuer
    ? r.issuer.country
      ? `${r.issuer.country}, ${r.issuer.name}`
      : r.issuer.name
    : undefined;
const issuer = (r: DocumentRecord) => r.issuer?.name;

/** The names of the seven styles written for this package. */
export type BuiltinStyleName =
  | 'un'
  | 'un-bibliography'
  | 'bluebook'
  | 'oscola'
  | 'apa'
  | 'chicago'
  | 'mla';

/** The seven styles written for this package, by name. */
export const BUILTIN_STYLES: Readonly<Record<BuiltinStyleName, BuiltinStyle>> = {
  un: {
    title: 'UN Editorial Manual: footnotes and text notes',
    modes: { note: 'citation', 'in-text': 'running-text' },
    author: (r) => (isMasthead(r) ? undefined : governmentUnit(r)),
    pinpoint: { annex: 'annex', section: 'sect.', paragraph: null },
    descriptive: 'lower-first',
  },
  'un-bibliography': {
    title: 'UN Editorial Manual: list of sources',
    modes: { bibliography: 'bibliography' },
    author: (r) => (isMasthead(r) ? `United Nations, ${and(organs(r), 'and')}` : governmentUnit(r)),
    pinpoint: { annex: 'annex', section: 'sect.', paragraph: 'para.' },
    descriptive: 'as-is',
  },
  bluebook: {
    title: 'The Bluebook, rule 21.7',
    modes: { note: 'citation' },
    author: (r) => (r.kind === 'letter' ? undefined : issuer(r)),
    pinpoint: { annex: 'annex', section: '§', paragraph: '¶' },
    descriptive: 'omit',
  },
  oscola: {
    title: 'OSCOLA',
    modes: { note: 'citation', bibliography: 'bibliography' },
    author: (r) =>
      isMasthead(r)
        ? and(
            organs(r).map((o) => OSCOLA_ORGANS[o] ?? `UN ${o}`),
            'and',
          )
        : issuer(r),
    pinpoint: { annex: 'annex', section: 's', paragraph: 'para' },
    descriptive: 'as-is',
  },
  apa: {
    title: 'APA, 7th edition',
    modes: { bibliography: 'bibliography', 'in-text': 'citation' },
    author: (r) =>
      isMasthead(r)
        ? and(
            organs(r).map((o) => `United Nations ${o}`),
            '&',
          )
        : issuer(r),
    pinpoint: { annex: 'Annex', section: 'Section', paragraph: 'para.' },
    descriptive: 'as-is',
  },
  chicago: {
    title: 'Chicago Manual of Style: notes and bibliography',
    modes: { note: 'citation', bibliography: 'bibliography' },
    author: (r) =>
      isMasthead(r)
        ? and(
            organs(r).map((o) => `United Nations ${o}`),
            'and',
          )
        : issuer(r),
    pinpoint: { annex: 'annex', section: 'sec.', paragraph: 'par.' },
    descriptive: 'as-is',
  },
  mla: {
    title: 'MLA Handbook, 9th edition',
    modes: { bibliography: 'bibliography', 'in-text': 'citation' },
    author: (r) => (isMasthead(r) ? `United Nations, ${and(organs(r), 'and')}` : governmentUnit(r)),
    pinpoint: { annex: 'annex', section: 'sec.', paragraph: 'par.' },
    descriptive: 'as-is',
  },
};

export const BUILTIN_STYLE_NAMES = Object.keys(BUILTIN_STYLES) as readonly BuiltinStyleName[];
