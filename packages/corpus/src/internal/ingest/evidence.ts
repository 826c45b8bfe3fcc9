import type { Evidence } from '../../schema-metadata.js';
import type { Line } from './lines.js';

// What `toLines` folds, undone for a search of the raw line: a space may be any run of spaces
// (no-break and the like), and letters a ligature may have tied may be that ligature.
const TIED: Array<[string, string]> = [
  ['ffi', '(?:ffi|\ufb03|\ufb00i|f\ufb01)'],
  ['ffl', '(?:ffl|\ufb04|\ufb00l|f\ufb02)'],
  ['ff', '(?:ff|\ufb00)'],
  ['fi', '(?:fi|\ufb01)'],
  ['fl', '(?:fl|\ufb02)'],
  ['st', '(?:st|\ufb05|\ufb06)'],
];
const PIECE = /ffi|ffl|ff|fi|fl|st| |[\s\S]/g;
const SPACES = '[ \\t\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]+';
const literal = (c: string) => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** The phrase as the raw line may print it, before `toLines` folded its spaces and ligatures. */
function asPrinted(phrase: string): RegExp {
  const pattern = phrase.replace(PIECE, (p) =>
    p === ' ' ? SPACES : (TIED.find(([letters]) => letters === p)?.[1] ?? literal(p)),
  );
  return new RegExp(pattern);
}

/**
 * Evidence for a phrase on a line: the phrase as the raw line prints it (its own spaces and
 * ligatures), or the line itself when the phrase is not found there.
 */
export function evidenceOf(line: Line, phrase: string): Evidence {
  if (phrase && line.raw.includes(phrase)) return { line: line.n, quote: phrase };
  const printed = phrase ? asPrinted(phrase).exec(line.raw)?.[0] : undefined;
  if (printed) return { line: line.n, quote: printed };
  const words = line.raw.trim();
  return { line: line.n, quote: words.length > 0 ? words.slice(0, 240).trim() : line.raw };
}
