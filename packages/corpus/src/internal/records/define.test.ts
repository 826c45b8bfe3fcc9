import { describe, expect, it } from 'vitest';
import { documents } from '../../bundled.js';
import { passageAt } from '../../passages.js';
import { defineRecord, type RecordDraft } from './define.js';

const draftOf = (text: string): RecordDraft => {
  const { mentions: _, ...draft } = structuredClone(documents[0]) as (typeof documents)[number];
  return { ...draft, body: [{ type: 'paragraph', n: 1, text }], annexes: [] };
};

describe('defineRecord', () => {
  it('finds the mentions in the draft’s own passages, each form where its locator points', () => {
    const record = defineRecord(draftOf('Soviet troops entered Baku; Sumgait and Baku mourned.'));
    expect(record.mentions.find((m) => m.name === 'Baku')).toMatchObject({
      kind: 'place',
      forms: ['Baku'],
      paragraphs: [{ paragraph: 1 }],
    });
    for (const record of documents)
      for (const m of record.mentions)
        for (const locator of m.paragraphs) {
          const text = passageAt(record, locator)?.text ?? '';
          expect(
            m.forms.some((f) => text.includes(f)),
            `${record.id} ${m.name} at ${JSON.stringify(locator)}`,
          ).toBe(true);
        }
  });

  it('reads them once, and they behave as plain data: in place, cloned, serialised, set', () => {
    for (const record of documents) {
      expect(record.mentions).toBe(record.mentions);
      const keys = Object.keys(record);
      expect(keys.slice(keys.indexOf('mentions'))).toEqual(['mentions', 'source', 'provenance']);
      const clone = structuredClone(record);
      expect(clone).toEqual(record);
      expect(JSON.parse(JSON.stringify(record))).toEqual(clone);
      expect(Object.keys(JSON.parse(JSON.stringify(record)))).toEqual(keys);
    }
    const copy = { ...documents[0] } as (typeof documents)[number];
    copy.mentions = [];
    expect(copy.mentions).toEqual([]);
    expect(documents[0]?.mentions.length).toBeGreaterThan(0);
  });
});
