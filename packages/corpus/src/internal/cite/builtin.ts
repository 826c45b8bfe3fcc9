import type { BuiltinStyleName } from '../../vocabulary.js';

/** Where a citation comes from in a CSL style: its citation layout, its bibliography layout, or the note made running text. */
export type Layout = 'citation' | 'bibliography' | 'running-text';

/** A built-in style's modes and how it writes the parts of a pinpoint (the style file decides the rest). */
export interface BuiltinStyle {
  title: string;
  modes: Readonly<Partial<Record<'note' | 'bibliography' | 'in-text', Layout>>>;
  pinpoint: { annex: string; section: string; paragraph: string | null };
}

/** The seven styles written for this package, by name. */
export const BUILTIN_STYLES: Readonly<Record<BuiltinStyleName, BuiltinStyle>> = {
  un: {
    title: 'UN Editorial Manual: footnotes and text notes',
    modes: { note: 'citation', 'in-text': 'running-text' },
    pinpoint: { annex: 'annex', section: 'sect.', paragraph: null },
  },
  'un-bibliography': {
    title: 'UN Editorial Manual: list of sources',
    modes: { bibliography: 'bibliography' },
    pinpoint: { annex: 'annex', section: 'sect.', paragraph: 'para.' },
  },
  bluebook: {
    title: 'The Bluebook, rule 21.7',
    modes: { note: 'citation' },
    pinpoint: { annex: 'annex', section: '§', paragraph: '¶' },
  },
  oscola: {
    title: 'OSCOLA',
    modes: { note: 'citation', bibliography: 'bibliography' },
    pinpoint: { annex: 'annex', section: 's', paragraph: 'para' },
  },
  apa: {
    title: 'APA, 7th edition',
    modes: { bibliography: 'bibliography', 'in-text': 'citation' },
    pinpoint: { annex: 'annex', section: 'section', paragraph: 'para.' },
  },
  chicago: {
    title: 'Chicago Manual of Style: notes and bibliography',
    modes: { note: 'citation', bibliography: 'bibliography' },
    pinpoint: { annex: 'annex', section: 'sec.', paragraph: 'par.' },
  },
  mla: {
    title: 'MLA Handbook, 9th edition',
    modes: { bibliography: 'bibliography', 'in-text': 'citation' },
    pinpoint: { annex: 'annex', section: 'sec.', paragraph: 'par.' },
  },
};
