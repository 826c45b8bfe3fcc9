/**
 * The postings of every term, as typed arrays: appended as (term, key, tf) triples while texts are
 * added in key order, then laid out by term at the first read (compressed sparse rows: one array
 * of keys, one of term frequencies, and where each term's run starts), keys ascending in a run.
 * 100,000 documents take a few bytes a posting, where arrays of numbers took tens.
 */
export class Postings {
  private triples = new Uint32Array(3 * 4096);
  private count = 0;
  private terms = 0;
  private starts: Uint32Array | null = null;
  private keys = new Uint32Array(0);
  private tfs = new Uint32Array(0);

  /** Records that `key` has `term` `tf` times; keys must come in ascending order. */
  add(term: number, key: number, tf: number): void {
    if (this.starts) this.thaw();
    if (this.count * 3 === this.triples.length) {
      const grown = new Uint32Array(this.triples.length * 2);
      grown.set(this.triples);
      this.triples = grown;
    }
    const at = this.count * 3;
    this.triples[at] = term;
    this.triples[at + 1] = key;
    this.triples[at + 2] = tf;
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
  load(
    starts: Uint32Array<ArrayBuffer>,
    keys: Uint32Array<ArrayBuffer>,
    tfs: Uint32Array<ArrayBuffer>,
  ): void {
    this.starts = starts;
    this.keys = keys;
    this.tfs = tfs;
    this.terms = starts.length - 1;
    this.count = keys.length;
    this.triples = new Uint32Array(0);
  }

  /** The keys and term frequencies of every run, laid end to end (see {@link range}). */
  arrays(): { keys: Uint32Array; tfs: Uint32Array } {
    this.freeze();
    return { keys: this.keys, tfs: this.tfs };
  }

  // A counting sort by term: stable, so each term's keys stay in the order they were added.
  private freeze(): Uint32Array {
    if (this.starts) return this.starts;
    const starts = new Uint32Array(this.terms + 1);
    for (let i = 0; i < this.count; i++) {
      const t = (this.triples[i * 3] as number) + 1;
      starts[t] = (starts[t] as number) + 1;
    }
    for (let t = 0; t < this.terms; t++)
      starts[t + 1] = (starts[t + 1] as number) + (starts[t] as number);
    const next = starts.slice(0, this.terms);
    this.keys = new Uint32Array(this.count);
    this.tfs = new Uint32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const t = this.triples[i * 3] as number;
      const at = next[t] as number;
      next[t] = at + 1;
      this.keys[at] = this.triples[i * 3 + 1] as number;
      this.tfs[at] = this.triples[i * 3 + 2] as number;
    }
    this.triples = new Uint32Array(0);
    this.starts = starts;
    return starts;
  }

  // Back to triples, term by term, so that more keys can be added after a read.
  private thaw(): void {
    const starts = this.starts as Uint32Array;
    this.triples = new Uint32Array(Math.max(3 * 4096, this.count * 6));
    let i = 0;
    for (let t = 0; t < this.terms; t++)
      for (let p = starts[t] as number; p < (starts[t + 1] as number); p++, i++) {
        this.triples[i * 3] = t;
        this.triples[i * 3 + 1] = this.keys[p] as number;
        this.triples[i * 3 + 2] = this.tfs[p] as number;
      }
    this.starts = null;
    this.keys = new Uint32Array(0);
    this.tfs = new Uint32Array(0);
  }
}
