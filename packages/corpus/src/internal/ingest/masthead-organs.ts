import { safeParseSymbol, symbolMembers } from '@black-january/un-symbols';
import type { Evidence, Organ } from '../../schema-metadata.js';
import { ordinalWord } from './dates.js';
import { evidenceOf } from './evidence.js';
import type { MastheadToken } from './masthead-fact-at.js';
import type { MastheadOrgan } from './masthead-facts.js';

/** First year of the Security Council: its "First year" is 1946. */
const SC_FIRST_YEAR = 1945;
/**
 * A session of the Economic and Social Council, named for its year: "2022 session", and as older
 * mastheads print it, "Substantive session of 2004", "Organizational session for 2005".
 */
const COUNCIL_SESSION =
  /^(?:(\d{4}) session|(?:Resumed )?(?:[Ss]ubstantive|[Oo]rganizational|[Cc]oordination|[Mm]anagement) session (?:of|for) (\d{4}))\b/;

/**
 * The organs a masthead names, each with its session or year. Only the General Assembly counts
 * sessions and only the Security Council counts years, so a "Seventy-fourth session" belongs to the
 * Assembly wherever it stands: after both names (the commonest order), in another column, or alone.
 * The Economic and Social Council names its sessions for a year ("2022 session").
 * What the period lines do not say is read from the document's own symbols (`A/74/…` is of the 74th
 * session); what neither says stays `null`. Organs come in the order the masthead names them.
 */
export function readOrgans(
  tokens: readonly MastheadToken[],
  ownSymbols: readonly string[],
): { organs: Organ[]; evidence: Evidence[] } {
  const named: MastheadOrgan[] = [];
  const evidence: Evidence[] = [];
  let session: { number: number; type: 'regular' | 'special' | 'emergency-special' } | null = null;
  let year: number | null = null;
  let councilYear: number | null = null;
  for (const t of tokens) {
    const council = t.kind === 'words' ? COUNCIL_SESSION.exec(t.text) : null;
    if (council && named.includes('Economic and Social Council')) {
      councilYear ??= Number(council[1] ?? council[2]);
      evidence.push(...evidenceOf(t.line, council[0]));
    }
    if (t.kind === 'organ') {
      if (!named.includes(t.organ)) named.push(t.organ);
      evidence.push(...evidenceOf(t.line, t.text));
    }
    if (t.kind !== 'period') continue;
    const n = ordinalWord(t.ordinal);
    if (n === null) continue;
    evidence.push(...evidenceOf(t.line, t.text));
    if (t.period === 'year') {
      year ??= SC_FIRST_YEAR + n;
      if (!named.includes('Security Council')) named.push('Security Council');
    } else if (t.owner === 'assembly') {
      // A session under another body (the Human Rights Council's "Fifty-fifth session") is its own.
      session ??= { number: n, type: t.period };
      if (!named.includes('General Assembly')) named.push('General Assembly');
    }
  }
  // Only a symbol whose session follows its root (`A/74/649`) gives the Assembly's session;
  // `A/HRC/55/…` and `A/C.3/74/…` name a body first.
  const members = ownSymbols
    .flatMap((s) => {
      const parsed = safeParseSymbol(s);
      return parsed.ok ? symbolMembers(parsed.symbol) : [];
    })
    .filter((m) => m.bodies.length === 0);
  const organs: Organ[] = [];
  for (const name of named) {
    const member = members.find((m) => m.organ === name);
    if (name === 'Economic and Social Council')
      organs.push({ organ: name, year: councilYear ?? member?.year ?? null });
    if (name === 'Security Council')
      organs.push({ organ: name, year: year ?? member?.year ?? null });
    if (name === 'General Assembly') {
      const fromSymbol = member?.session
        ? { number: member.session.number, type: member.session.sessionType }
        : null;
      const s = session ?? fromSymbol;
      organs.push({ organ: name, session: s?.number ?? null, sessionType: s?.type ?? 'regular' });
    }
  }
  return { organs, evidence };
}
