import { describe, expect, it } from 'vitest';
import { passages } from '../../passages.js';
import type { DocumentRecord } from '../../schema.js';
import { textReuse } from '../../text-reuse.js';
import { CURATED_RECORDS } from './index.js';

const byId = (id: string) => CURATED_RECORDS.find((r) => r.id === id) as DocumentRecord;
const figuresOf = (id: string) =>
  byId(id).figures.map(
    (f) =>
      `${f.metric} ${f.qualifier} ${f.value} @${f.paragraph.annex ?? ''}${f.paragraph.paragraph}`,
  );
const textOf = (r: DocumentRecord) => [...passages(r)].map((p) => p.text).join('\n');

describe('figures: each statement attributed to its document, none merged', () => {
  it.each([
    [
      '2020-01-17-letter',
      [
        'expelled more-than 200000 @2',
        'troops exact 26000 @3',
        'killed exact 131 @3',
        'wounded exact 744 @3',
        'detained exact 841 @3',
        'funeral-attendance exact 2000000 @5',
      ],
    ],
    ['2023-01-20-letter', ['killed exact 150 @11', 'wounded exact 744 @11', 'missing exact 4 @11']],
    [
      '2020-01-20-press-release',
      [
        'expelled more-than 200000 @2',
        'killed exact 131 @3',
        'wounded exact 744 @3',
        'detained exact 841 @3',
        'funeral-attendance exact 2000000 @5',
      ],
    ],
    [
      '2024-01-20-statement',
      ['troops exact 26000 @1', 'killed exact 147 @1', 'wounded exact 744 @1'],
    ],
    [
      '2009-01-19-press-release',
      ['troops approximately 30000 @2', 'killed exact 134 @3', 'wounded more-than 600 @3'],
    ],
  ])('%s', (id, expected) => {
    expect(figuresOf(id)).toEqual(expected);
  });

  it('states each value in its quote, in the words of the document', () => {
    const spelled = (n: number) => [
      String(n),
      n.toLocaleString('en-US'),
      `${n / 1e6} million`,
      `${n / 1000} thousand`,
    ];
    for (const r of CURATED_RECORDS) {
      for (const f of r.figures)
        expect(
          spelled(f.value).some((s) => f.quote.includes(s)),
          f.quote,
        ).toBe(true);
    }
  });
});

describe('mentions', () => {
  const mention = (id: string, name: string) => byId(id).mentions.find((m) => m.name === name);

  it('keeps spelling variants under one name (Sumgait / Sumgayit)', () => {
    expect(mention('2024-01-20-statement', 'Sumgayit')).toMatchObject({
      forms: ['Sumgait'],
      paragraphs: [{ paragraph: 1 }],
    });
    expect(mention('2023-01-20-letter', 'Sumgayit')).toMatchObject({
      forms: ['Sumgayit'],
      paragraphs: [{ annex: 1, paragraph: 1 }],
    });
  });

  it("finds the Martyrs' Alley in the three spellings the documents use", () => {
    expect(mention('2020-01-17-letter', "Martyrs' Alley")?.forms).toEqual(['Martyrs’ Alley']);
    expect(mention('2020-01-20-press-release', "Martyrs' Alley")?.forms).toEqual([
      "Martyr's Alley",
    ]);
    expect(mention('2024-01-20-statement', "Martyrs' Alley")?.forms).toEqual(['Alley of Martyrs']);
  });

  it('names people only where the text names them', () => {
    expect(mention('2020-01-17-letter', 'Nikol Pashinyan')?.paragraphs).toEqual([{ paragraph: 6 }]);
    expect(mention('2023-01-20-letter', 'Heydar Aliyev')?.paragraphs).toEqual([
      { annex: 1, paragraph: 3 },
    ]);
    expect(mention('2024-01-20-statement', 'Heydar Aliyev')?.paragraphs).toEqual([
      { paragraph: 4 },
    ]);
    expect(mention('2009-01-19-press-release', 'Heydar Aliyev')).toBeUndefined();
  });

  it('prefers the longer name (Nagorno-Karabakh Autonomous Region) over a part of it', () => {
    expect(mention('2024-01-20-statement', 'Karabakh')?.forms).toEqual([
      'Nagorno-Karabakh Autonomous Region',
    ]);
    expect(mention('2009-01-19-press-release', 'Karabakh')?.forms).toEqual(['Nagorno-Karabakh']);
  });
});

describe('relations', () => {
  it('records sharesTextWith exactly where the measured reuse is at least 0.2, with that measure', () => {
    for (const a of CURATED_RECORDS) {
      for (const b of CURATED_RECORDS) {
        if (a === b) continue;
        const measured = textReuse(textOf(a), textOf(b));
        const relation = a.relations.find((r) => r.type === 'sharesTextWith' && r.target === b.id);
        if (measured >= 0.2) expect(relation?.measure?.value, `${a.id} → ${b.id}`).toBe(measured);
        else expect(relation, `${a.id} → ${b.id} (${measured})`).toBeUndefined();
      }
    }
  });

  it('links every record to every other as reports of the same event', () => {
    for (const r of CURATED_RECORDS) {
      const targets = r.relations.filter((x) => x.type === 'sameEventAs').map((x) => x.target);
      expect(targets.sort()).toEqual(
        CURATED_RECORDS.map((o) => o.id)
          .filter((id) => id !== r.id)
          .sort(),
      );
    }
  });
});
