import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Postings } from './postings.js';

type Posting = [term: number, key: number, tf: number];

/** Each term's (key, tf) pairs as the postings give them, and as they should be. */
const runsOf = (postings: Postings, terms: number) =>
  Array.from({ length: terms }, (_, term) => {
    const [from, to] = postings.range(term);
    const { keys, tfs } = postings.arrays();
    return Array.from({ length: to - from }, (_, i) => [keys[from + i], tfs[from + i]]);
  });
const expected = (added: Posting[], terms: number) =>
  Array.from({ length: terms }, (_, term) =>
    added.filter(([t]) => t === term).map(([, key, tf]) => [key, tf]),
  );

describe('Postings', () => {
  it('gives each term its keys ascending with their tf, read between adds or not', () => {
    const posting = fc.tuple(
      fc.nat(40),
      fc.nat(3),
      fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 250, max: 70_000 })),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(posting, fc.boolean()), { maxLength: 200 }), (steps) => {
        const postings = new Postings();
        const added: Posting[] = [];
        let key = 0;
        const seen = new Set<string>();
        for (const [[term, gap, tf], read] of steps) {
          key += gap;
          if (seen.has(`${term} ${key}`)) continue;
          seen.add(`${term} ${key}`);
          postings.add(term, key, tf);
          added.push([term, key, tf]);
          if (read) postings.range(0);
        }
        expect(runsOf(postings, 41)).toEqual(expected(added, 41));
      }),
    );
  });

  it('keeps a term number too large to pack, and a tf of 255 or more, exactly', () => {
    const postings = new Postings();
    const added: Posting[] = [
      [3, 0, 255],
      [2 ** 24 + 1, 0, 1],
      [3, 1, 254],
      [2 ** 24 + 1, 2, 100_000],
      [0, 2, 1],
    ];
    for (const p of added) postings.add(...p);
    expect(postings.range(2 ** 24 + 1)).toEqual([3, 5]);
    const { keys, tfs } = postings.arrays();
    expect([...keys.subarray(3, 5)]).toEqual([0, 2]);
    expect([...tfs.subarray(3, 5)]).toEqual([1, 100_000]);
    expect(runsOf(postings, 4)).toEqual(expected(added, 4));
  });

  it('loads runs and takes more keys after them', () => {
    const first = new Postings();
    first.add(1, 0, 2);
    first.add(0, 1, 1);
    const { starts, keys, tfs } = first.runs();
    const loaded = new Postings();
    loaded.load(starts.slice(), keys.slice(), tfs.slice());
    loaded.add(1, 2, 300);
    loaded.add(2, 2, 1);
    expect(runsOf(loaded, 3)).toEqual([
      [[1, 1]],
      [
        [0, 2],
        [2, 300],
      ],
      [[2, 1]],
    ]);
  });
});
