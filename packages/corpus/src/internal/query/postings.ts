/** A posting's low byte when its term or tf does not fit the packed form: see `escaped`. */
const ESCAPE = 0xff;
/** Terms below this number fit in the 24 high bits of a packed posting. */
const PACKED_TERMS = 2 ** 24;

const grown = (a: Uint32Array): Uint32Array => {
  const b = new Uint32Array(Math.max(1024, a.length * 2));
  b.set(a);
  return b;
};

/**
 * The postings of every term, as typed arrays, laid out by term at the first read (compressed
 * sparse rows: one array of keys, one of term frequencies, and where each term's run starts),
 * keys ascending in a run. While texts are added in key order, each posting is one number (term
 * and tf packed), and each key's postings one group: a third of the memory of (term, key, tf)
 * triples. 100,000 documents take a few bytes a posting, where arrays of numbers took tens.
 */
export class Postings {
  // Postings added since the last read: `term << 8 | tf`, or ESCAPE with [term, tf] in `escaped`.
  private packed: Uint32Array = new Uint32Array(0);
  private count = 0;
  private readonly escaped = new Map<number, readonly [number, number]>();
  // Each group's key and first posting in `packed`.
  private groupKeys: Uint32Array = new Uint32Array(0);
  private groupStarts: Uint32Array = new Uint32Array(0);
  private groups = 0;
  private terms = 0;
  // The runs by term, of every posting read so far; `frozen` while nothing was added since.
  private starts: Uint32Array = new Uint32Array(1);
  private keys: Uint32Array = new Uint32Array(0);
  private tfs: Uint32Array = new Uint32Array(0);
  private frozen = true;

  /** Records that `key` has `term` `tf` times; keys must come in ascending order. */
  add(term: number, key: number, tf: number): void {
    this.frozen = false;
    const { groups } = this;
    if (groups === 0 || this.groupKeys[groups - 1] !== key) {
      if (groups === this.groupKeys.length) {
        this.groupKeys = grown(this.groupKeys);
        this.groupStarts = grown(this.groupStarts);
      }
      this.groupKeys[groups] = key;
      this.groupStarts[groups] = this.count;
      this.groups = groups + 1;
    }
    if (this.count === this.packed.length) this.packed = grown(this.packed);
    if (tf < ESCAPE && term < PACKED_TERMS) this.packed[this.count] = (term << 8) | tf;
    else {
      this.packed[this.count] = ESCAPE;
      this.escaped.set(this.count, [term, tf]);
    }
    this.count++;
    if (term >= this.terms) this.terms = term + 1;
  }

  /** The first and past-the-last index of a term's run. */
  range(term: number): [number, number] {
    const starts = this.freeze();
    return term < this.terms ? [starts[term] as number, starts[term + 1] as number] : [0, 0];
  }

  /** Where each term's run starts (one more entry than terms), with {@link arrays}: a saved index. */
  runs(): { starts: Uint32Array; keys: Uint32Array; tfs: Uint32Array } {
    return { starts: this.freeze(), keys: this.keys, tfs: this.tfs };
  }

  /** Takes the runs of a saved index, in place of any postings added: see {@link runs}. */
  load(starts: Uint32Array, keys: Uint32Array, tfs: Uint32Array): void {
    this.starts = starts;
    this.keys = keys;
    this.tfs = tfs;
    this.terms = starts.length - 1;
    this.clearAdded();
    this.frozen = true;
  }

  /** The keys and term frequencies of every run, laid end to end (see {@link range}). */
  arrays(): { keys: Uint32Array; tfs: Uint32Array } {
    this.freeze();
    return { keys: this.keys, tfs: this.tfs };
  }

  // A counting sort by term of the runs read before, then the postings added since (whose keys
  // are all larger), so that keys stay ascending in each run.
  private freeze(): Uint32Array {
    if (this.frozen) return this.starts;
    const { terms, packed, count, escaped, starts: before } = this;
    const termsBefore = before.length - 1;
    const starts = new Uint32Array(terms + 1);
    for (let t = 0; t < termsBefore; t++)
      starts[t + 1] = (before[t + 1] as number) - (before[t] as number);
    for (let i = 0; i < count; i++) {
      const p = packed[i] as number;
      const t =
        ((p & ESCAPE) === ESCAPE ? (escaped.get(i) as readonly [number, number])[0] : p >>> 8) + 1;
      starts[t] = (starts[t] as number) + 1;
    }
    for (let t = 0; t < terms; t++)
      starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const keys = new Uint32Array(starts[terms] as number);
    const tfs = new Uint32Array(keys.length);
    const next = starts.slice(0, terms);
    for (let t = 0; t < termsBefore; t++) {
      const from = before[t] as number;
      const to = before[t + 1] as number;
      if (from === to) continue;
      keys.set(this.keys.subarray(from, to), next[t]);
      tfs.set(this.tfs.subarray(from, to), next[t]);
      next[t] = (next[t] as number) + to - from;
    }
    for (let g = 0; g < this.groups; g++) {
      const key = this.groupKeys[g] as number;
      const end = g + 1 < this.groups ? (this.groupStarts[g + 1] as number) : count;
      for (let i = this.groupStarts[g] as number; i < end; i++) {
        const p = packed[i] as number;
        let t = p >>> 8;
        let tf = p & ESCAPE;
        if (tf === ESCAPE) [t, tf] = escaped.get(i) as readonly [number, number];
        const at = next[t] as number;
        next[t] = at + 1;
        keys[at] = key;
        tfs[at] = tf;
      }
    }
    this.starts = starts;
    this.keys = keys;
    this.tfs = tfs;
    this.clearAdded();
    this.frozen = true;
    return starts;
  }

  private clearAdded(): void {
    this.packed = new Uint32Array(0);
    this.count = 0;
    this.escaped.clear();
    this.groupKeys = new Uint32Array(0);
    this.groupStarts = new Uint32Array(0);
    this.groups = 0;
  }
}
