import type { Mention } from '../../schema-facts.js';
import type { Locator } from '../../schema-text.js';
import { GAZETTEER } from './gazetteer.js';
import { codeUnitClass } from './terms.js';

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
  const firstUnits = new Set([...byFirstWord.keys()].map((w) => w.charCodeAt(0)));
  return { byForm, byFirstWord, firstUnits };
}
type Compiled = ReturnType<typeof compile>;

const isBmpLetterOrDigit = codeUnitClass(WORD_CHAR);
/** Whether a code point is a letter or a digit, as WORD_CHAR tests it. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return cp > 0xffff ? WORD_CHAR.test(String.fromCodePoint(cp)) : isBmpLetterOrDigit(cp);
}
/** The code point at `i` (a lone surrogate as itself, which is no letter). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return c;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000 : c;
}

/**
 * The forms in a text, left to right, never overlapping, each on word boundaries: the words of
 * `WORD`, scanned by hand, as matchAll's match objects were most of what ingest's mention
 * search allocated; a word whose first letter starts no form is not even cut out.
 */
function forEachMatch(text: string, c: Compiled, visit: (form: string) => void): void {
  let end = 0;
  let i = 0;
  while (i < text.length) {
    let cp = codePointAt(text, i);
    if (!isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do {
      i += cp > 0xffff ? 2 : 1;
      cp = i < text.length ? codePointAt(text, i) : 0;
    } while (i < text.length && isLetterOrDigit(cp));
    if (start < end || !c.firstUnits.has(text.charCodeAt(start))) continue;
    const form = c.byFirstWord.get(text.slice(start, i))?.find((f) => {
      const after = start + f.length;
      return (
        text.startsWith(f, start) &&
        !(after < text.length && isLetterOrDigit(text.charCodeAt(after)))
      );
    });
    if (!form) continue;
    end = start + form.length;
    visit(form);
  }
}

const compiled = new WeakMap<readonly Entry[], Compiled>();

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
    forEachMatch(text, c, (form) => {
      const entry = c.byForm.get(form);
      if (!entry) return;
      const hit = found.get(entry) ?? { forms: new Set<string>(), paragraphs: [] };
      found.set(entry, hit);
      hit.forms.add(form);
      const last = hit.paragraphs.at(-1);
      if (!last || last.annex !== locator.annex || last.paragraph !== locator.paragraph) {
        hit.paragraphs.push(locator);
      }
    });
  }
  return gazetteer.flatMap((entry) => {
    const hit = found.get(entry);
    if (!hit) return [];
    const forms = entry.forms.filter((f) => hit.forms.has(f));
    return [{ kind: entry.kind, name: entry.name, forms, paragraphs: hit.paragraphs }];
  });
}
