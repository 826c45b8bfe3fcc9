import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GAZETTEER } from './gazetteer.js';
import { findMentions } from './mentions.js';

type Entry = (typeof GAZETTEER)[number];

/** The regex scan findMentions replaced: the reference its hand-written scan must equal. */
function reference(passages: Array<{ text: string }>, gazetteer: readonly Entry[]) {
  const WORD = /[\p{L}\p{N}]+/gu;
  const WORD_CHAR = /[\p{L}\p{N}]/u;
  const byForm = new Map<string, Entry>();
  for (const entry of gazetteer) for (const form of entry.forms) byForm.set(form, entry);
  const byFirstWord = new Map<string, string[]>();
  for (const form of byForm.keys()) {
    const first = form.match(WORD)?.[0] ?? form;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), form]);
  }
  for (const forms of byFirstWord.values()) forms.sort((a, b) => b.length - a.length);
  const out: string[][] = [];
  for (const { text } of passages) {
    const found: string[] = [];
    let end = 0;
    for (const word of text.matchAll(WORD)) {
      if (word.index < end) continue;
      const form = byFirstWord
        .get(word[0])
        ?.find(
          (f) =>
            text.startsWith(f, word.index) && !WORD_CHAR.test(text.charAt(word.index + f.length)),
        );
      if (!form) continue;
      end = word.index + form.length;
      found.push(form);
    }
    out.push(found);
  }
  return out;
}

/** The forms findMentions found in each passage, by asking it one passage at a time. */
const scanned = (passages: Array<{ text: string }>, gazetteer: readonly Entry[]) =>
  passages.map(({ text }) =>
    findMentions([{ locator: { paragraph: 1 }, text }], gazetteer).flatMap((m) => m.forms),
  );

// Names that start outside ASCII, outside the BMP, with a digit, and that run across words.
const GAZ: readonly Entry[] = [
  { kind: 'place', name: 'Baku', forms: ['Baku', 'Bakı'] },
  { kind: 'place', name: 'Şuşa', forms: ['Şuşa', 'Shusha'] },
  { kind: 'place', name: 'Math', forms: ['𝐀lpha', '𝐀lpha Beta'] },
  { kind: 'organization', name: 'G7', forms: ['7th Army', 'G7'] },
  { kind: 'place', name: 'Karabakh', forms: ['Nagorno-Karabakh', 'Karabakh'] },
  { kind: 'place', name: "Martyrs' Alley", forms: ['Martyrs’ Alley', 'Alley'] },
];
const PIECES = [
  'Baku',
  'Bakı',
  'Baku\u0301',
  'Şuşa',
  'Şuşa',
  'Shusha',
  '𝐀lpha',
  '𝐀lpha Beta',
  '𝐁',
  '7th Army',
  '7',
  'G7',
  'Nagorno-Karabakh',
  'Karabakh',
  'Martyrs’ Alley',
  'Alley',
  'x',
  'é',
  ' ',
  '-',
  '’',
  '.',
  '\n',
  '\ud800',
  '\udc00',
  '١٢',
  'Ba',
  'ku',
  'Azerbaijan',
  'Armenia',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('findMentions', () => {
  it('finds what the regex scan found, on every word shape', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        const passages = texts.map((t) => ({ text: t }));
        const want = reference(passages, GAZ).map((forms) => [...new Set(forms)]);
        const got = scanned(passages, GAZ);
        expect(got.map((f) => [...f].sort())).toEqual(want.map((f) => [...f].sort()));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds what the regex scan found with the shipped gazetteer', () => {
    const passages = [
      { text: 'In Baku, the Soviet Union sent troops; Nagorno-Karabakh and Karabakh; USSR.' },
      { text: 'Bakuvian Azerbaijani SSR, Azerbaijan SSR, Heydar Aliyev and Martyrs’ Alley.' },
    ];
    expect(scanned(passages, GAZETTEER).map((f) => [...f].sort())).toEqual(
      reference(passages, GAZETTEER).map((f) => [...new Set(f)].sort()),
    );
  });
});
