import type { Mention } from '../../schema-facts.js';
import type { Locator } from '../../schema-text.js';
import { GAZETTEER } from './gazetteer.js';

type Entry = (typeof GAZETTEER)[number];

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Forms by their first word, longest first, so that a longer name wins over a part of it. A
 * lookup per word of the text: one large alternation regex cost more to compile than the whole
 * corpus takes to scan, and it is compiled on every start.
 */
function compile(gazetteer: readonly Entry[]) {
  const byForm = new Map<string, Entry>();
  for (const entry of gazetteer) for (const form of entry.forms) byForm.set(form, entry);
  const byFirstWord = new Map<string, string[]>();
  for (const form of byForm.keys()) {
    const first = form.match(WORD)?.[0] ?? form;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), form]);
  }
  for (const forms of byFirstWord.values()) forms.sort((a, b) => b.length - a.length);
  return { byForm, byFirstWord };
}

/** The forms in a text, left to right, never overlapping, each on word boundaries. */
function* matches(text: string, c: ReturnType<typeof compile>): Generator<string> {
  let end = 0;
  for (const word of text.matchAll(WORD)) {
    if (word.index < end) continue;
    const form = c.byFirstWord
      .get(word[0])
      ?.find(
        (f) =>
          text.startsWith(f, word.index) && !WORD_CHAR.test(text.charAt(word.index + f.length)),
      );
    if (!form) continue;
    end = word.index + form.length;
    yield form;
  }
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
    for (const form of matches(text, c)) {
      const entry = c.byForm.get(form);
      if (!entry) continue;
      const hit = found.get(entry) ?? { forms: new Set<string>(), paragraphs: [] };
      found.set(entry, hit);
      hit.forms.add(form);
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
