import { SymbolParseError } from '../errors.js';
import { classify, formatComponent, type SymbolComponent } from './components.js';
import { ROOTS } from './vocabulary.js';

/** The structured parts of one UN document symbol. */
export interface SymbolParts {
  /** The series root, e.g. "A"; `null` for a bare old resolution number such as "3362 (S-VII)". */
  root: string | null;
  /** Every component after the root, classified, in order. */
  components: SymbolComponent[];
  /** An old-style resolution's session or year in parentheses: "V" in "A/RES/491 (V)". */
  parenthetical: string | null;
  /** A trailing `*`: the document was reissued. A flag, not part of the normalised symbol. */
  reissued: boolean;
  /** The part of a resolution adopted in parts: "A" in "A/RES/69/274 A", "A-B" in "A/RES/70/93 A-B". */
  part: string | null;
  /** A resumed meeting's record: 1 in "S/PV.3745 (Resumption 1)". */
  resumption: number | null;
}

/** Fold the ways symbols get printed: no-break and line-break spaces, dashes, spaces around `/`. */
export function cleanSymbolText(text: string): string {
  if (/^[\x21-\x7e]*$/.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ ?\/ ?/g, '/')
    .replace(/\b(Add|Rev|Corr|Amend|PV|SR|L|WP|CRP|AC|CN|CONF|Sub|WG)\. (?=[0-9IVX])/gi, '$1.')
    .replace(/ ?- ?(?=[0-9])/g, '-');
}

const ROOT_NAMES = Object.keys(ROOTS).sort((a, b) => b.length - a.length);
// A second root begins after a number, a reissue mark or a parenthesis (with a dash, a space or
// nothing between), or after a letter with a dash: the normal form joins members with a hyphen
// whatever the first one ends with, and must read back to itself. A plain-text copy types the
// dash as two or three hyphens.
const SPLIT = new RegExp(
  `(?:(?<=[0-9*)])(?: ?(?:-{2,3}|[-\u2013\u2014]) ?| |)|(?<=[A-Za-z])(?:-{2,3}|[-\u2013\u2014]))(?=(?:${ROOT_NAMES.join('|')})/)`,
  'gi',
);
const PARENTHETICAL = / ?\((S-|ES-)?([IVXLC]+|(?:19|20)[0-9]{2})\)$/i;
const RESUMPTION = / ?\(Resumption ([0-9]{1,2})\)$/i;
/** A resolution's part letter after a space: "A", or a range of parts "A-B". */
const PART = / ([A-Z])(?:-([A-Z]))?$/;

/** The members of a cleaned (possibly double) symbol text: split where a second root begins. */
export function splitDouble(clean: string): string[] {
  return clean.split(SPLIT).filter((s) => s !== '');
}

/** Parse one single symbol (already cleaned); `unknownRoots` reads any 2-8 letter root. */
export function parseSingle(input: string, clean: string, unknownRoots = false): SymbolParts {
  let text = clean;
  const reissued = text.endsWith('*');
  if (reissued) text = text.replace(/\*+$/, '');
  const resumed = RESUMPTION.exec(text);
  const resumption = resumed ? Number(resumed[1]) : null;
  if (resumed) text = text.slice(0, resumed.index);
  const parted = /\/RES\//i.test(text) ? PART.exec(text) : null;
  const part = parted ? (parted[2] ? `${parted[1]}-${parted[2]}` : (parted[1] as string)) : null;
  if (parted) text = text.slice(0, parted.index);
  let parenthetical: string | null = null;
  const paren = PARENTHETICAL.exec(text);
  if (paren) {
    parenthetical = `${(paren[1] ?? '').toUpperCase()}${(paren[2] as string).toUpperCase()}`;
    text = text.slice(0, paren.index);
  }
  if (parenthetical && /^[0-9]{1,4}$/.test(text)) {
    return {
      root: null,
      components: [{ kind: 'number', value: Number(text), through: null }],
      parenthetical,
      reissued,
      part,
      resumption,
    };
  }
  if (text === '') throw new SymbolParseError('empty symbol', input, -1);
  if (/\s/.test(text)) throw new SymbolParseError(`unexpected space in "${text}"`, input, -1);
  const [rootText = '', ...rest] = text.split('/');
  const root = rootText.toUpperCase();
  if (!(root in ROOTS) && !(unknownRoots && /^[A-Z]{2,8}$/.test(root))) {
    throw new SymbolParseError(
      `unknown series root "${rootText}" (component 1); known roots: ${Object.keys(ROOTS).join(', ')}`,
      input,
      0,
    );
  }
  if (rest.length === 0)
    throw new SymbolParseError(`"${rootText}" has no components after the root`, input, 0);
  const { components, problem } = classify(root, rest);
  if (problem) {
    throw new SymbolParseError(
      `component ${problem.index + 1} "${problem.component}": ${problem.reason}`,
      input,
      problem.index,
    );
  }
  if (!components.some((c) => /[0-9]/.test(formatComponent(c)))) {
    throw new SymbolParseError(`"${text}" has no number: a symbol names one document`, input, -1);
  }
  if (parenthetical && !components.some((c) => c.kind === 'type' && c.value === 'RES')) {
    throw new SymbolParseError(
      'a parenthesised session or year follows only a resolution number',
      input,
      -1,
    );
  }
  if (resumption !== null && !components.some((c) => c.kind === 'type' && c.value === 'PV'))
    throw new SymbolParseError('a resumption follows only a meeting record (PV)', input, -1);
  return { root, components, parenthetical, reissued, part, resumption };
}

/** The standard spelling of one symbol's parts; the reissue mark is a flag, not spelled. */
export function formatSingle(parts: SymbolParts): string {
  const body = [parts.root, ...parts.components.map(formatComponent)]
    .filter((c) => c !== null)
    .join('/');
  const paren = parts.parenthetical === null ? '' : ` (${parts.parenthetical})`;
  const resumed = parts.resumption === null ? '' : ` (Resumption ${parts.resumption})`;
  return `${body}${paren}${resumed}${parts.part === null ? '' : ` ${parts.part}`}`;
}
