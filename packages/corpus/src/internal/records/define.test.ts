import { describe, expect, it } from 'vitest';
import { documents } from '../../bundled.js';
import { passages } from '../../passages.js';
import { findMentions } from '../mentions.js';

describe('defineRecord', () => {
  it('gives mentions that behave as plain data: found on read, in place, cloned, serialised, set', () => {
    for (const record of documents) {
      expect(record.mentions).toEqual(findMentions(passages(record)));
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
