import type { Line } from './lines.js';
import { factAt, factOpens, type MastheadToken, type Owner } from './masthead-fact-at.js';
import {
  ASSEMBLY_COMMITTEE,
  FOOTNOTE_AT,
  IN_TITLE,
  OTHER_BODY,
  OTHER_BODY_WORDS,
  organNamed,
} from './masthead-facts.js';

const isUpper = (c: number) => c >= 65 && c <= 90;
/** A small letter, a digit or a stop: what a run-on fact's capital may follow. */
const runsOn = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46;

/**
 * Where the word from `at` to `end` ends: before a fact run on to it ("2021Original:",
 * "sessionAgenda item 34"), else at `end`.
 */
function gluedFact(text: string, at: number, end: number): number {
  for (let j = at + 1; j < end; j++)
    if (isUpper(text.charCodeAt(j)) && runsOn(text.charCodeAt(j - 1)))
      if (factOpens(text.slice(j, j + 120))) return j;
  return end;
}

/**
 * Cut masthead lines into facts: logo, symbols, organs, sessions and years, `Distr.`, dates,
 * `Original:`, agenda heads, and the words between them. Two-column and flattened copies put
 * several facts on a line; this reads them wherever they stand. Linear: each step consumes text.
 */
export function tokenizeMasthead(lines: readonly Line[]): MastheadToken[] {
  const out: MastheadToken[] = [];
  let owner: Owner = 'assembly';
  for (const [i, line] of lines.entries()) {
    const text = line.text;
    if (text.startsWith('*')) {
      out.push({ kind: 'footnote', text, line });
      continue;
    }
    // "…and the" over "Council of Europe": a wrapped title's words, no body's heading.
    // An organ an OCR copy misread ("Generai Assembly") is still that organ.
    if (OTHER_BODY.test(text) && !organNamed(text) && !IN_TITLE.test(lines[i - 1]?.text ?? '')) {
      out.push({ kind: 'body', text, line });
      if (!ASSEMBLY_COMMITTEE.test(text)) owner = 'other';
      continue;
    }
    let at = 0;
    let words = '';
    // The last words read, kept apart: slicing the growing run itself would copy it every word.
    let recent = '';
    const flush = () => {
      // Another body's name run on to the fact before it ("Original: EnglishHuman Rights Council").
      if (words.length < 100 && OTHER_BODY_WORDS.test(words.trimEnd())) owner = 'other';
      if (words) out.push({ kind: 'words', text: words.trim(), line });
      words = '';
      recent = '';
    };
    const before = () =>
      (words ? recent : out.at(-1)?.kind === 'words' ? (out.at(-1)?.text ?? '') : '')
        .slice(-12)
        .trimEnd();
    while (at < text.length) {
      if (text[at] === ' ' || text[at] === '|') {
        at++;
        continue;
      }
      const note = text[at] === '*' ? FOOTNOTE_AT.exec(text.slice(at, at + 120)) : null;
      if (note) {
        flush();
        out.push({ kind: 'footnote', text: note[0], line });
        at += note[0].length;
        continue;
      }
      // A flattened masthead names another body amid its facts: "… English Human Rights Council
      // Forty-sixth session …".
      if (words && words.length < 100 && OTHER_BODY_WORDS.test(words.trimEnd())) owner = 'other';
      const fact = factAt(
        text.slice(at, at + 400),
        before(),
        line,
        out.at(-1)?.line !== line && !words,
        owner,
        lines[i + 1]?.text,
      );
      if (fact) {
        flush();
        out.push(fact);
        if (fact.kind === 'organ' && fact.organ !== 'Security Council')
          owner = fact.organ === 'General Assembly' ? 'assembly' : 'other';
        at += fact.text.length;
        continue;
      }
      const end = text.indexOf(' ', at);
      const stop = gluedFact(text, at, end === -1 ? text.length : end);
      const word = `${text.slice(at, stop)} `;
      words += word;
      recent = `${recent}${word}`.slice(-12);
      at = stop;
    }
    flush();
  }
  return out;
}
