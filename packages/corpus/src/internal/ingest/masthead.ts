import type { ExtractedSymbol } from '@black-january/un-symbols';
import type { AgendaItem, Evidence, Organ } from '../../schema-metadata.js';
import { ocrFold } from '../text/gazetteer.js';
import { evidenceOf } from './evidence.js';
import type { Line } from './lines.js';
import { readAgenda } from './masthead-agenda.js';
import type { MastheadToken } from './masthead-fact-at.js';
import { readOrgans } from './masthead-organs.js';
import { tokenizeMasthead } from './masthead-tokens.js';
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

const AGENDA_WORDS =
  /\bagenda items?\b|\bitems? .{0,40}\bof the (?:provisional|preliminary) (?:agenda|list)/i;

type Stated = { value: string; evidence: Evidence[] } | null;

/** What the masthead prints, with the lines that print it. */
export interface Masthead {
  symbols: string[];
  symbolEvidence: Evidence[];
  organs: Organ[];
  organEvidence: Evidence[];
  distribution: Stated;
  distributionDate: Stated;
  originalLanguage: Stated;
  agendaItems: AgendaItem[];
  agendaEvidence: Evidence[];
  /** Whether the masthead prints an agenda head at all, read or not. */
  agendaPrinted: boolean;
}

/** The document's own symbols: every member, as printed (spaces removed), with evidence. */
function readSymbols(tokens: readonly MastheadToken[], warnings: Warning[]) {
  const found = tokens.flatMap((t) => (t.kind === 'symbol' ? [t] : []));
  const symbols = new Set<string>();
  const normalized = new Set<string>();
  const evidence: Evidence[] = [];
  for (const { symbol, line } of found) {
    // A symbol repaired from an OCR misreading ("S/2021/3O5") is recorded repaired, as the body's
    // references are: the printed form stays in the evidence and the warning.
    const guessed = symbol.confidence === 'guessed';
    for (const m of symbol.members) {
      symbols.add(guessed ? m.normalized : symbolText(symbol, m));
      normalized.add(m.normalized);
    }
    evidence.push(...evidenceOf(line, symbol.text));
    if (symbol.confidence === 'guessed')
      warnings.push({
        code: 'symbol-guessed',
        message: `masthead symbol "${symbol.text}" read as ${symbol.normalized} (${symbol.repairs.join('; ')})`,
        path: atLine(line.n),
      });
  }
  return { symbols: [...symbols], normalized: [...normalized], evidence };
}

function symbolText(s: ExtractedSymbol, m: ExtractedSymbol['members'][number]): string {
  return s.text.slice(m.start - s.start, m.end - s.start).replace(/\s+/g, '');
}

/**
 * `Distr.: General`, and the distribution date: after `Distr.`, or just above it, or a bare date
 * when there is no `Distr.`.
 */
function readDistribution(tokens: readonly MastheadToken[], warnings: Warning[]) {
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

function readOriginal(tokens: readonly MastheadToken[], warnings: Warning[]): Stated {
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

/** Read the masthead: the lines from the United Nations logo (or first masthead line) to the title. */
export function readMasthead(lines: readonly Line[], warnings: Warning[]): Masthead {
  const tokens = tokenizeMasthead(lines);
  const symbols = readSymbols(tokens, warnings);
  const organs = readOrgans(tokens, symbols.normalized);
  const ga = organs.organs.find((o) => o.organ === 'General Assembly');
  const ecosoc = organs.organs.find((o) => o.organ === 'Economic and Social Council');
  const agenda = readAgenda(
    tokens,
    ga?.organ === 'General Assembly' ? ga.session : null,
    ecosoc?.organ === 'Economic and Social Council' ? ecosoc.year : null,
    warnings,
  );
  return {
    symbols: symbols.symbols,
    symbolEvidence: symbols.evidence,
    organs: organs.organs,
    organEvidence: organs.evidence,
    ...readDistribution(tokens, warnings),
    originalLanguage: readOriginal(tokens, warnings),
    agendaItems: agenda.items,
    agendaEvidence: agenda.evidence,
    agendaPrinted: lines.some((l) => AGENDA_WORDS.test(l.text)),
  };
}
