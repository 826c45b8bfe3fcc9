import type { AgendaItem, Evidence, Organ } from '../../schema-metadata.js';
import { safeParseSymbol } from '../../symbols.js';
import { type ExtractedSymbol, extractSymbols } from '../symbols/extract.js';
import { agendaNumbers, splitRunOnTitles } from './agenda.js';
import type { TextBlock } from './blocks.js';
import { findDate, ordinalWord } from './dates.js';
import { evidenceOf } from './evidence.js';
import type { Warning } from './warnings.js';

const LANGUAGES: Record<string, string> = {
  english: 'en',
  french: 'fr',
  spanish: 'es',
  russian: 'ru',
  arabic: 'ar',
  chinese: 'zh',
};
const ORGAN = /\b(General Assembly|Security Council|Economic and Social Council)\b/g;
const SESSION =
  /\b((?:[A-Z][a-z]+-)?[A-Za-z]+(?: hundred and [a-z-]+)?) (emergency special session|special session|session|year)\b/;
const AGENDA =
  /^(?:Agenda items?|Items? ([\d, ()a-z]+?) of the (?:provisional|preliminary) agenda)\b/i;

/** What the masthead prints, with the lines that print it. */
export interface Masthead {
  symbols: string[];
  symbolEvidence: Evidence[];
  organs: Organ[];
  organEvidence: Evidence[];
  distribution: { value: string; evidence: Evidence } | null;
  distributionDate: { value: string; evidence: Evidence } | null;
  originalLanguage: { value: string; evidence: Evidence } | null;
  agendaItems: AgendaItem[];
  agendaEvidence: Evidence[];
}

/** Read the masthead blocks (everything before the title line). */
export function readMasthead(blocks: readonly TextBlock[], warnings: Warning[]): Masthead {
  const m: Masthead = {
    symbols: [],
    symbolEvidence: [],
    organs: [],
    organEvidence: [],
    distribution: null,
    distributionDate: null,
    originalLanguage: null,
    agendaItems: [],
    agendaEvidence: [],
  };
  let organ: 'General Assembly' | 'Security Council' | 'Economic and Social Council' | null = null;
  const named: string[] = [];
  const found: ExtractedSymbol[] = [];
  let agenda: { numbers: string[]; titles: TextBlock[]; block: TextBlock | null } | null = null;
  const lines = blocks.flatMap((b) => b.lines.map((line) => ({ line, block: b })));
  for (const { line, block } of lines) {
    const t = line.text;
    const organs = [...t.matchAll(ORGAN)].map((x) => x[1] as typeof organ);
    const session = SESSION.exec(t);
    if (agenda && (organs.length > 0 || session)) {
      matchAgenda(m, agenda, warnings);
      agenda = null;
    }
    if (agenda && /^\*/.test(t)) continue;
    if (agenda) {
      const last = agenda.titles.at(-1);
      if (agenda.block === block && last) {
        last.lines.push(line);
        last.text += ` ${t}`;
      } else agenda.titles.push({ lines: [line], text: t });
      agenda.block = block;
      m.agendaEvidence.push(evidenceOf(line, t));
      continue;
    }
    const symbols = /^(United Nations\s+)?[A-Z]+\s?\//.test(t) ? extractSymbols(t) : [];
    found.push(...symbols);
    for (const s of symbols) {
      for (const member of s.members)
        m.symbols.push(t.slice(member.start, member.end).replace(/\s+/g, ''));
      m.symbolEvidence.push(evidenceOf(line, s.text));
    }
    if (organs.length > 0) {
      organ = organs.at(-1) ?? null;
      for (const o of organs) if (o && !named.includes(o)) named.push(o);
      m.organEvidence.push(evidenceOf(line, organs.join(' ')));
    }
    const distr = /Distr\.?:?\s*(General|Limited|Restricted)/i.exec(t);
    if (distr)
      m.distribution = {
        value: `${(distr[1] as string)[0]?.toUpperCase()}${(distr[1] as string).slice(1).toLowerCase()}`,
        evidence: evidenceOf(line, distr[0]),
      };
    const date = findDate(t);
    if (date && !m.distributionDate && (distr || m.distribution))
      m.distributionDate = { value: date.iso, evidence: evidenceOf(line, date.printed) };
    const original = /Original:\s*([A-Za-z]+)/.exec(t);
    const language = original ? LANGUAGES[(original[1] as string).toLowerCase()] : undefined;
    if (original && language)
      m.originalLanguage = { value: language, evidence: evidenceOf(line, original[0]) };
    if (session) {
      const n = ordinalWord(session[1] as string);
      const kind = session[2] as string;
      if (n !== null && kind === 'year')
        m.organs.push({ organ: 'Security Council', year: 1945 + n });
      else if (n !== null && organ !== 'Security Council') {
        const sessionType =
          kind === 'session'
            ? 'regular'
            : kind === 'special session'
              ? 'special'
              : 'emergency-special';
        m.organs.push({ organ: 'General Assembly', session: n, sessionType });
      }
      if (n !== null) m.organEvidence.push(evidenceOf(line, session[0]));
    }
    if (AGENDA.test(t)) {
      const head =
        /^.*?(?:[Aa]genda\*?|[Ii]tems? [\d, ()a-z]*\d(?: \([a-z]\))?\*?)(?=\s+[A-Z]|$)/.exec(
          t,
        )?.[0] ?? t;
      agenda = {
        numbers: agendaNumbers(head.replace(/\bof the (?:provisional|preliminary) agenda.*$/i, '')),
        titles: [],
        block: null,
      };
      m.agendaEvidence.push(evidenceOf(line, t));
      const rest = t.slice(head.length).trim();
      if (rest) {
        agenda.titles.push({ lines: [line], text: rest });
        agenda.block = block;
      }
    }
  }
  if (agenda) matchAgenda(m, agenda, warnings);
  organsFromSymbols(m, named, found, warnings);
  return m;
}

