import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Run, ScoringView } from './scoring.js';
import { Scratch } from './scratch.js';
import { termAtATime } from './term-at-a-time.js';
import { Best } from './top-k.js';

/** Runs of random keys below `n` laid end to end, grouped into query terms of 1 to 3 runs each. */
const corpus: fc.Arbitrary<Input> = fc.integer({ min: 1, max: 60 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    norms: fc.array(fc.double({ min: 0.3, max: 3, noNaN: true }), { minLength: n, maxLength: n }),
    query: fc.array(
      fc.array(
        fc.record({
          keys: fc.uniqueArray(fc.nat(n - 1), { maxLength: n }),
          tf: fc.integer({ min: 1, max: 5 }),
          weight: fc.double({ min: 0.01, max: 5, noNaN: true }),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      { minLength: 1, maxLength: 4 },
    ),
  }),
);

type Input = {
  n: number;
  norms: number[];
  query: Array<Array<{ keys: number[]; tf: number; weight: number }>>;
};

function build({ norms, query }: Input) {
  const keys: number[] = [];
  const tfs: number[] = [];
  const runs: Run[][] = query.map((term) =>
    term.map(({ keys: ks, tf, weight }) => {
      const from = keys.length;
      for (const key of [...ks].sort((a, b) => a - b)) {
        keys.push(key);
        tfs.push(1 + ((key * tf) % 4));
      }
      return { from, to: keys.length, weight, bound: weight };
    }),
  );
  const view: ScoringView = {
    keys: Uint32Array.from(keys),
    tfs: Uint32Array.from(tfs),
    norms: Float64Array.from(norms),
  };
  return { view, runs };
}

// One pass over each run whole, query term by query term: the order the sums are defined in.
function reference(view: ScoringView, runs: Run[][], scratch: Scratch, lead: number) {
  if (lead > 0) for (const run of runs[lead] as Run[]) scratch.allowOnly(view, run);
  runs.forEach((rs, q) => {
    for (const run of rs)
      if (lead < 0 || (lead === 0 && q === 0)) scratch.accumulate(view, run, 1 << q);
      else if (lead === 0) scratch.accumulateTouched(view, run, 1 << q, q % 2 === 0);
      else scratch.accumulateOnly(view, run, 1 << q);
  });
}

function scored(input: Input, lead: number, block?: number) {
  const { view, runs } = build(input);
  const scratch = new Scratch();
  scratch.grow(input.n);
  if (block === undefined) reference(view, runs, scratch, lead);
  else termAtATime(view, runs, scratch, lead, input.n, undefined, block);
  const touched = [...scratch.touched.subarray(0, scratch.count)].sort((a, b) => a - b);
  return { touched, scores: [...scratch.scores.subarray(0, input.n)], hits: [...scratch.hits] };
}

describe('termAtATime', () => {
  it('scores block by block exactly as one pass over each run whole, with or without a lead', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 70 }), fc.nat(4), (input, block, pick) => {
        const lead = pick >= input.query.length ? -1 : pick;
        const whole = scored(input, lead);
        const blocked = scored(input, lead, block);
        expect(blocked.touched).toEqual(whole.touched);
        // Equal to the last bit: numbers are compared with Object.is, with no tolerance.
        expect(blocked.scores).toEqual(whole.scores);
        expect(blocked.hits).toEqual(whole.hits);
      }),
      { numRuns: 300 },
    );
  });

  it('with a lead, scores only the keys of that query term', () => {
    const view: ScoringView = {
      keys: Uint32Array.from([0, 1, 2, 3, 1, 3]),
      tfs: Uint32Array.from([1, 1, 1, 1, 1, 1]),
      norms: Float64Array.from([1, 1, 1, 1]),
    };
    const runs: Run[][] = [
      [{ from: 0, to: 4, weight: 1, bound: 1 }],
      [{ from: 4, to: 6, weight: 1, bound: 1 }],
    ];
    for (const lead of [0, 1]) {
      const scratch = new Scratch();
      scratch.grow(4);
      termAtATime(view, runs, scratch, lead, 4, undefined, 2);
      const touched = [...scratch.touched.subarray(0, scratch.count)];
      expect(touched.filter((key) => scratch.hits[key] === 3).sort()).toEqual([1, 3]);
      if (lead === 1) expect(touched.sort()).toEqual([1, 3]);
    }
  });

  it('ranks block by block, each block cleared once ranked, as one ranking of every key touched', () => {
    fc.assert(
      fc.property(
        corpus,
        fc.integer({ min: 1, max: 70 }),
        fc.nat(4),
        fc.nat(6),
        (input, block, pick, k) => {
          const lead = pick >= input.query.length ? -1 : pick;
          const need = lead < 0 ? 0 : (2 ** input.query.length - 1) >>> 0;
          const { view, runs } = build(input);
          const whole = new Scratch();
          whole.grow(input.n);
          reference(view, runs, whole, lead);
          const once = new Best(k + 1, need);
          once.offerEach(whole.touched, whole.count, whole.scores, whole.hits);
          const scratch = new Scratch();
          scratch.grow(input.n);
          const blocked = new Best(k + 1, need);
          termAtATime(
            view,
            runs,
            scratch,
            lead,
            input.n,
            (from, to) => {
              blocked.offerEach(scratch.touched, scratch.count, scratch.scores, scratch.hits);
              scratch.clear(from, to);
            },
            block,
          );
          expect([blocked.keys, blocked.scores, blocked.bits]).toEqual([
            once.keys,
            once.scores,
            once.bits,
          ]);
          // Nothing is left for the next query, whether a block was cleared whole or key by key.
          expect(scratch.scores.every((score) => score === 0)).toBe(true);
          expect(scratch.hits.every((bits) => bits === 0)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
