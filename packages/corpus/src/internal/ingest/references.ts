import { extractSymbols } from '@black-january/un-symbols';
import type { Passage } from '../../passages.js';
import type { Reference } from '../../schema-facts.js';
import { memberKeys, symbolKey } from '../text/symbol-key.js';
import { citedResolutions } from './resolutions.js';
import { sequelsAfter } from './sequels.js';

const INSTRUMENTS = [
  'Charter of the United Nations',
  'Universal Declaration of Human Rights',
  'International Covenant on Civil and Political Rights',
  'International Covenant on Economic, Social and Cultural Rights',
  'Convention on the Prevention and Punishment of the Crime of Genocide',
  'Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment',
  'Convention on the Rights of the Child',
  'Rome Statute of the International Criminal Court',
  'Helsinki Final Act',
];
// Bounded runs: a name or a quoted title is short, and an unbounded one is read to the end of the
// text at each start, quadratic in a long paragraph that repeats the words.
const REPORT = /\b((?:[A-Z][\w&'’-]*\s){0,5}[A-Z][\w&'’-]*) report on [“"]([^”"]{1,500})[”"]/g;
const DECISION = /\bdecision [“"](On [^”"]{1,500})[”"]/g;
const STATEMENT =
  /\bthe statement of the ((?:Ministry|Government|President)[^,(]{0,200}?) on [^(]{0,300}?\(see annex\)/g;

/** The documents a text cites: UN symbols, resolutions cited by number, and named works. */
export function findReferences(
  passages: Iterable<Passage>,
  annexSubtitle: string | null,
): Reference[] {
  const out: Reference[] = [];
  const cited = new Set<string>();
  const cite = (
    p: Passage,
    named: { symbol: string; asPrinted: string; description: string | null },
    members = [named.symbol],
  ) => {
    cited.add(named.symbol);
    const { symbol, asPrinted, description } = named;
    out.push({
      type: 'un-document',
      symbol,
      members,
      asPrinted,
      description,
      paragraph: p.locator,
    });
  };
  for (const p of passages) {
    for (const s of extractSymbols(p.text)) {
      const members = s.members.map((m) => m.normalized);
      cite(p, { symbol: s.normalized, asPrinted: s.text, description: null }, members);
      if (members.length === 1)
        for (const q of sequelsAfter(p.text, s.normalized, s.end)) cite(p, q);
    }
    for (const r of citedResolutions(p.text)) if (!cited.has(r.symbol)) cite(p, r);
    for (const m of p.text.matchAll(STATEMENT)) {
      out.push({
        type: 'work',
        workType: 'statement',
        title: annexSubtitle ?? `Statement of the ${m[1]}`,
        author: m[1] as string,
        quote: m[0],
        paragraph: p.locator,
      });
    }
    for (const m of p.text.matchAll(REPORT)) {
      out.push({
        type: 'work',
        workType: 'report',
        title: m[2] as string,
        author: m[1] as string,
        quote: m[0],
        paragraph: p.locator,
      });
    }
    for (const m of p.text.matchAll(DECISION)) {
      out.push({
        type: 'work',
        workType: 'decision',
        title: m[1] as string,
        author: null,
        quote: m[0],
        paragraph: p.locator,
      });
    }
    for (const title of INSTRUMENTS) {
      const at = p.text.indexOf(title);
      if (at !== -1)
        out.push({
          type: 'work',
          workType: 'instrument',
          title,
          author: null,
          quote: title,
          paragraph: p.locator,
        });
    }
  }
  return out;
}

/** References less the document's own symbols (a running header glued into a paragraph prints them). */
export function withoutOwnSymbols(references: Reference[], own: readonly string[]): Reference[] {
  const mine = new Set(own.flatMap(memberKeys));
  return references.filter(
    (r) => r.type !== 'un-document' || !r.members.every((m) => mine.has(symbolKey(m))),
  );
}
