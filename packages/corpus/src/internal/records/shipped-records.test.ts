import { describe, expect, it } from 'vitest';
import { documents } from '../../bundled.js';
import { passages } from '../../passages.js';
import { findMentions } from '../text/mentions.js';
import { CURATED_RECORDS } from './index.js';
import { SHIPPED_RECORDS } from './shipped-records.generated.js';

describe('the shipped records', () => {
  const shipped = JSON.parse(SHIPPED_RECORDS);

  it('equal the curated records, mentions found (stale: run the corpus build)', () => {
    // Spread: each curated record's mentions become a plain property, as JSON writes them.
    // toStrictEqual: a property JSON would drop (undefined) fails it.
    expect(shipped).toStrictEqual(CURATED_RECORDS.map((r) => ({ ...r })));
  });

  it('carry the mentions the gazetteer finds in their passages', () => {
    for (const record of shipped) {
      expect(record.mentions).toEqual(findMentions(passages(record)));
      expect(record.mentions.length).toBeGreaterThan(0);
    }
  });

  it('are the bundled corpus', () => {
    expect(documents).toHaveLength(shipped.length);
    for (const d of documents)
      expect(d).toEqual(shipped.find((r: { id: string }) => r.id === d.id));
  });
});
