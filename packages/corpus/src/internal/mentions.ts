import type { Mention } from '../schema-facts.js';
import type { Locator } from '../schema-text.js';
import { GAZETTEER } from './gazetteer.js';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Entry = (typeof GAZETTEER)[number];

/** One alternation of every form, longest first, so that a longer name wins over a part of it. */
function compile(gazetteer: readonly Entry[]) {
  const byForm = new Map<string, Entry>();
  for (const entry of gazetteer) for (const form of entry.forms) byForm.set(form, entry);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return { pattern, byForm };
}

const compiled = new WeakMap<readonly Entry[], ReturnType<typeof compile>>();

/**
 * The mentions of gazetteer names in numbered passages, in gazetteer order, each with the forms
 * used and the passages where they occur.
 */
export function findMentions(
  passages: Iterable<{ locator: Locator; text: string }>,
  gazetteer: readonly Entry[] = GAZETTEER,
): Mention[] {
  const c = compiled.get(gazetteer) ?? compile(gazetteer);
  compiled.set(gazetteer, c);
  const found = new Map<Entry, { forms: Set<string>; paragraphs: Locator[] }>();
  for (const { locator, text } of passages) {
    for (const match of text.matchAll(c.pattern)) {
      const entry = c.byForm.get(match[0]);
      if (!entry) continue;
      const hit = found.get(entry) ?? { forms: new Set<string>(), paragraphs: [] };
      found.set(entry, hit);
      hit.forms.add(match[0]);
      const last = hit.paragraphs.at(-1);
      if (!last || last.annex !== locator.annex || last.paragraph !== locator.paragraph) {
        hit.paragraphs.push(locator);
      }
    }
  }
  return gazetteer.flatMap((entry) => {
    const hit = found.get(entry);
    if (!hit) return [];
    const forms = entry.forms.filter((f) => hit.forms.has(f));
    return [{ kind: entry.kind, name: entry.name, forms, paragraphs: hit.paragraphs }];
  });
}
