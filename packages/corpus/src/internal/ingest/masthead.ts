import type { ExtractedSymbol } from '@black-january/un-symbols';
import type { AgendaItem, Evidence, Organ } from '../../schema-metadata.js';
import { evidenceOf } from './evidence.js';
import type { Line } from './lines.js';
import { readAgenda } from './masthead-agenda.js';
import type { MastheadToken } from './masthead-fact-at.js';
import { readDistribution, readOriginal, type Stated } from './masthead-lines.js';
import { readOrgans } from './masthead-organs.js';
import { tokenizeMasthead } from './masthead-tokens.js';
import { atLine, type Warning } from './warnings.js';

const AGENDA_WORDS =
  /\bagenda items?\b|\bitems? .{0,40}\bof the (?:provisional|preliminary) (?:agenda|list)/i;

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
