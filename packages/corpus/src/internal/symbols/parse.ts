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
  /** A trailing `*`: the document was reissued. */
  reissued: boolean;
}

/** Thrown by `parseSymbol` for text that is not a UN document symbol, naming the bad component. */
export class SymbolParseError extends Error {
  override name = 'SymbolParseError';
  constructor(
    message: string,
    readonly input: string,
    /** 0-based index of the offending component (0 is the root), or -1 for the whole text. */
    readonly component: number,
  ) {
    super(message);
  }
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
const SPLIT = new RegExp(
  `(?<=[0-9*)])(?: ?[-\u2013\u2014] ?| |)(?=(?:${ROOT_NAMES.join('|')})/)`,
  'gi',
);
const PARENTHETICAL = / ?\((S-|ES-)?([IVXLC]+|(?:19|20)[0-9]{2})\)$/i;

/** The members of a cleaned (possibly double) symbol text: split where a second root begins. */
export function splitDouble(clean: string): string[] {
  return clean.split(SPLIT).filter((s) => s !== '');
}

/** Parse one single symbol (already cleaned). */
export function parseSingle(input: string, clean: string): SymbolParts {
  let text = clean;
  const reissued = text.endsWith('*');
  if (reissued) text = text.replace(/\*+$/, '');
  let parenthetical: string | null = null;
  const paren = PARENTHETICAL.exec(text);
  if (paren) {
    parenthetical = `${(paren[1] ?? '').toUpperCase()}${(paren[2] as string).toUpperCase()}`;
    text = text.slice(0, paren.index);
  }
  if (parenthetical && /^[0-9]{1,4}$/.test(text)) {
    return { root: null, components: [{ kind: 'number', value: text }], parenthetical, reissued };
  }
  if (text === '') throw new SymbolParseError('empty symbol', input, -1);
  if (/\s/.test(text)) throw new SymbolParseError(`unexpected space in "${text}"`, input, -1);
  const [rootText = '', ...rest] = text.split('/');
  const root = rootText.toUpperCase();
  if (!(root in ROOTS)) {
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
  return { root, components, parenthetical, reissued };
}

/** The standard spelling of one symbol's parts. */
export function formatSingle(parts: SymbolParts): string {
  const body = [parts.root, ...parts.components.map(formatComponent)]
    .filter((c) => c !== null)
    .join('/');
  const paren = parts.parenthetical === null ? '' : ` (${parts.parenthetical})`;
  return `${body}${paren}${parts.reissued ? '*' : ''}`;
}
