import type { Evidence } from '../../schema-metadata.js';
import { ocrFold } from '../text/gazetteer.js';
import { evidenceOf } from './evidence.js';
import type { MastheadToken } from './masthead-fact-at.js';
import { atLine, type Warning } from './warnings.js';

const LANGUAGES: Record<string, string> = {
  english: 'en',
  french: 'fr',
  spanish: 'es',
  russian: 'ru',
  arabic: 'ar',
  chinese: 'zh',
  portuguese: 'pt',
  german: 'de',
};

/** An OCR copy's l for i ("RUSSlAN"): the names compared with both as one letter. */
const OCR_LANGUAGES: Record<string, string> = Object.fromEntries(
  Object.entries(LANGUAGES).map(([name, tag]) => [ocrFold(name), tag]),
);

/** A value the masthead prints, with the lines that print it. */
export type Stated = { value: string; evidence: Evidence[] } | null;

/**
 * `Distr.: General`, and the distribution date: after `Distr.`, or just above it, or a bare date
 * when there is no `Distr.`.
 */
export function readDistribution(tokens: readonly MastheadToken[], warnings: Warning[]) {
  let distribution: Stated = null;
  let distributionDate: Stated = null;
  let dateToken: MastheadToken | undefined;
  const distrAt = tokens.findIndex((t) => t.kind === 'distribution');
  // A bare date is the distribution date only under a masthead; alone, it is a web post's date.
  const dated =
    distrAt !== -1 || tokens.some((t) => ['logo', 'symbol', 'organ', 'period'].includes(t.kind));
  for (const [i, t] of tokens.entries()) {
    if (t.kind === 'distribution' && !distribution) {
      const v = t.value.toLowerCase();
      distribution = {
        value: `${v[0]?.toUpperCase()}${v.slice(1)}`,
        evidence: evidenceOf(t.line, t.text),
      };
    }
    if (t.kind === 'date' && dated && !distributionDate && i > distrAt) {
      distributionDate = { value: t.iso, evidence: evidenceOf(t.line, t.text) };
      dateToken = t;
    }
  }
  // A copy that took the masthead's column in another order puts the date just above `Distr.`.
  const above = tokens[distrAt - 1];
  if (!distributionDate && above?.kind === 'date') {
    distributionDate = { value: above.iso, evidence: evidenceOf(above.line, above.text) };
    dateToken = above;
  }
  if (dateToken?.kind === 'date' && dateToken.guessed)
    warnings.push({
      code: 'date-guessed',
      message: `the masthead's date "${dateToken.text}" was misread by an OCR copy; read as ${dateToken.iso}`,
      path: atLine(dateToken.line.n),
    });
  return { distribution, distributionDate };
}

/** The original language `Original:` names, as a language tag; an OCR copy's misreading warned of. */
export function readOriginal(tokens: readonly MastheadToken[], warnings: Warning[]): Stated {
  for (const t of tokens) {
    if (t.kind !== 'original') continue;
    const printed = t.language.split(/ ?[,/] ?|,? and /i);
    const name = printed[0]?.toLowerCase() ?? '';
    const exact = LANGUAGES[name];
    const language = exact ?? OCR_LANGUAGES[ocrFold(name)];
    if (!language) continue;
    if (!exact)
      warnings.push({
        code: 'original-guessed',
        message: `the original language "${printed[0]}" was misread by an OCR copy (l, i or 1 confused); read as ${language}`,
        path: atLine(t.line.n),
      });
    // One tag holds one language: the first printed, with a warning that names the others.
    if (printed.length > 1)
      warnings.push({
        code: 'original-languages',
        message: `the masthead prints ${printed.length} original languages (${t.language}); originalLanguage holds the first`,
        path: atLine(t.line.n),
      });
    return { value: language, evidence: evidenceOf(t.line, t.text) };
  }
  return null;
}
