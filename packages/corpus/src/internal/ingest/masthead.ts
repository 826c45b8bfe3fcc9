import type { AgendaItem, Evidence, Organ } from '../../schema-metadata.js';
import { extractSymbols } from '../symbols/extract.js';
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
    for (const s of symbols) {
      for (const member of s.members)
        m.symbols.push(t.slice(member.start, member.end).replace(/\s+/g, ''));
      m.symbolEvidence.push(evidenceOf(line, s.text));
    }
    if (organs.length > 0) {
      organ = organs.at(-1) ?? null;
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
