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

const add = (postings: Postings, term: number, key: number, tf: number) =>
  postings.addKey(key, [term], [tf], 1);

describe('Postings', () => {
  it('gives each term its keys ascending with their tf, read between keys or not, in chunks of any size', () => {
    const posting = fc.tuple(
      fc.nat(40),
      fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 250, max: 70_000 })),
    );
    const key = fc.tuple(fc.nat(3), fc.array(posting, { maxLength: 12 }), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 60 }),
        fc.constantFrom(undefined, 0, 2, 5),
        (steps, chunkBits) => {
          const postings = new Postings(chunkBits);
          const added: Posting[] = [];
          let at = 0;
          const seen = new Set<string>();
          for (const [gap, pairs, read] of steps) {
            at += gap;
            const group = pairs.filter(([term]) => {
              if (seen.has(`${term} ${at}`)) return false;
              seen.add(`${term} ${at}`);
              return true;
            });
            const terms = group.map(([term]) => term);
            postings.addKey(
              at,
              terms,
              group.map(([, tf]) => tf),
              terms.length,
            );
            for (const [term, tf] of group) added.push([term, at, tf]);
            if (read) postings.range(0);
          }
          expect(runsOf(postings, 41)).toEqual(expected(added, 41));
        },
      ),
    );
  });

  it("grows the first chunk, then fills whole chunks, a key's postings across two", () => {
    // Chunks of 2048: the first grows from 1024; keys of 3 postings straddle each boundary.
    const postings = new Postings(11);
    const added: Posting[] = [];
    for (let key = 0; key < 3000; key++) {
      const terms = [key % 7, 7 + (key % 5), 12 + (key % 3)];
      const tfs = terms.map((term) => 1 + ((key + term) % 4));
      postings.addKey(key, terms, tfs, 3);
      for (const [i, term] of terms.entries()) added.push([term, key, tfs[i] as number]);
    }
    expect(runsOf(postings, 15)).toEqual(expected(added, 15));
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
    for (const [term, key, tf] of added) add(postings, term, key, tf);
    expect(postings.range(2 ** 24 + 1)).toEqual([3, 5]);
    const { keys, tfs } = postings.arrays();
    expect([...keys.subarray(3, 5)]).toEqual([0, 2]);
    expect([...tfs.subarray(3, 5)]).toEqual([1, 100_000]);
    expect(runsOf(postings, 4)).toEqual(expected(added, 4));
  });

  it('keeps tfs in bytes while every tf is below 256, and in words from the first that is not', () => {
    const postings = new Postings(1);
    add(postings, 0, 0, 255);
    add(postings, 1, 0, 3);
    expect(postings.arrays().tfs).toBeInstanceOf(Uint8Array);
    add(postings, 0, 1, 256);
    expect(postings.arrays().tfs).toBeInstanceOf(Uint32Array);
    expect(runsOf(postings, 2)).toEqual([
      [
        [0, 255],
        [1, 256],
      ],
      [[0, 3]],
    ]);
    const loaded = new Postings();
    loaded.load(Uint32Array.of(0, 1), Uint32Array.of(0), [7]);
    expect(loaded.arrays().tfs).toBeInstanceOf(Uint8Array);
  });

  it('loads runs and takes more keys after them', () => {
    const first = new Postings();
    add(first, 1, 0, 2);
    add(first, 0, 1, 1);
    const { starts, keys, tfs } = first.runs();
    const loaded = new Postings();
    loaded.load(starts.slice(), keys.slice(), tfs.slice());
    add(loaded, 1, 2, 300);
    add(loaded, 2, 2, 1);
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
