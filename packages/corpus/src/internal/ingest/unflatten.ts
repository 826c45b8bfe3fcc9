import type { Line } from './lines.js';
import { LETTER_TITLE } from './title.js';

const MASTHEAD_BREAKS =
  /\s+(?=Distr\.:|Original:|General Assembly\b|Security Council\b|Economic and Social Council\b|Agenda items?\b|Items? \d[\d, ()a-z]* of the provisional agenda|(?:Identical letters|Letter|Note verbale) dated\b|(?:[A-Z][a-z]+-)?[A-Z][a-z]+ (?:emergency special session|special session|session|year)\b)|(?<=\b(?:session|year))\s+/g;
const TITLE_END =
  /^((?:Identical letters|Letter|Note verbale) dated .+? addressed to the (?:Secretary-General|President of the [A-Z][a-z]+(?: [A-Z][a-z]+)*)(?: and the (?:Secretary-General|President of the [A-Z][a-z]+(?: [A-Z][a-z]+)*))?)\s+(?=[A-Z0-9“"])/;
const BODY_BREAKS = /\s+(?=\((?:Signed|Signé)\)|Annex(?: [IVX]+)? to the |Enclosure\b)/g;

/**
 * Text whose line breaks were lost (a whole letter on one line) is cut again where a masthead,
 * a title, a signature or an annex begins. Every piece keeps its source line number and raw
 * text, so evidence still points at the input. Paragraph breaks of the body cannot be recovered.
 */
export function unflatten(lines: Line[]): { lines: Line[]; flattened: boolean } {
  const filled = lines.filter((l) => l.text !== '');
  if (filled.length > 3 || !filled.some((l) => l.text.length > 400))
    return { lines, flattened: false };
  const out: Line[] = [];
  for (const line of lines) {
    if (line.text.length <= 400) {
      out.push(line);
      continue;
    }
    const titleAt = line.text.search(/(?:Identical letters|Letter|Note verbale) dated\b/);
    const head = titleAt > 0 ? line.text.slice(0, titleAt) : '';
    let rest = titleAt >= 0 ? line.text.slice(titleAt) : line.text;
    const pieces = head ? head.split(MASTHEAD_BREAKS).filter((p) => p.trim() !== '') : [];
    const title = TITLE_END.exec(rest);
    if (title && LETTER_TITLE.test(rest)) {
      pieces.push(title[1] as string);
      rest = rest.slice(title[0].length);
    }
    pieces.push(...rest.split(BODY_BREAKS));
    for (const piece of pieces) {
      out.push(
        { n: line.n, raw: line.raw, text: piece.trim() },
        { n: line.n, raw: line.raw, text: '' },
      );
    }
  }
  return { lines: out, flattened: true };
}
