import type { Evidence } from '../../schema-metadata.js';
import { ENTITY, entityChar, HAS_LIGATURE, HAS_ODD_SPACE, type Line } from './lines.js';

const INVISIBLE_CHAR = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const ENTITY_AT = new RegExp(ENTITY.source, 'y');

/**
 * The raw line with its character references, spaces, ligatures and hyphens folded as `toLines`
 * folds them (a reference to its character; a run of spaces, odd ones included, to one space; a
 * ligature to its letters; a non-breaking hyphen to a hyphen), and the raw span of each folded
 * character, so that a phrase of the clean text can be quoted as the line prints it.
 */
function folded(raw: string): { text: string; from: number[]; to: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  const push = (c: string, start: number, end: number) => {
    out.push(c);
    from.push(start);
    to.push(end);
  };
  for (let i = 0; i < raw.length; i++) {
    let c = raw[i] as string;
    let end = i + 1;
    if (c === '&') {
      ENTITY_AT.lastIndex = i;
      const m = ENTITY_AT.exec(raw);
      const decoded = m ? entityChar(m[1], m[2], m[3]) : null;
      if (m && decoded !== null) {
        c = decoded;
        end = i + m[0].length;
      }
    }
    if (INVISIBLE_CHAR.test(c)) {
      i = end - 1;
      continue;
    }
    if (c === ' ' || HAS_ODD_SPACE.test(c)) {
      if (out.at(-1) !== ' ') push(' ', i, end);
    } else if (c === '\u2010' || c === '\u2011') push('-', i, end);
    else for (const letter of HAS_LIGATURE.test(c) ? c.normalize('NFKC') : c) push(letter, i, end);
    i = end - 1;
  }
  return { text: out.join(''), from, to };
}

/**
 * Evidence for a phrase on a line: the phrase as the raw line prints it (its own spaces,
 * ligatures and hyphens), or the line itself when the phrase is not found there.
 */
export function evidenceOf(line: Line, phrase: string): Evidence {
  if (phrase && line.raw.includes(phrase)) return { line: line.n, quote: phrase };
  const { text, from, to } = phrase ? folded(line.raw) : { text: '', from: [], to: [] };
  const at = phrase ? text.indexOf(phrase) : -1;
  if (at !== -1)
    return {
      line: line.n,
      quote: line.raw.slice(from[at], to[at + phrase.length - 1]),
    };
  const words = line.raw.trim();
  return { line: line.n, quote: words.length > 0 ? words.slice(0, 240).trim() : line.raw };
}
