import type { Evidence } from '../../schema-metadata.js';
import { HAS_LIGATURE, HAS_ODD_SPACE, type Line } from './lines.js';

/**
 * The raw line with its spaces, ligatures and hyphens folded as `toLines` folds them (a run of
 * spaces, odd ones included, to one space; a ligature to its letters; a non-breaking hyphen to a
 * hyphen), and the raw position of each folded character, so that a phrase of the clean text can
 * be quoted as the line prints it.
 */
function folded(raw: string): { text: string; from: number[] } {
  const out: string[] = [];
  const from: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === ' ' || HAS_ODD_SPACE.test(c)) {
      if (out.at(-1) === ' ') continue;
      out.push(' ');
      from.push(i);
      continue;
    }
    if (c === '\u2010' || c === '\u2011') {
      out.push('-');
      from.push(i);
      continue;
    }
    for (const letter of HAS_LIGATURE.test(c) ? c.normalize('NFKC') : c) {
      out.push(letter);
      from.push(i);
    }
  }
  return { text: out.join(''), from };
}

/**
 * Evidence for a phrase on a line: the phrase as the raw line prints it (its own spaces,
 * ligatures and hyphens), or the line itself when the phrase is not found there.
 */
export function evidenceOf(line: Line, phrase: string): Evidence {
  if (phrase && line.raw.includes(phrase)) return { line: line.n, quote: phrase };
  const { text, from } = phrase ? folded(line.raw) : { text: '', from: [] };
  const at = phrase ? text.indexOf(phrase) : -1;
  if (at !== -1)
    return {
      line: line.n,
      quote: line.raw.slice(from[at], (from[at + phrase.length - 1] as number) + 1),
    };
  const words = line.raw.trim();
  return { line: line.n, quote: words.length > 0 ? words.slice(0, 240).trim() : line.raw };
}
