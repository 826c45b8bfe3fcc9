import type { Evidence } from '../../schema-metadata.js';
import type { Line } from './lines.js';

/** Evidence for a phrase on a line: the phrase itself when the raw line has it verbatim. */
export function evidenceOf(line: Line, phrase: string): Evidence {
  if (phrase && line.raw.includes(phrase)) return { line: line.n, quote: phrase };
  const words = line.raw.trim();
  return { line: line.n, quote: words.length > 0 ? words.slice(0, 240).trim() : line.raw };
}