function matchAgenda(
  m: Masthead,
  agenda: { numbers: string[]; titles: TextBlock[] },
  warnings: Warning[],
) {
  const ga = m.organs.find((o) => o.organ === 'General Assembly');
  m.agendaItems = agenda.numbers.map((number) => ({
    organ: 'General Assembly',
    session: ga?.organ === 'General Assembly' ? ga.session : 0,
    number,
    title: null,
  }));
  let titles = agenda.titles.map((b) => b.text);
  if (titles.length === 1 && agenda.numbers.length > 1)
    titles = splitRunOnTitles(titles[0] as string, agenda.numbers.length) ?? titles;
  if (titles.length > 0 && titles.length !== agenda.numbers.length) {
    warnings.push({
      code: titles.length < agenda.numbers.length ? 'agenda-titles-fewer' : 'agenda-titles-more',
      message: `agenda titles (${titles.length}) fewer or more than numbers (${agenda.numbers.length}); titles left empty`,
      line: agenda.titles[0]?.lines[0]?.n ?? null,
    });
    return;
  }
  m.agendaItems.forEach((item, i) => {
    item.title = titles[i] ?? null;
  });
}

/**
 * An organ the masthead names without a session or year line (a Security Council letter prints
 * none): its session or year is read from the document's own symbol. Organs follow masthead order.
 */
function organsFromSymbols(
  m: Masthead,
  named: readonly string[],
  found: readonly ExtractedSymbol[],
  warnings: Warning[],
) {
  for (const s of found.filter((x) => x.confidence === 'guessed')) {
    warnings.push({
      code: 'symbol-guessed',
      message: `masthead symbol "${s.text}" read as ${s.normalized} (${s.repairs.join('; ')})`,
      line: null,
    });
  }
  const members = found
    .flatMap((s) => s.members.map((x) => safeParseSymbol(x.normalized)))
    .flatMap((r) => (r.ok ? [r.symbol] : []));
  for (const name of named) {
    if (m.organs.some((o) => o.organ === name)) continue;
    const member = members.find((x) => x.organ === name);
    if (name === 'Security Council' && member?.year)
      m.organs.push({ organ: 'Security Council', year: member.year });
    if (name === 'General Assembly' && member?.session)
      m.organs.push({
        organ: 'General Assembly',
        session: member.session.number,
        sessionType: member.session.sessionType,
      });
  }
  m.organs.sort((a, b) => named.indexOf(a.organ) - named.indexOf(b.organ));
}
