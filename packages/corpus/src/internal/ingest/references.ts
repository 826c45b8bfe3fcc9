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
  for (const p of passages) {
    for (const s of extractSymbols(p.text)) {
      out.push({
        type: 'un-document',
        symbol: s.normalized,
        members: s.members.map((m) => m.normalized),
        asPrinted: s.text,
        description: null,
        paragraph: p.locator,
      });
      if (s.members.length !== 1) continue;
      for (const q of sequelsAfter(p.text, s.normalized, s.end))
        out.push({
          type: 'un-document',
          symbol: q.symbol,
          members: [q.symbol],
          asPrinted: q.asPrinted,
          description: q.description,
          paragraph: p.locator,
        });
    }
    for (const r of citedResolutions(p.text)) {
      if (out.some((x) => x.type === 'un-document' && x.symbol === r.symbol)) continue;
      out.push({
        type: 'un-document',
        symbol: r.symbol,
        members: [r.symbol],
        asPrinted: r.asPrinted,
        description: r.description,
        paragraph: p.locator,
      });
    }
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
